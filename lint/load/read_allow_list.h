// SPDX-License-Identifier: Apache-2.0
// Reading the allow: list of .prowlint.yaml; applying it is lint/engine/allow_list.h.
#pragma once

#include <optional>
#include <string>
#include <vector>
#include "lint/base/diagnostics.h"
#include "lint/base/position.h"
#include "lint/engine/allow_list.h"
#include "lint/model/finding.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// Reads the `allow:` list: entries {rule?, job?, alias?, reason}. An entry
/// without a reason, or with neither job nor alias, is an error at it.
/// `path` is the file's name for notes.
std::vector<AllowEntry> LoadAllowList(const yaml::Node& list, const std::string& path,
                                      Diagnostics& diag);

}  // namespace prowlint
