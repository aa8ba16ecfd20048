// SPDX-License-Identifier: Apache-2.0
// `prowlint plan --base .` on every real deployment in ../shared/corpus: the
// tree compared with itself moves no job. Matched by name alone, jobs that
// share a name across release branches (kubernetes/test-infra's
// pull-kubernetes-integration on main and on each release-1.3x file, on
// different clusters) showed as moving between clusters.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

TEST(PlanCorpus, IdenticalSidesMoveNoJobOnAnyDeployment) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  const auto deployments = testing::CorpusDeployments();
  ASSERT_FALSE(deployments.empty()) << "no ../shared/corpus/DEPLOYMENTS.txt";
  for (const testing::CorpusDeployment& d : deployments) {
    SCOPED_TRACE(d.dir + " " + d.config);
    const std::string dir = testing::SharedDir() + "/corpus/" + d.dir;
    // With the deployment's manifests both sides are judged at its version.
    const auto r = testing::RunBinary(
        "plan --config-path " + d.config + " --job-config-path " + d.jobs + " " +
            testing::CorpusManifestArgs(d.dir, d.config) + " --base . --format json --jobs",
        dir);
    ASSERT_EQ(r.code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    ASSERT_TRUE(doc.contains("current")) << "no base side compared";
    EXPECT_EQ(doc.at("moves"), nlohmann::json::array()) << doc.at("moves").dump(2);
    EXPECT_EQ(doc.at("current").at("clusters"), doc.at("target").at("clusters"));
  }
}

}  // namespace
}  // namespace prowlint
