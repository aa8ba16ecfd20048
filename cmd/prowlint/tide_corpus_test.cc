// SPDX-License-Identifier: Apache-2.0
// The Tide context-policy and branch-protection rules on every real
// deployment of ../shared/corpus: no collision and no policy branchprotector
// refuses anywhere (each ran on real Prow, and Tide merged), and
// from-branch-protection without a branch-protection entry exactly where the
// config shows it (istio-private in both of istio's Prows; every gardener
// repository, whose config.yaml has no branch-protection at all).
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

TEST(TideCorpus, NoCollisionAndFromBranchProtectionWhereItIsIgnored) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  std::map<std::string, int> ignored;  // deployment config -> repositories named
  for (const testing::CorpusDeployment& d : testing::CorpusDeployments()) {
    SCOPED_TRACE(d.dir + " " + d.config);
    const auto r = testing::RunInProcess(
        {"lint", "--no-rules-config", "--format", "json", "--config-path", d.config,
         "--job-config-path", d.jobs, "--only", "tide-context-conflict", "--only",
         "tide-from-branch-protection-ignored", "--only", "branch-protection-invalid"},
        testing::SharedDir() + "/corpus/" + d.dir);
    ASSERT_EQ(r.code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    for (const auto& f : doc.at("findings")) {
      EXPECT_EQ(f.at("rule"), "tide-from-branch-protection-ignored") << f.dump(2);
      EXPECT_EQ(f.at("severity"), "warning");
      EXPECT_EQ(f.at("file"), d.config);
      ++ignored[d.dir + " " + d.config];
    }
  }
  const std::map<std::string, int> want = {
      {"gardener__ci-infra config/prow/config.yaml", 1},
      {"istio__test-infra prow/aws/config.yaml", 1},
      {"istio__test-infra prow/gcp/config.yaml", 1},
  };
  EXPECT_EQ(ignored, want);
}

}  // namespace
}  // namespace prowlint
