// SPDX-License-Identifier: Apache-2.0
// See credentials_hint.h.
#include "rules/support/credentials_hint.h"

#include "lint/base/text.h"

namespace prowlint {

std::string ConvertBuildClusterHint(const Analysis& analysis) {
  // Prow: cm2kc (kubernetes-sigs/prow cmd/cm2kc) converts a clusters.yaml map
  // into a kubeconfig with one context per alias.
  return "convert the build-cluster file to a kubeconfig with cm2kc (" +
         analysis.clusters.semantics.Name() +
         " reads no build-cluster file) and pass it as "
         "--kubeconfig";
}

std::string AddAliasHint(const Analysis& analysis, const std::string& alias,
                         const std::string& what) {
  const Credentials& creds = analysis.deploy.credentials;
  const VersionSemantics& s = analysis.clusters.semantics;
  if (creds.kubeconfig_given && s.ReadsKubeconfig())
    return "add a context named " + Quote(alias) + what + " to the build-cluster kubeconfig";
  if (creds.build_cluster_given && s.ReadsBuildClusterFile())
    return "add an alias " + Quote(alias) + what + " to the build-cluster file";
  if (creds.build_cluster_given && s.ReadsKubeconfig())
    return ConvertBuildClusterHint(analysis) + ", with a context named " + Quote(alias) + what;
  if (creds.kubeconfig_given && s.ReadsBuildClusterFile())
    return "give " + s.Name() + " a --build-cluster file with an alias " + Quote(alias) + what +
           " (it reads no kubeconfig)";
  return "add an alias " + Quote(alias) + what + " to the credentials " + s.Name() + " reads";
}

std::string GiveCredentialObjectsHint(const std::vector<const CredentialRef*>& refs) {
  std::vector<std::string> clusters_yaml, kubeconfig;
  for (const CredentialRef* r : refs) {
    if (r->object.empty()) continue;
    std::string what =
        std::string(r->object_kind == ObjectKind::kSecret ? "Secret " : "ConfigMap ") +
        Quote(r->object);
    AddOnce(r->flag == CredentialFlag::kBuildCluster ? clusters_yaml : kubeconfig, std::move(what));
  }
  const std::size_t n = clusters_yaml.size() + kubeconfig.size();
  if (n == 0) return "";
  const std::string legacy_flag = "with --build-cluster (a legacy clusters.yaml inside)";
  const std::string keep =
      n == 1 ? ", or keep it in the deploy tree" : ", or keep them in the deploy tree";
  if (n == 1)
    return "pass the manifest of " + (clusters_yaml.empty() ? kubeconfig : clusters_yaml)[0] + " " +
           (clusters_yaml.empty() ? "with --kubeconfig" : legacy_flag) + keep;
  // The note names them already; a flag for all of them needs no list.
  if (kubeconfig.empty()) return "pass their manifests " + legacy_flag + keep;
  if (clusters_yaml.empty()) return "pass their manifests with --kubeconfig" + keep;
  return std::string(clusters_yaml.size() == 1 ? "pass the manifest of "
                                               : "pass the manifests of ") +
         JoinAnd(clusters_yaml) + " " + legacy_flag + " and the rest with --kubeconfig" + keep;
}

}  // namespace prowlint
