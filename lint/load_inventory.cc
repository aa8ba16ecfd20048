// See load_inventory.h. The `-o name` form is the recommended one: it lists
// what exists without putting any secret data on disk.
#include "lint/load_inventory.h"

#include <cctype>
#include <optional>

#include "lint/kube_objects.h"
#include "lint/text.h"
#include "lint/yaml_fields.h"
#include "lint/yaml_loader.h"

namespace prowlint {
namespace {

// "Secret", "secret", "secrets", "secret.v1"... → kind. Other kinds: nullopt.
std::optional<ObjectKind> KindOf(std::string_view kind) {
  std::string k;
  for (char c : kind.substr(0, kind.find('.'))) k.push_back(static_cast<char>(std::tolower(c)));
  if (k == "secret" || k == "secrets") return ObjectKind::kSecret;
  if (k == "configmap" || k == "configmaps") return ObjectKind::kConfigMap;
  if (k == "serviceaccount" || k == "serviceaccounts") return ObjectKind::kServiceAccount;
  return std::nullopt;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// `kubectl get ... -o name` prints one `kind[.group]/name` per line.
bool LooksLikeNameList(std::string_view text) {
  LineReader lines(text);
  for (std::string_view raw; lines.Next(raw);) {
    const std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const auto slash = line.find('/');
    return slash != std::string_view::npos && slash > 0 &&
           line.find_first_of(" :{}[]\"'") == std::string_view::npos;
  }
  return false;
}

void LoadNameList(std::string_view text, FileId file, Inventory& inv, Diagnostics& diag) {
  inv.names_only = true;
  LineReader lines(text);
  for (std::string_view raw; lines.Next(raw);) {
    const int line_no = lines.number();
    const std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const auto slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == line.size() ||
        line.find('/', slash + 1) != std::string_view::npos) {
      diag.Error(Position{file, line_no, 1},
                 "expected \"kind/name\" as printed by kubectl get -o name");
      continue;
    }
    if (auto kind = KindOf(line.substr(0, slash)))
      inv.Add(*kind, "", std::string(line.substr(slash + 1)));
  }
}

void LoadObject(const yaml::Node& object, Inventory& inv, Diagnostics& diag) {
  if (!ExpectMap(object, "an inventory item", diag)) return;
  auto kind = KindOf(object.Get("kind").Text());
  if (!kind) return;
  const yaml::Node metadata = object.Get("metadata");
  const std::string name = metadata.Get("name").Str();
  if (name.empty()) {
    diag.Error(object.pos(), "inventory item has no metadata.name");
    return;
  }
  inv.Add(*kind, metadata.Get("namespace").Str(), name);
}

// Returns whether every document is a List (an empty List is an empty
// cluster; anything else that lists nothing is the wrong file).
bool LoadListing(std::string_view text, FileId file, Inventory& inv, Diagnostics& diag) {
  bool only_lists = true;
  for (const yaml::Document& doc : ParseYaml(text, file, {}, diag)) {
    const yaml::Node root = doc.root();
    if (root.IsNull()) continue;
    if (root.IsMap() && root.Get("items").Present()) {
      const yaml::Node items = root.Get("items");
      if (!ExpectSeq(items, "\"items\"", diag)) continue;
      for (const yaml::Node& item : items.Items()) LoadObject(item, inv, diag);
    } else {
      only_lists = false;
      LoadObject(root, inv, diag);
    }
  }
  return only_lists;
}

bool Blank(std::string_view text) {
  LineReader lines(text);
  for (std::string_view raw; lines.Next(raw);) {
    const std::string_view line = Trim(raw);
    if (!line.empty() && line.front() != '#') return false;
  }
  return true;
}

}  // namespace

Inventory LoadInventory(std::string_view text, FileId file, const std::string& alias,
                        Diagnostics& diag) {
  Inventory inv;
  inv.alias = alias;
  inv.file = file;
  if (Blank(text)) {
    // `kubectl get ... -o name` prints nothing for an empty namespace.
    inv.names_only = true;
    return inv;
  }
  const std::size_t errors_before = diag.errors.size();
  bool empty_allowed = false;
  if (LooksLikeNameList(text)) {
    LoadNameList(text, file, inv, diag);
  } else {
    empty_allowed = LoadListing(text, file, inv, diag);
  }
  // Something was listed, but none of the three kinds: the wrong file (a
  // kubeconfig, a Prow config), which would judge everything missing.
  if (inv.size() == 0 && !empty_allowed && diag.errors.size() == errors_before)
    diag.Error(Position{file, 0, 0},
               "lists no secrets, config maps or service accounts; expected the output of "
               "kubectl get secrets,configmaps,serviceaccounts -n <pod_namespace> -o name");
  return inv;
}

void AddInventoryManifests(std::string_view text, FileId file, Inventory& inv, Diagnostics& diag) {
  Diagnostics parse;
  std::vector<yaml::Document> docs = ParseYaml(text, file, {}, parse);
  parse.duplicate_keys.clear();
  diag.Append(std::move(parse));
  ForEachKubeObject(
      docs,
      [&](const KubeObject& o) {
        if (o.name.value.empty()) return;
        if (auto kind = KindOf(o.kind)) {
          inv.Add(*kind, o.ns, o.name.value);
        } else if (auto target = ExternalSecretTarget(o)) {
          inv.Add(ObjectKind::kSecret, o.ns, target->value);
        }
      },
      diag);
}

}  // namespace prowlint
