// SPDX-License-Identifier: Apache-2.0
// See read_baseline.h.
#include "lint/load/read_baseline.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include "lint/base/read_file.h"
#include "lint/base/text.h"
#include "lint/yaml/yaml_fields.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {

Baseline LoadBaseline(const std::string& path, SourceSet& sources, Diagnostics& diag) {
  Baseline b;
  b.path = path;
  const FileId file = sources.Add(path);
  std::string text;
  if (!ReadInput(path, file, "baseline", text, diag)) return b;
  std::vector<yaml::Document> docs = ParseYaml(text, file, {}, diag);
  if (docs.empty()) return b;
  const yaml::Node root = docs.front().root();
  if (!root.IsMap()) {
    diag.Error(root.pos(),
               "a baseline must be a mapping with \"version\" and \"findings\" (write "
               "one with --write-baseline)");
    return b;
  }
  const auto version = ReadString(root, "version", diag);
  if (!version || version->value != "1") {
    diag.Error(version ? version->pos : root.pos(), "baseline version must be 1");
    return b;
  }
  const yaml::Node list = root.Get("findings");
  if (!ExpectSeq(list, "\"findings\"", diag)) return b;
  for (const yaml::Node& item : list.Items()) {
    if (!item.IsMap()) {
      diag.Error(item.pos(),
                 "a baseline entry must be a mapping, found " + std::string(item.Describe()));
      continue;
    }
    BaselineEntry e;
    e.pos = item.pos();
    auto field = [&](const char* key) {
      auto v = ReadString(item, key, diag);
      return v ? v->value : std::string();
    };
    e.fingerprint.rule = field("rule");
    e.fingerprint.job = field("job");
    e.fingerprint.object = field("object");
    e.fingerprint.cluster = field("cluster");
    if (e.fingerprint.rule.empty() || e.fingerprint.object.empty()) {
      diag.Error(e.pos, "a baseline entry needs \"rule\" and \"object\"");
      continue;
    }
    b.entries.push_back(std::move(e));
  }
  return b;
}

}  // namespace prowlint
