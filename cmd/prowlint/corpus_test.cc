// SPDX-License-Identifier: Apache-2.0
// prowlint on every real deployment in ../shared/corpus: no input errors, and
// job counts per kind equal to an independent count (testdata/corpus/
// count_jobs.py: PyYAML/libyaml and Python's walker instead of ours).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::RunBinary;

TEST(Corpus, DeploymentsAreListed) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // The corpus is beside the repository in CI too; without it this suite
  // would pass vacuously, so its absence is a failure.
  EXPECT_GE(testing::CorpusDeployments().size(), 10u) << "no ../shared/corpus/DEPLOYMENTS.txt";
}

TEST(Corpus, EveryDeploymentLoadsAndCountsMatch) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  for (const testing::CorpusDeployment& d : testing::CorpusDeployments()) {
    SCOPED_TRACE(d.dir);
    const std::string base = testing::SharedDir() + "/corpus/" + d.dir;
    // At the version its manifests name: judged as today's Prow, an old
    // config holds what today's Prow refuses (2019's legacy decoration).
    const auto r = testing::RunBinary("lint --config-path " + d.config + " --job-config-path " +
                                          d.jobs + " " + testing::CorpusManifestArgs(d.dir, d.config) +
                                          " --format json",
                                      base);
    ASSERT_TRUE(r.code == 0 || r.code == 1) << r.code << " " << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_FALSE(doc.contains("input_errors"));
    // Real deployments whose Prow runs: no error (without credentials or a
    // policy nothing here makes Prow fail), and job-resources-unset, which
    // fires on most of them, says it once per cluster and cause, not per job.
    std::set<std::string> resource_causes;
    for (const auto& f : doc.at("findings")) {
      EXPECT_NE(f.at("severity"), "error") << f.dump();
      if (f.at("rule") != "job-resources-unset") continue;
      // The message from " on cluster" on names the alias and the cause;
      // only the count of jobs before it differs between shares.
      const std::string message = f.at("message");
      const std::size_t on = message.find(" on cluster \"");
      ASSERT_NE(on, std::string::npos) << message;
      EXPECT_TRUE(resource_causes.insert(message.substr(on)).second)
          << "a second finding for " << message;
    }
    FILE* pipe = popen(("cd '" + base + "' && python3 '" + testing::SourceDir() +
                        "/testdata/corpus/count_jobs.py' " + d.config + " " + d.jobs)
                           .c_str(),
                       "r");
    ASSERT_NE(pipe, nullptr);
    std::string out;
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ASSERT_EQ(pclose(pipe), 0) << "count_jobs.py failed";
    const auto expected = nlohmann::json::parse(out);
    const auto& s = doc.at("summary");
    for (const char* kind : {"jobs", "presubmits", "postsubmits", "periodics"})
      EXPECT_EQ(s.at(kind), expected.at(kind)) << kind;
  }
}

TEST(Corpus, RealConfigOfTheOutageSendsTheDefaultJobsToTheServiceCluster) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // The real config at the bump to v20190208-c35c7e3, with the reproduction's
  // build-cluster secret: plank may send every "default" job (929 of them) to
  // the service cluster. One finding says so and lists all 929.
  const std::string base = testing::SharedDir() + "/corpus/kubernetes__test-infra__2019-02-08/after";
  const std::string secret = testing::IncidentBuildClusterSecret();
  const auto r = testing::RunBinary(
      "lint --config-path prow/config.yaml --job-config-path config/jobs --build-cluster '" +
          secret + "' --target-version v20190208-c35c7e3 --format json",
      base);
  EXPECT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  int found = 0;
  for (const auto& f : doc.at("findings")) {
    if (f.at("rule") != "literal-default-alias") continue;
    ++found;
    EXPECT_NE(f.at("message").get<std::string>().find(
                  ": 929 jobs on \"default\" run in the service cluster at random on each plank "
                  "restart"),
              std::string::npos)
        << f.at("message");
    EXPECT_EQ(f.at("jobs").size(), 929u);
    // Anchored on a job in the repository, the secret only related.
    EXPECT_EQ(f.at("file").get<std::string>().rfind("config/jobs/", 0), 0u) << f.at("file");
  }
  EXPECT_EQ(found, 1) << r.out.substr(0, 2000);
  // Said once: no second error about the same jobs going to the same place.
  for (const auto& f : doc.at("findings"))
    EXPECT_NE(f.at("rule"), "service-cluster-schedulable") << f.dump();
}

TEST(Corpus, TheBumpIsAnchoredOnThePlankImageLineItChanges) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // With the bump's manifests, the version comes from plank's image line:
  // the line the bump pull request changed is where the finding sits.
  const std::string base = testing::SharedDir() + "/corpus/kubernetes__test-infra__2019-02-08/after";
  const std::string secret = testing::IncidentBuildClusterSecret();
  const auto r = RunBinary("lint --config-path prow/config.yaml --job-config-path config/jobs "
                           "--build-cluster '" + secret + "' --deploy-dir prow/cluster --format json",
                           base);
  EXPECT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  int found = 0;
  for (const auto& f : doc.at("findings")) {
    if (f.at("rule") != "literal-default-alias") continue;
    ++found;
    EXPECT_EQ(f.at("file"), "prow/cluster/plank_deployment.yaml");
    EXPECT_EQ(f.at("line"), 34);
    EXPECT_EQ(f.at("jobs").size(), 929u);
    EXPECT_EQ(f.at("related")[0].at("file"), secret);
  }
  EXPECT_EQ(found, 1) << r.out.substr(0, 2000);
}

TEST(Corpus, IstioBuildKubeconfigConfigMapResolvesEveryAlias) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // The real build kubeconfig of istio's Prow, shipped in a ConfigMap: every
  // job's alias must resolve, and the literal "default" is found where it is.
  const std::string base = testing::SharedDir() + "/corpus/istio__test-infra";
  const auto r = testing::RunBinary(
      "lint --config-path prow/gcp/config.yaml --job-config-path prow/gcp/cluster/jobs "
      "--kubeconfig prow/gcp/cluster/build_kubeconfig.yaml --disable job-name-invalid "
      "--disable tide-from-branch-protection-ignored --format json",  // TideCorpus pins it
      base);
  ASSERT_EQ(r.code, 0) << r.err << r.out.substr(0, 2000);
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("summary").at("jobs"), 1392);
  // Today's Prow honours its literal "default": nothing to say, even at info,
  // but that four trusted jobs run without resource requests.
  ASSERT_EQ(doc.at("findings").size(), 1u) << doc.at("findings").dump(2);
  EXPECT_EQ(doc.at("findings")[0].at("rule"), "job-resources-unset");
  EXPECT_EQ(doc.at("findings")[0].at("severity"), "warning");
  const auto info = RunBinary(
      "lint --config-path prow/gcp/config.yaml --job-config-path prow/gcp/cluster/jobs "
      "--kubeconfig prow/gcp/cluster/build_kubeconfig.yaml --fail-on info "
      "--disable job-resources-unset --disable job-name-invalid "
      "--disable tide-from-branch-protection-ignored",
      base);
  EXPECT_EQ(info.code, 0) << info.out;
}

// kubernetes/test-infra with its seven real aliases and one inventory that
// holds only what every namespace has: 2,405 per-job errors, 11 causes.
class TestInfraOneInventory : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  }
  static std::string Args() {
    const std::string fixtures = testing::SourceDir() + "/testdata/corpus/kubernetes__test-infra";
    return "lint --config-path config/prow/config.yaml --job-config-path config/jobs --kubeconfig '" +
           fixtures + "/kubeconfig.yaml' --inventory eks-prow-build-cluster='" + fixtures +
           "/inventory.txt'"
           // Jobs without resource requests and long-name warnings are not
           // what these tests count.
           " --disable job-resources-unset --disable job-name-invalid --format json";
  }
  const std::string base = testing::SharedDir() + "/corpus/kubernetes__test-infra";
  // The checkout's day (corpus/MANIFEST.md): its staging tool tags were
  // young then, whatever the clock says now (prow-tool-image-skew).
  const std::string day = testing::RunDateEnv("2026-08-22");
};

TEST_F(TestInfraOneInventory, OneFindingPerCauseListingEveryJob) {
  const auto r = RunBinary(Args(), base, day);
  ASSERT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  const auto& findings = doc.at("findings");
  ASSERT_EQ(findings.size(), 11u);
  std::size_t jobs = 0;
  std::set<std::string> causes;
  for (const auto& f : findings) {
    EXPECT_EQ(f.at("severity"), "error");
    EXPECT_NE(f.at("message").get<std::string>().find("cluster \"eks-prow-build-cluster\""),
              std::string::npos);
    causes.insert(f.at("rule").get<std::string>() + " " + f.at("message").get<std::string>());
    for (const auto& j : f.at("jobs")) {
      for (const char* key : {"name", "file", "line", "column"})
        EXPECT_TRUE(j.contains(key)) << key << " in " << j.dump();
      ++jobs;
    }
  }
  EXPECT_EQ(causes.size(), 11u);
  EXPECT_EQ(jobs, 2405u);
  // The largest cause is the service-account secret every eks job needs.
  bool all_eks = false;
  for (const auto& f : findings)
    all_eks = all_eks || (f.at("jobs").size() == 1930u &&
                          f.at("message").get<std::string>().rfind(
                              "1930 jobs need secret \"service-account\"", 0) == 0);
  EXPECT_TRUE(all_eks);
}

TEST_F(TestInfraOneInventory, PerJobRestoresOneFindingPerJob) {
  const auto r = RunBinary(Args() + " --per-job", base, day);
  ASSERT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("findings").size(), 2405u);
  EXPECT_EQ(doc.at("summary").at("errors"), 2405);
  for (const auto& f : doc.at("findings")) {
    ASSERT_TRUE(f.contains("job")) << f.dump();
    ASSERT_EQ(f.at("jobs").size(), 1u);
    EXPECT_EQ(f.at("jobs")[0].at("name"), f.at("job"));
  }
}

TEST_F(TestInfraOneInventory, TextShowsAFewJobsPerCause) {
  const auto r = RunBinary(Args().substr(0, Args().rfind(" --format json")), base, day);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("  and 1927 more jobs (--verbose lists them)\n"), std::string::npos);
  EXPECT_NE(r.out.find("\n11 errors, 0 warnings in 604 files (3849 jobs)\n"), std::string::npos)
      << r.out.substr(r.out.size() > 300 ? r.out.size() - 300 : 0);
  const auto verbose =
      RunBinary(Args().substr(0, Args().rfind(" --format json")) + " --verbose", base, day);
  std::size_t listed = 0;
  for (std::size_t at = verbose.out.find(": note: job \""); at != std::string::npos;
       at = verbose.out.find(": note: job \"", at + 1))
    ++listed;
  // Every job of the ten causes many jobs share; the eleventh (one job) names
  // its job in the message.
  EXPECT_EQ(listed, 2404u);
  EXPECT_NE(verbose.out.find(": error: job \""), std::string::npos);
}

}  // namespace
}  // namespace prowlint
