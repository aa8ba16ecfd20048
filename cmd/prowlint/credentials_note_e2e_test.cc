// SPDX-License-Identifier: Apache-2.0
// The note about component credentials that were not given names the flag
// that takes them. Followed as written on the real 2019-02-08 bump, it reads
// them: no input error, and the note is gone.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <string>

#include "lint/base/base64.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::RunBinary;

const std::string kLint =
    "lint --config-path prow/config.yaml --job-config-path config/jobs --deploy-dir prow/cluster ";

TEST(CredentialsNote, FollowedForALegacyClustersYamlItReadsThem) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  const std::string bump = testing::BumpCorpusDir() + "/after";
  const std::string secret = testing::IncidentBuildClusterSecret();
  // The clusters.yaml inside the Secret plank, sinker and deck mount, as an
  // operator has it on disk.
  const auto clusters_yaml =
      DecodeBase64(YAML::LoadFile(secret)["data"]["cluster"].as<std::string>());
  ASSERT_TRUE(clusters_yaml);
  testing::TempDir dir;
  const std::string clusters = dir.Write("clusters.yaml", *clusters_yaml);

  const auto given = RunBinary(kLint + "--build-cluster '" + clusters + "'", bump);
  EXPECT_EQ(given.code, 1) << given.err;
  const std::string advice =
      "were not given, so the aliases components load were not compared; pass the manifest of "
      "Secret \"build-cluster\" with --build-cluster (a legacy clusters.yaml inside), or keep it "
      "in the deploy tree";
  EXPECT_NE(given.out.find(advice), std::string::npos) << given.out.substr(0, 3000);

  // As the note says: the Secret's manifest, with --build-cluster.
  const auto followed = RunBinary(kLint + "--build-cluster '" + secret + "'", bump);
  EXPECT_NE(followed.code, 3) << followed.err;
  EXPECT_EQ(followed.err, "");
  EXPECT_EQ(followed.out.find("were not given"), std::string::npos) << followed.out.substr(0, 3000);

  // What the note said before: --kubeconfig refuses a clusters.yaml.
  const auto kubeconfig =
      RunBinary(kLint + "--build-cluster '" + clusters + "' --kubeconfig '" + secret + "'", bump);
  EXPECT_EQ(kubeconfig.code, 3);
  EXPECT_NE(kubeconfig.err.find("not a kubeconfig"), std::string::npos) << kubeconfig.err;
}

}  // namespace
}  // namespace prowlint
