// SPDX-License-Identifier: Apache-2.0
// See yaml_fields.h.
#include "lint/yaml/yaml_fields.h"

#include "lint/base/text.h"

namespace prowlint {
namespace {

bool Expect(const yaml::Node& node, yaml::Kind kind, const char* noun, std::string_view what,
            Diagnostics& diag) {
  if (node.kind() == kind) return true;
  if (node.IsNull()) return false;
  diag.Error(node.pos(), std::string(what) + " must be " + noun + ", found " + node.Describe());
  return false;
}

}  // namespace

bool ExpectMap(const yaml::Node& node, std::string_view what, Diagnostics& diag) {
  return Expect(node, yaml::Kind::kMapping, "a mapping", what, diag);
}

bool ExpectSeq(const yaml::Node& node, std::string_view what, Diagnostics& diag) {
  return Expect(node, yaml::Kind::kSequence, "a list", what, diag);
}

std::optional<Located<std::string>> ReadString(const yaml::Node& map, std::string_view key,
                                               Diagnostics& diag) {
  return StringValue(map.Get(key), key, diag);
}

std::optional<Located<std::string>> StringValue(const yaml::Node& value, std::string_view key,
                                                Diagnostics& diag) {
  if (value.IsNull()) return std::nullopt;
  if (!value.IsScalar()) {
    diag.Error(value.pos(), Quote(key) + " must be a string, found " + value.Describe());
    return std::nullopt;
  }
  return Located<std::string>{value.Str(), value.pos()};
}

std::optional<Located<bool>> ReadBool(const yaml::Node& map, std::string_view key,
                                      Diagnostics& diag) {
  return BoolValue(map.Get(key), key, diag);
}

std::optional<Located<bool>> BoolValue(const yaml::Node& value, std::string_view key,
                                       Diagnostics& diag) {
  if (value.IsNull()) return std::nullopt;
  if (auto b = value.AsBool()) return Located<bool>{*b, value.pos()};
  diag.Error(value.pos(), Quote(key) + " must be true or false, found " +
                              (value.IsScalar() ? "a string" : value.Describe()));
  return std::nullopt;
}

std::vector<Located<std::string>> ReadStringList(const yaml::Node& map, std::string_view key,
                                                 Diagnostics& diag) {
  return StringListValue(map.Get(key), key, diag);
}

std::vector<Located<std::string>> StringListValue(const yaml::Node& list, std::string_view key,
                                                  Diagnostics& diag) {
  std::vector<Located<std::string>> out;
  if (!ExpectSeq(list, Quote(key), diag)) return out;
  for (const yaml::Node& item : list.Items()) {
    if (item.IsNull()) continue;
    if (!item.IsScalar()) {
      diag.Error(item.pos(),
                 "items of " + Quote(key) + " must be strings, found " + item.Describe());
      continue;
    }
    out.push_back({item.Str(), item.pos()});
  }
  return out;
}

}  // namespace prowlint
