// See credentials_hint.h.
#include "lint/credentials_hint.h"

#include "lint/text.h"

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

}  // namespace prowlint
