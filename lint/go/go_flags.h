// SPDX-License-Identifier: Apache-2.0
// Command lines of Prow's components, read the way Go's flag package reads
// them, so a manifest's flags mean what the binary will see.
#pragma once

#include <vector>

#include "lint/model/manifest.h"

namespace prowlint {

/// Parses `args` (the container's command after the binary, then its args).
/// Accepts `-f`, `--f`, `-f=v`, `--f=v` and `--f v` (the next argument is a
/// value when it does not start with '-'); stops, as Go does, at "--" or at
/// the first argument that is not a flag.
std::vector<Flag> ParseGoFlags(const std::vector<Located<std::string>>& args);

}  // namespace prowlint
