// SPDX-License-Identifier: Apache-2.0
// The deployment policy end to end: testdata/policy/kubernetes-test-infra.
// prowlint.yaml, the placement tests of kubernetes/test-infra's
// config/tests/jobs/jobs_test.go, on a copy of the real test-infra config in
// ../shared/corpus (their tests pass at that commit, so must prowlint), then
// on the same copy with three mistakes those tests exist to catch.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

// A copy of kubernetes/test-infra's config/ with the example policy as its
// .prowlint.yaml, the way the repository would hold it.
class TestInfraPolicy : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path corpus = fs::path(testing::SharedDir()) / "corpus" / "kubernetes__test-infra";
    ASSERT_TRUE(fs::is_directory(corpus / "config")) << "no corpus at " << corpus;
    fs::copy(corpus / "config", fs::path(dir_.path()) / "config", fs::copy_options::recursive);
    fs::copy_file(fs::path(testing::SourceDir()) / "testdata" / "policy" /
                      "kubernetes-test-infra.prowlint.yaml",
                  fs::path(dir_.path()) / ".prowlint.yaml");
  }

  nlohmann::json Lint() {
    const testing::RunResult r = testing::RunBinary("lint --format json", dir_.path());
    EXPECT_TRUE(r.code == 0 || r.code == 1) << r.code << " " << r.err;
    return nlohmann::json::parse(r.out);
  }

  // Replaces the one occurrence of `from` in config/jobs/`file`.
  void Mutate(const std::string& file, const std::string& from, const std::string& to) {
    const std::string path = dir_.path() + "/config/jobs/" + file;
    std::string text = testing::ReadFileOrDie(path);
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from << " not in " << file;
    ASSERT_EQ(text.find(from, at + 1), std::string::npos) << from << " twice in " << file;
    text.replace(at, from.size(), to);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  }

  static std::vector<std::string> Errors(const nlohmann::json& doc) {
    std::vector<std::string> out;
    for (const auto& f : doc.at("findings"))
      if (f.at("severity") == "error")
        out.push_back(f.at("rule").get<std::string>() + " " + f.at("file").get<std::string>() +
                      ":" + std::to_string(f.at("line").get<int>()));
    std::sort(out.begin(), out.end());
    return out;
  }

  testing::TempDir dir_;
};

TEST_F(TestInfraPolicy, TheRealConfigPasses) {
  const nlohmann::json doc = Lint();
  EXPECT_EQ(doc.at("summary").at("jobs"), 3849);
  EXPECT_EQ(Errors(doc), std::vector<std::string>{}) << doc.at("findings").dump(2);
}

TEST_F(TestInfraPolicy, EachMistakeTheGoTestsCatchIsOneError) {
  const nlohmann::json before = Lint();
  // TestTrustedJobs / TestK8sInfraTrusted: a presubmit on the trusted cluster.
  Mutate("kubernetes/test-infra/test-infra-presubmits.yaml",
         "  - name: pull-test-infra-gubernator\n    cluster: eks-prow-build-cluster\n",
         "  - name: pull-test-infra-gubernator\n    cluster: k8s-infra-prow-build-trusted\n");
  // TestTrustedJobSecretsRestricted: azure-cred (through its preset) in
  // another repository's job.
  Mutate("kubernetes/test-infra/test-infra-presubmits.yaml",
         "      # Python unit tests run in docker.\n      preset-dind-enabled: \"true\"\n",
         "      # Python unit tests run in docker.\n      preset-dind-enabled: \"true\"\n"
         "      preset-azure-cred-only: \"true\"\n");
  // TestCommunityJobs: a job on the deprecated "default" cluster.
  Mutate("kubernetes/test-infra/test-infra-periodics.yaml",
         "  - name: ci-test-infra-continuous-test\n    cluster: k8s-infra-prow-build\n",
         "  - name: ci-test-infra-continuous-test\n    cluster: default\n");
  const nlohmann::json after = Lint();
  EXPECT_EQ(Errors(after),
            (std::vector<std::string>{
                "cluster-deprecated config/jobs/kubernetes/test-infra/test-infra-periodics.yaml:3",
                "presubmit-on-trusted-cluster "
                "config/jobs/kubernetes/test-infra/test-infra-presubmits.yaml:4",
                "secret-restricted config/jobs/kubernetes/test-infra/test-infra-presubmits.yaml:75",
            }))
      << after.at("findings").dump(2);
  // Nothing else changed: the same warnings as before.
  EXPECT_EQ(after.at("summary").at("warnings"), before.at("summary").at("warnings"));
  for (const auto& f : after.at("findings")) {
    if (f.at("rule") == "presubmit-on-trusted-cluster") {
      EXPECT_NE(f.at("message").get<std::string>().find("pull-test-infra-gubernator"),
                std::string::npos);
    }
    if (f.at("rule") == "secret-restricted") {
      EXPECT_NE(f.at("message").get<std::string>().find("\"azure-cred\""), std::string::npos);
    }
  }
}

TEST_F(TestInfraPolicy, ATypoInThePolicyIsAUsageError) {
  std::ofstream(dir_.path() + "/.prowlint.yaml", std::ios::app)
      << "trusted-cluster:\n  k8s-infra-prow-build-trusted: {}\n";
  const testing::RunResult r = testing::RunBinary("lint", dir_.path());
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("unknown key \"trusted-cluster\"; did you mean \"trusted-clusters\"?"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace prowlint
