// SPDX-License-Identifier: Apache-2.0
// See load_build_cluster.h. Prow's UnmarshalClusterMap tries the map first and
// falls back to one Cluster, which becomes alias "default".
#include "lint/load/load_build_cluster.h"

#include "lint/load/credential_material.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// Fields are []byte in Prow's Cluster struct, so the YAML strings must be
// base64 of PEM; anything else fails Prow's decoder or its client.
ClusterContext MakeContext(Located<std::string> alias, const yaml::Node& cluster,
                           const std::string& container, Diagnostics& diag) {
  ClusterContext ctx;
  ctx.alias = std::move(alias);
  ctx.format = CredentialFormat::kBuildClusterMap;
  ctx.container = container;
  MaterialVerdicts v;
  if (auto endpoint = ReadString(cluster, "endpoint", diag); endpoint && !endpoint->value.empty()) {
    ctx.server = RedactUrl(endpoint->value);
    JudgeServer(cluster.Get("endpoint"), "endpoint", "", v);
  } else {
    v.problems.push_back({CredentialDefect::kNoEndpoint, ctx.alias.pos, "endpoint", "", ""});
  }
  JudgeCertificate(cluster, "clusterCaCertificate", CertificateRole::kClusterCa, "", v);
  JudgeCertificate(cluster, "clientCertificate", CertificateRole::kClientCertificate, "", v);
  JudgeKey(cluster, "clientKey", "", v);
  // Legacy plank builds a TLS key pair from the two: one alone fails.
  if (!cluster.Get("clientCertificate").IsNull() && cluster.Get("clientKey").IsNull())
    v.problems.push_back({CredentialDefect::kCertificateWithoutKey,
                          cluster.Key("clientCertificate").pos(), "clientCertificate", "", ""});
  ctx.redacted = v.redacted;
  ctx.certificates = std::move(v.certificates);
  ctx.problems = std::move(v.problems);
  return ctx;
}

}  // namespace

bool LooksLikeBuildClusterMap(const yaml::Node& root) {
  if (!root.IsMap()) return false;
  if (root.Get("endpoint").IsScalar()) return true;
  if (root.Entries().empty()) return false;
  for (const yaml::Entry& e : root.Entries())
    if (!e.value.IsMap()) return false;
  return true;
}

std::vector<ClusterContext> LoadBuildClusterMap(const yaml::Node& root,
                                                const std::string& container,
                                                Diagnostics& diag) {
  std::vector<ClusterContext> out;
  if (!root.IsMap()) {
    diag.Error(root.pos(), std::string("a build-cluster file must be a mapping, found ") +
                               root.Describe() + InContainer(container));
    return out;
  }
  if (root.Get("endpoint").IsScalar()) {
    // The single-cluster form: the whole file is alias "default".
    out.push_back(MakeContext({"default", root.pos()}, root, container, diag));
    return out;
  }
  for (const yaml::Entry& e : root.Entries()) {
    if (!e.value.IsMap()) {
      diag.Error(e.value.pos(), "cluster \"" + e.key.Str() + "\" must be a mapping, found " +
                                    e.value.Describe() + InContainer(container));
      continue;
    }
    out.push_back(MakeContext({e.key.Str(), e.key.pos()}, e.value, container, diag));
  }
  return out;
}

}  // namespace prowlint
