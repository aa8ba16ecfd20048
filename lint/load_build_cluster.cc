// See load_build_cluster.h. Prow's UnmarshalClusterMap tries the map first and
// falls back to one Cluster, which becomes alias "default".
#include "lint/load_build_cluster.h"

#include "lint/base64.h"
#include "lint/yaml_fields.h"

namespace prowlint {
namespace {

// Fields are []byte in Prow's Cluster struct, so the YAML strings must be
// base64; anything else fails Prow's decoder.
void CheckBase64Fields(const yaml::Node& cluster, const std::string& alias,
                       const std::string& container, Diagnostics& diag) {
  for (const char* field : {"clientCertificate", "clientKey", "clusterCaCertificate"}) {
    const yaml::Node value = cluster.Get(field);
    if (value.IsNull()) continue;
    if (!value.IsScalar() || !DecodeBase64(value.Text())) {
      diag.Error(cluster.Key(field).pos(), "field \"" + std::string(field) + "\" of cluster \"" +
                                               alias + "\" is not valid base64" + InContainer(container));
    }
  }
}

ClusterContext MakeContext(Located<std::string> alias, const yaml::Node& cluster,
                           const std::string& container, Diagnostics& diag) {
  ClusterContext ctx;
  ctx.alias = std::move(alias);
  ctx.format = CredentialFormat::kBuildClusterMap;
  ctx.container = container;
  if (auto endpoint = ReadString(cluster, "endpoint", diag)) ctx.server = RedactUrl(endpoint->value);
  CheckBase64Fields(cluster, ctx.alias.value, container, diag);
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
