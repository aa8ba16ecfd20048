// SPDX-License-Identifier: Apache-2.0
// Command lines of Prow's components, read the way Go's flag package reads
// them, so a manifest's flags mean what the binary will see.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/position.h"

namespace prowlint {

/// A flag as Go's flag package reads it: `--name=value`, `-name=value`,
/// `--name value`, or a bare boolean `--name`.
struct Flag {
  Located<std::string> name;  // without dashes; positioned at the argument
  std::optional<Located<std::string>> value;
};

/// Parses `args` (the container's command after the binary, then its args).
/// Accepts `-f`, `--f`, `-f=v`, `--f=v` and `--f v` (the next argument is a
/// value when it does not start with '-'); stops, as Go does, at "--" or at
/// the first argument that is not a flag.
std::vector<Flag> ParseGoFlags(const std::vector<Located<std::string>>& args);

/// Whether strconv.ParseBool reads `value` as false.
bool GoFalse(std::string_view value);

}  // namespace prowlint
