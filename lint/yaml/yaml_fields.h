// SPDX-License-Identifier: Apache-2.0
// Typed field readers for loaders. One policy everywhere: absent or null is
// "not set"; a value of the wrong shape is an InputError at that value,
// because Prow's decoder would refuse the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/position.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// True when `node` is a mapping; null/absent is false without an error;
/// anything else is false with an error naming `what`.
bool ExpectMap(const yaml::Node& node, std::string_view what, Diagnostics& diag);
/// The same for lists.
bool ExpectSeq(const yaml::Node& node, std::string_view what, Diagnostics& diag);

/// A scalar field as a string (numbers and booleans keep their text).
std::optional<Located<std::string>> ReadString(const yaml::Node& map, std::string_view key,
                                               Diagnostics& diag);
/// A boolean field; anything but a YAML boolean is an error.
std::optional<Located<bool>> ReadBool(const yaml::Node& map, std::string_view key,
                                      Diagnostics& diag);
/// A list of strings.
std::vector<Located<std::string>> ReadStringList(const yaml::Node& map, std::string_view key,
                                                 Diagnostics& diag);

/// The same three for a value already looked up (`key` names it in errors):
/// for loaders that walk a mapping's entries once.
std::optional<Located<std::string>> StringValue(const yaml::Node& value, std::string_view key,
                                                Diagnostics& diag);
std::optional<Located<bool>> BoolValue(const yaml::Node& value, std::string_view key,
                                       Diagnostics& diag);
std::vector<Located<std::string>> StringListValue(const yaml::Node& list, std::string_view key,
                                                  Diagnostics& diag);

}  // namespace prowlint
