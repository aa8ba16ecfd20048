// SPDX-License-Identifier: Apache-2.0
// See load_inventory.h. The name and column forms are the recommended ones:
// they list what exists without putting any secret data on disk.
#include "lint/load/load_inventory.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "lint/base/text.h"
#include "lint/load/kube_objects.h"
#include "lint/yaml/yaml_fields.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

constexpr const char* kColumnsCommand =
    "kubectl get secrets,configmaps,serviceaccounts -A -o "
    "custom-columns=NAMESPACE:.metadata.namespace,KIND:.kind,NAME:.metadata.name";

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

// A DNS-1123 label, as Kubernetes requires of namespace names.
bool IsNamespaceName(std::string_view s) {
  if (s.empty() || s.size() > 63 || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// Adds what a listing names, in the namespace the flag says when the listing
// itself does not say one.
class Recorder {
 public:
  Recorder(Inventory& inv, const std::string& ns, Diagnostics& diag)
      : inv_(inv), ns_(ns), diag_(diag) {}

  void Add(ObjectKind kind, const std::string& listed_ns, std::string name, Position pos) {
    if (!ns_.empty() && !listed_ns.empty() && listed_ns != ns_) {
      // Not the listing the flag names: judged as one, the other
      // namespace's objects would count here.
      if (strays_++ == 0)
        first_stray_ = {std::string(ObjectKindName(kind)) + " " + Quote(name) + " in namespace " +
                            Quote(listed_ns),
                        pos};
      return;
    }
    inv_.Add(kind, listed_ns.empty() ? ns_ : listed_ns, std::move(name));
  }

  /// One error for a file in the wrong namespace, not one per object.
  void Finish() {
    if (strays_ == 0) return;
    diag_.Error(first_stray_.pos,
                "lists " + first_stray_.value +
                    (strays_ > 1 ? " (and " + Count(strays_ - 1, "more object", "more objects") +
                                       " not in " + Quote(ns_) + ")"
                                 : "") +
                    ", but --inventory " + inv_.alias + "/" + ns_ + " is a listing of namespace " +
                    Quote(ns_));
  }

 private:
  Inventory& inv_;
  const std::string& ns_;
  Diagnostics& diag_;
  std::size_t strays_ = 0;
  Located<std::string> first_stray_;
};

// The first line that is neither blank nor a comment; "" when none.
std::string_view FirstLine(std::string_view text) {
  LineReader lines(text);
  for (std::string_view raw; lines.Next(raw);) {
    const std::string_view line = Trim(raw);
    if (!line.empty() && line.front() != '#') return line;
  }
  return {};
}

// `kubectl get ... -o name` prints one `kind[.group]/name` per line.
bool LooksLikeNameList(std::string_view first) {
  const auto slash = first.find('/');
  return slash != std::string_view::npos && slash > 0 &&
         first.find_first_of(" \t:{}[]\"'") == std::string_view::npos;
}

std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

// `kubectl get ... -o custom-columns=...` starts with a header of bare words;
// YAML and JSON never start with a line of two bare words.
bool LooksLikeColumns(std::string_view first) {
  return Words(first).size() >= 2 && first.find_first_of(":{}[]\"'/") == std::string_view::npos;
}

void LoadNameList(std::string_view text, FileId file, Recorder& out, Diagnostics& diag) {
  LineReader lines(text);
  for (std::string_view raw; lines.Next(raw);) {
    const Position pos{file, lines.number(), 1};
    const std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const auto slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == line.size() ||
        line.find('/', slash + 1) != std::string_view::npos) {
      diag.Error(pos, "expected \"kind/name\" as printed by kubectl get -o name");
      continue;
    }
    if (auto kind = KindOf(line.substr(0, slash)))
      out.Add(*kind, "", std::string(line.substr(slash + 1)), pos);
  }
}

std::vector<std::string> Upper(const std::vector<std::string_view>& words) {
  std::vector<std::string> out;
  for (std::string_view w : words) {
    std::string u;
    for (char c : w) u.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    out.push_back(std::move(u));
  }
  return out;
}

// Columns are found by their header, so their order does not matter;
// NAMESPACE may be left out (a listing of one namespace, given as
// ALIAS/NAMESPACE).
void LoadColumns(std::string_view text, FileId file, Recorder& out, Diagnostics& diag) {
  std::vector<std::string> header;
  std::size_t ns_col = 0, kind_col = 0, name_col = 0;
  LineReader lines(text);
  for (std::string_view raw; lines.Next(raw);) {
    const Position pos{file, lines.number(), 1};
    const std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> words = Words(line);
    if (header.empty()) {
      header = Upper(words);
      auto column = [&](const char* name) {
        return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) -
                                        header.begin());
      };
      ns_col = column("NAMESPACE");
      kind_col = column("KIND");
      name_col = column("NAME");
      if (kind_col == header.size() || name_col == header.size()) {
        diag.Error(pos, std::string("expected a header naming the columns KIND and NAME, as ") +
                            kColumnsCommand + " prints");
        return;
      }
      continue;
    }
    if (Upper(words) == header) continue;  // a header repeated
    if (words.size() != header.size()) {
      diag.Error(pos,
                 "expected " + std::to_string(header.size()) + " columns, as the header names");
      continue;
    }
    const auto kind = KindOf(words[kind_col]);
    if (!kind) continue;
    // kubectl prints <none> for a field the object lacks.
    std::string ns = ns_col < header.size() ? std::string(words[ns_col]) : "";
    if (ns == "<none>") ns.clear();
    out.Add(*kind, ns, std::string(words[name_col]), pos);
  }
}

void LoadObject(const yaml::Node& object, Recorder& out, Diagnostics& diag) {
  if (!ExpectMap(object, "an inventory item", diag)) return;
  auto kind = KindOf(object.Get("kind").Text());
  if (!kind) return;
  const yaml::Node metadata = object.Get("metadata");
  const std::string name = metadata.Get("name").Str();
  if (name.empty()) {
    diag.Error(object.pos(), "inventory item has no metadata.name");
    return;
  }
  out.Add(*kind, metadata.Get("namespace").Str(), name, object.pos());
}

// Returns whether every document is a List (an empty List is an empty
// cluster; anything else that lists nothing is the wrong file).
bool LoadListing(std::string_view text, FileId file, Recorder& out, Diagnostics& diag) {
  bool only_lists = true;
  for (const yaml::Document& doc : ParseYaml(text, file, {}, diag)) {
    const yaml::Node root = doc.root();
    if (root.IsNull()) continue;
    if (root.IsMap() && root.Get("items").Present()) {
      const yaml::Node items = root.Get("items");
      if (!ExpectSeq(items, "\"items\"", diag)) continue;
      for (const yaml::Node& item : items.Items()) LoadObject(item, out, diag);
    } else {
      only_lists = false;
      LoadObject(root, out, diag);
    }
  }
  return only_lists;
}

}  // namespace

InventoryScope ParseInventoryScope(const std::string& spec,
                                   const std::vector<std::string>& aliases) {
  const auto slash = spec.rfind('/');
  if (slash == std::string::npos || slash == 0 ||
      std::find(aliases.begin(), aliases.end(), spec) != aliases.end() ||
      !IsNamespaceName(std::string_view(spec).substr(slash + 1)))
    return {spec, ""};
  return {spec.substr(0, slash), spec.substr(slash + 1)};
}

Inventory LoadInventory(std::string_view text, FileId file, const std::string& alias,
                        const std::string& ns, Diagnostics& diag) {
  Inventory inv;
  inv.alias = alias;
  inv.file = file;
  // `kubectl get ... -o name` prints nothing for an empty namespace.
  const std::string_view first = FirstLine(text);
  if (first.empty()) return inv;
  const std::size_t errors_before = diag.errors.size();
  Recorder out(inv, ns, diag);
  bool empty_allowed = false;
  if (LooksLikeNameList(first)) {
    LoadNameList(text, file, out, diag);
  } else if (LooksLikeColumns(first)) {
    LoadColumns(text, file, out, diag);
    empty_allowed = true;  // a header alone: kubectl found nothing
  } else {
    empty_allowed = LoadListing(text, file, out, diag);
  }
  out.Finish();
  // Something was listed, but none of the three kinds: the wrong file (a
  // kubeconfig, a Prow config), which would judge everything missing.
  if (inv.size() == 0 && !empty_allowed && diag.errors.size() == errors_before)
    diag.Error(Position{file, 0, 0},
               std::string("lists no secrets, config maps or service accounts; expected the "
                           "output of ") +
                   kColumnsCommand);
  return inv;
}

void AddInventoryManifests(std::string_view text, FileId file, const std::string& ns,
                           Inventory& inv, Diagnostics& diag) {
  Diagnostics parse;
  std::vector<yaml::Document> docs = ParseYaml(text, file, {}, parse);
  parse.duplicate_keys.clear();
  diag.Append(std::move(parse));
  Recorder out(inv, ns, diag);
  ForEachKubeObject(
      docs,
      [&](const KubeObject& o) {
        if (o.name.value.empty()) return;
        if (auto kind = KindOf(o.kind)) {
          out.Add(*kind, o.ns, o.name.value, o.name.pos);
        } else if (auto target = ExternalSecretTarget(o)) {
          out.Add(ObjectKind::kSecret, o.ns, target->value, target->pos);
        }
      },
      diag);
  out.Finish();
}

}  // namespace prowlint
