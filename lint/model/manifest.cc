// SPDX-License-Identifier: Apache-2.0
// Small behaviours of the manifest model.
#include "lint/model/manifest.h"

namespace prowlint {

const char* WorkloadKindName(WorkloadKind kind) {
  switch (kind) {
    case WorkloadKind::kDeployment:
      return "Deployment";
    case WorkloadKind::kStatefulSet:
      return "StatefulSet";
    case WorkloadKind::kDaemonSet:
      return "DaemonSet";
    case WorkloadKind::kCronJob:
      return "CronJob";
    case WorkloadKind::kJob:
      return "Job";
    case WorkloadKind::kPod:
      return "Pod";
  }
  return "workload";
}

const char* CredentialFlagName(CredentialFlag flag) {
  switch (flag) {
    case CredentialFlag::kKubeconfig:
      return "--kubeconfig";
    case CredentialFlag::kKubeconfigDir:
      return "--kubeconfig-dir";
    case CredentialFlag::kBuildCluster:
      return "--build-cluster";
    case CredentialFlag::kKubeconfigEnv:
      return "KUBECONFIG";
  }
  return "";
}

const Flag* Component::FindFlag(std::string_view name) const {
  const Flag* found = nullptr;
  for (const Flag& f : flags)
    if (f.name.value == name) found = &f;  // Go keeps the last value
  return found;
}

}  // namespace prowlint
