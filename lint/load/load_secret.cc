// SPDX-License-Identifier: Apache-2.0
// See load_secret.h.
#include "lint/load/load_secret.h"

#include <map>

#include "lint/base/base64.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// Secrets and ConfigMaps both carry credential files (istio ships its
// kubeconfig in a ConfigMap).
bool IsWrapper(const yaml::Node& node) {
  const std::string_view kind = node.Get("kind").Text();
  return kind == "Secret" || kind == "ConfigMap";
}

std::vector<yaml::Node> SecretsIn(const yaml::Node& root) {
  std::vector<yaml::Node> out;
  if (IsWrapper(root)) {
    out.push_back(root);
  } else if (root.Get("kind").Text() == "List" || root.Get("items").IsSeq()) {
    for (const yaml::Node& item : root.Get("items").Items())
      if (IsWrapper(item)) out.push_back(item);
  }
  return out;
}

// For a literal block scalar (`key: |`), whose content starts on the next
// line at a fixed indent, inner positions map to real ones; any other style
// collapses onto the key.
YamlParseOptions PositionsFor(const yaml::Node& key, const yaml::Node& value, LineIndex& file_lines,
                              bool base64, std::string what) {
  YamlParseOptions options;
  options.what = std::move(what);
  const std::string_view line = file_lines.Line(value.pos().line);
  const std::size_t col = static_cast<std::size_t>(value.pos().column - 1);
  if (!base64 && col < line.size() && line[col] == '|') {
    const std::string_view first = file_lines.Line(value.pos().line + 1);
    const std::size_t indent = first.find_first_not_of(' ');
    if (indent != std::string_view::npos && indent > 0) {
      options.line_offset = value.pos().line;
      options.column_offset = static_cast<int>(indent);
      return options;
    }
  }
  options.collapse_positions = true;
  options.enclosing = key.pos();
  return options;
}

}  // namespace

std::string SecretValue::Describe() const {
  return "data key \"" + key + "\" of " + kind + " \"" + secret + "\"";
}

bool IsSecretManifest(const yaml::Node& root) { return !SecretsIn(root).empty(); }

std::vector<SecretValue> SecretValues(const yaml::Node& root, LineIndex& file_lines,
                                      Diagnostics& diag) {
  std::vector<SecretValue> out;
  for (const yaml::Node& secret : SecretsIn(root)) {
    const std::string name = secret.Get("metadata").Get("name").Str();
    const std::string kind = secret.Get("kind").Str();
    // A Secret's data is base64 and stringData plain; a ConfigMap's data is
    // plain and binaryData base64.
    const bool is_secret = kind == "Secret";
    std::map<std::string, SecretValue> by_key;  // sorted, as kubectl prints
    const yaml::Node data = secret.Get(is_secret ? "data" : "binaryData");
    if (ExpectMap(data, is_secret ? "\"data\"" : "\"binaryData\"", diag)) {
      for (const yaml::Entry& e : data.Entries()) {
        SecretValue v{name, kind, e.key.Str(), "", {}};
        auto decoded = DecodeBase64(e.value.Text());
        if (!e.value.IsScalar() || !decoded) {
          diag.Error(e.key.pos(), v.Describe() + " is not valid base64");
          continue;
        }
        v.text = std::move(*decoded);
        v.parse = PositionsFor(e.key, e.value, file_lines, true, v.Describe());
        by_key[v.key] = std::move(v);
      }
    }
    const yaml::Node string_data = secret.Get(is_secret ? "stringData" : "data");
    if (ExpectMap(string_data, is_secret ? "\"stringData\"" : "\"data\"", diag)) {
      for (const yaml::Entry& e : string_data.Entries()) {
        SecretValue v{name, kind, e.key.Str(), e.value.Str(), {}};
        v.parse = PositionsFor(e.key, e.value, file_lines, false, v.Describe());
        by_key[v.key] = std::move(v);
      }
    }
    for (auto& [key, value] : by_key) out.push_back(std::move(value));
  }
  return out;
}

}  // namespace prowlint
