// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of accepting findings: a baseline round trip on a copy of
// the 2019-02-08 reproduction (write, re-run, a new problem, a fixed one,
// lines moved), and the allow-list of .prowlint.yaml.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;

const std::string kIncident = testing::SourceDir() + "/testdata/incidents/2019-02-08";

// A scratch copy of the reproduction that a test may edit.
class Scratch : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/prowlint-baseline-XXXXXX";
    dir = mkdtemp(tmpl);
    fs::copy(kIncident, dir, fs::copy_options::recursive);
    for (const std::string& a : testing::ReadArgs(kIncident + "/args")) args += " " + a;
    args += " --target-version v20190208-c35c7e3";
  }
  void TearDown() override { fs::remove_all(dir); }

  testing::RunResult Lint(const std::string& extra) {
    return RunBinary("lint" + args + extra, dir);
  }
  void Append(const std::string& file, const std::string& text) {
    std::ofstream(dir + "/" + file, std::ios::app) << text;
  }
  void Prepend(const std::string& file, const std::string& text) {
    const std::string old = testing::ReadFileOrDie(dir + "/" + file);
    std::ofstream(dir + "/" + file, std::ios::trunc) << text << old;
  }

  std::string dir;
  std::string args;
};

TEST_F(Scratch, BaselineRoundTrip) {
  // 1. Record today's findings: exit 0, whatever they are.
  const auto write = Lint(" --write-baseline baseline.yaml");
  EXPECT_EQ(write.code, 0) << write.err;
  EXPECT_NE(write.err.find("wrote 9 findings to baseline.yaml"), std::string::npos) << write.err;
  const std::string baseline = testing::ReadFileOrDie(dir + "/baseline.yaml");
  EXPECT_NE(baseline.find("- rule: \"literal-default-alias\"\n  object: \"alias default\"\n"
                          "  cluster: \"service-cluster\"\n  jobs: 4\n"),
            std::string::npos)
      << baseline;
  EXPECT_EQ(baseline.find("  line:"), std::string::npos) << "no line numbers";
  EXPECT_EQ(baseline.find("  column:"), std::string::npos);

  // 2. The same deploy, lines moved: everything is baselined.
  Prepend("config/jobs/kubernetes/kubernetes/kubernetes-presubmits.yaml", "# moved\n\n\n");
  const auto same = Lint(" --baseline baseline.yaml --format json");
  EXPECT_EQ(same.code, 0) << same.out;
  const auto doc = nlohmann::json::parse(same.out);
  EXPECT_EQ(doc.at("findings").size(), 0u) << doc.at("findings").dump(2);
  EXPECT_EQ(doc.at("summary").at("baselined"), 9);
  EXPECT_EQ(doc.at("baseline").at("stale").size(), 0u);
  const auto text = Lint(" --baseline baseline.yaml");
  EXPECT_NE(text.out.find("0 errors, 0 warnings in 11 files (8 jobs); 9 baselined\n"),
            std::string::npos)
      << text.out;

  // 3. A new problem: only it is reported, and it fails the run.
  Append("config/jobs/kubernetes/kubernetes/kubernetes-presubmits.yaml",
         "  - name: pull-kubernetes-new\n    cluster: no-such-cluster\n"
         "    spec:\n      containers:\n      - image: golang\n"
         "        resources: {requests: {cpu: 1, memory: 1Gi}}\n");
  const auto added = Lint(" --baseline baseline.yaml --format json");
  EXPECT_EQ(added.code, 1) << added.out;
  const auto with_new = nlohmann::json::parse(added.out);
  ASSERT_EQ(with_new.at("findings").size(), 1u) << with_new.at("findings").dump(2);
  EXPECT_EQ(with_new.at("findings")[0].at("rule"), "job-cluster-unknown");
  EXPECT_EQ(with_new.at("findings")[0].at("job"), "pull-kubernetes-new");
  EXPECT_EQ(with_new.at("summary").at("baselined"), 9);

  // 4. A baselined problem fixed (the secret now exists in the service
  // cluster): its entry is reported as stale, which does not fail the run.
  Append("inventory/in-cluster.yaml",
         "- apiVersion: v1\n  kind: Secret\n  metadata:\n    name: perf-dash-gcs-credentials\n"
         "    namespace: test-pods\n");
  const auto fixed = Lint(" --baseline baseline.yaml");
  EXPECT_NE(fixed.out.find(": note: baseline entry matches no finding any more: "
                           "job-secret-missing secret test-pods/perf-dash-gcs-credentials in "
                           "cluster \"service-cluster\"\n"),
            std::string::npos)
      << fixed.out;
  EXPECT_NE(fixed.out.find("; 8 baselined\n"), std::string::npos) << fixed.out;
  const auto fixed_json =
      nlohmann::json::parse(Lint(" --baseline baseline.yaml --format json").out);
  ASSERT_EQ(fixed_json.at("baseline").at("stale").size(), 1u);
  EXPECT_EQ(fixed_json.at("baseline").at("stale")[0].at("object"),
            "secret test-pods/perf-dash-gcs-credentials");
  EXPECT_GE(fixed_json.at("baseline").at("stale")[0].at("line"), 5);
}

TEST_F(Scratch, PerJobBaselineCoversTheGroupedRun) {
  EXPECT_EQ(Lint(" --per-job --write-baseline per-job.yaml").code, 0);
  const auto r = Lint(" --baseline per-job.yaml --format json");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out).at("baseline").at("stale").size(), 0u);
}

TEST_F(Scratch, BaselineKeyInProjectConfigAndBadBaselines) {
  EXPECT_EQ(Lint(" --write-baseline accepted.yaml").code, 0);
  std::ofstream(dir + "/.prowlint.yaml") << "baseline: accepted.yaml\n";
  const auto r = RunBinary("lint" + args + " --rules-config .prowlint.yaml", dir);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("; 9 baselined\n"), std::string::npos) << r.out;
  // A baseline that cannot be read is an input error, never a pass.
  std::ofstream(dir + "/broken.yaml") << "version: 1\nfindings:\n- rule: x\n";
  const auto broken = Lint(" --baseline broken.yaml");
  EXPECT_EQ(broken.code, 3);
  EXPECT_NE(broken.err.find("broken.yaml:3:3: error: a baseline entry needs \"rule\" and "
                            "\"object\""),
            std::string::npos)
      << broken.err;
  EXPECT_EQ(Lint(" --baseline missing.yaml").code, 3);
}

TEST_F(Scratch, AllowListByAliasAndByJobWithAReason) {
  std::ofstream(dir + "/.prowlint.yaml")
      << "allow:\n"
         "- rule: service-cluster-schedulable\n"
         "  alias: test-infra-trusted\n"
         "  reason: trusted postsubmits on the service cluster are deliberate\n"
         "- rule: job-secret-missing\n"
         "  job: pull-kubernetes-e2e-gce\n"
         "  reason: the secret is created by the job's own setup (#123)\n";
  const auto r = RunBinary("lint" + args + " --rules-config .prowlint.yaml --format json", dir);
  EXPECT_EQ(r.code, 1);
  const auto doc = nlohmann::json::parse(r.out);
  std::size_t suppressed = 0;
  for (const auto& f : doc.at("findings")) {
    if (!f.contains("suppressed")) {
      EXPECT_NE(f.at("rule"), "service-cluster-schedulable") << f.dump();
      // The job left its group; the other job still lacks the secret.
      if (f.at("rule") == "job-secret-missing" && f.contains("job")) {
        EXPECT_NE(f.at("job"), "pull-kubernetes-e2e-gce") << f.dump();
      }
      continue;
    }
    ++suppressed;
    EXPECT_TRUE(f.at("suppressed").at("external"));
  }
  EXPECT_EQ(suppressed, 2u);
  EXPECT_EQ(doc.at("summary").at("suppressed"), 2);

  // Without a reason the entry is refused.
  std::ofstream(dir + "/.prowlint.yaml") << "allow:\n- alias: test-infra-trusted\n";
  const auto bad = RunBinary("lint" + args + " --rules-config .prowlint.yaml", dir);
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find(".prowlint.yaml:2:3: error: an \"allow\" entry needs a reason"),
            std::string::npos)
      << bad.err;
}

TEST(Baseline, AnAcceptedWarningNeverHidesAnErrorOnTheSameAlias) {
  // job-resources-unset on one alias: an exempt job without requests is a
  // warning, a job the policy covers without them an error. Baselining the
  // warning must leave the error to report.
  testing::TempDir tmp;
  tmp.Write("kubeconfig.yaml",
            "apiVersion: v1\nkind: Config\nclusters:\n- name: build\n"
            "  cluster: {server: \"https://build.example.invalid\"}\n"
            "contexts:\n- name: default\n  context: {cluster: build, user: \"\"}\n"
            "- name: build\n  context: {cluster: build, user: \"\"}\n");
  tmp.Write(".prowlint.yaml",
            "resources:\n  build: {require: requests, except-service-accounts: [builder]}\n");
  const std::string exempt =
      "periodics:\n- name: ci-image-builder\n  interval: 1h\n  cluster: build\n"
      "  spec:\n    serviceAccountName: builder\n    containers:\n    - image: builder\n";
  tmp.Write("config.yaml", exempt);
  const std::string args =
      "lint --config-path config.yaml --kubeconfig kubeconfig.yaml --only job-resources-unset";
  const auto write = RunBinary(args + " --write-baseline baseline.yaml", tmp.path());
  ASSERT_EQ(write.code, 0) << write.err;
  EXPECT_NE(write.err.find("wrote 1 finding to baseline.yaml"), std::string::npos) << write.err;

  tmp.Write("config.yaml", exempt +
                               "- name: ci-unit\n  interval: 1h\n  cluster: build\n"
                               "  spec:\n    containers:\n    - image: golang\n");
  const auto r = RunBinary(args + " --baseline baseline.yaml --format json", tmp.path());
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc.at("findings").size(), 1u) << doc.dump(2);
  EXPECT_EQ(doc.at("findings")[0].at("severity"), "error");
  EXPECT_EQ(doc.at("findings")[0].at("job"), "ci-unit");
  EXPECT_EQ(doc.at("summary").at("baselined"), 1);
}

}  // namespace
}  // namespace prowlint
