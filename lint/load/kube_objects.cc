// SPDX-License-Identifier: Apache-2.0
// See kube_objects.h.
#include "lint/load/kube_objects.h"

#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

bool IsObject(const yaml::Node& node) {
  return node.IsMap() && node.Get("kind").IsScalar() && !node.Get("kind").Text().empty();
}

bool IsList(const yaml::Node& node) {
  const std::string_view kind = node.Get("kind").Text();
  return kind.size() >= 4 && kind.compare(kind.size() - 4, 4, "List") == 0 &&
         node.Get("items").Present();
}

void Visit(const yaml::Node& node, const std::function<void(const KubeObject&)>& fn) {
  KubeObject o;
  o.root = node;
  o.kind = node.Get("kind").Text();
  o.api_version = node.Get("apiVersion").Text();
  const yaml::Node metadata = node.Get("metadata");
  const yaml::Node name = metadata.Get("name");
  const yaml::Node generated = metadata.Get("generateName");
  if (name.IsScalar() && !name.Text().empty()) {
    o.name = {name.Str(), name.pos()};
  } else if (generated.IsScalar()) {
    o.name = {generated.Str(), generated.pos()};
  } else {
    o.name = {"", node.Key("kind").pos()};
  }
  o.ns = metadata.Get("namespace").Text();
  fn(o);
}

}  // namespace

std::optional<Located<std::string>> ExternalSecretTarget(const KubeObject& o) {
  if (o.kind != "ExternalSecret" || (o.api_version.rfind("kubernetes-client.io/", 0) != 0 &&
                                     o.api_version.rfind("external-secrets.io/", 0) != 0))
    return std::nullopt;
  const yaml::Node target = o.root.Get("spec").Get("target").Get("name");
  if (target.IsScalar() && !target.Text().empty())
    return Located<std::string>{target.Str(), target.pos()};
  return o.name;
}

std::size_t ForEachKubeObject(const yaml::Document& doc,
                              const std::function<void(const KubeObject&)>& fn,
                              Diagnostics& diag) {
  const yaml::Node root = doc.root();
  if (root.IsNull()) return 0;  // an empty document between separators
  if (!IsObject(root)) return 1;
  if (!IsList(root)) {
    Visit(root, fn);
    return 0;
  }
  std::size_t others = 0;
  const yaml::Node items = root.Get("items");
  if (!ExpectSeq(items, "\"items\"", diag)) return 0;
  for (const yaml::Node& item : items.Items()) {
    if (IsObject(item)) {
      Visit(item, fn);
    } else {
      ++others;
    }
  }
  return others;
}

std::size_t ForEachKubeObject(const std::vector<yaml::Document>& docs,
                              const std::function<void(const KubeObject&)>& fn,
                              Diagnostics& diag) {
  std::size_t others = 0;
  for (const yaml::Document& doc : docs) others += ForEachKubeObject(doc, fn, diag);
  return others;
}

}  // namespace prowlint
