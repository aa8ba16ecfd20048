// SPDX-License-Identifier: Apache-2.0
// Tests for GiveCredentialObjectsHint (rules/support/credentials_hint.h): each object
// goes with the flag that reads what it wraps.
#include "rules/support/credentials_hint.h"

#include <gtest/gtest.h>

namespace prowlint {
namespace {

CredentialRef Ref(CredentialFlag flag, ObjectKind kind, const std::string& object) {
  CredentialRef r;
  r.flag = flag;
  r.object_kind = kind;
  r.object = object;
  return r;
}

TEST(GiveCredentialObjectsHintTest, EachObjectWithTheFlagThatReadsIt) {
  const CredentialRef legacy =
      Ref(CredentialFlag::kBuildCluster, ObjectKind::kSecret, "build-cluster");
  const CredentialRef env = Ref(CredentialFlag::kKubeconfigEnv, ObjectKind::kSecret, "kubeconfig");
  const CredentialRef dir =
      Ref(CredentialFlag::kKubeconfigDir, ObjectKind::kConfigMap, "kubeconfigs");
  EXPECT_EQ(GiveCredentialObjectsHint({&legacy, &legacy}),
            "pass the manifest of Secret \"build-cluster\" with --build-cluster (a legacy "
            "clusters.yaml inside), or keep it in the deploy tree");
  EXPECT_EQ(GiveCredentialObjectsHint({&env, &dir}),
            "pass their manifests with --kubeconfig, or keep them in the deploy tree");
  EXPECT_EQ(GiveCredentialObjectsHint({&env, &legacy}),
            "pass the manifest of Secret \"build-cluster\" with --build-cluster (a legacy "
            "clusters.yaml inside) and the rest with --kubeconfig, or keep them in the deploy "
            "tree");
}

TEST(GiveCredentialObjectsHintTest, AFileFromTheImageHasNothingToPass) {
  const CredentialRef file = Ref(CredentialFlag::kKubeconfig, ObjectKind::kSecret, "");
  EXPECT_EQ(GiveCredentialObjectsHint({&file}), "");
}

}  // namespace
}  // namespace prowlint
