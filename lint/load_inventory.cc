// See load_inventory.h. The `-o name` form is the recommended one: it lists
// what exists without putting any secret data on disk.
#include "lint/load_inventory.h"

#include <cctype>
#include <optional>

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

void LoadManifests(std::string_view text, FileId file, Inventory& inv, Diagnostics& diag) {
  for (const yaml::Document& doc : ParseYaml(text, file, {}, diag)) {
    const yaml::Node root = doc.root();
    if (root.IsNull()) continue;
    if (root.IsMap() && root.Get("items").Present()) {
      const yaml::Node items = root.Get("items");
      if (!ExpectSeq(items, "\"items\"", diag)) continue;
      for (const yaml::Node& item : items.Items()) LoadObject(item, inv, diag);
    } else {
      LoadObject(root, inv, diag);
    }
  }
}

}  // namespace

Inventory LoadInventory(std::string_view text, FileId file, const std::string& alias,
                        Diagnostics& diag) {
  Inventory inv;
  inv.alias = alias;
  inv.file = file;
  const std::size_t errors_before = diag.errors.size();
  if (LooksLikeNameList(text)) {
    LoadNameList(text, file, inv, diag);
  } else {
    LoadManifests(text, file, inv, diag);
  }
  // kubectl get secrets,configmaps,serviceaccounts always lists at least the
  // namespace's default service account: an empty result is a wrong file.
  if (inv.size() == 0 && diag.errors.size() == errors_before)
    diag.Error(Position{file, 0, 0},
               "lists no secrets, config maps or service accounts; expected the output of "
               "kubectl get secrets,configmaps,serviceaccounts -n <pod_namespace> -o name");
  return inv;
}


}  // namespace prowlint
