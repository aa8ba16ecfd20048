// SPDX-License-Identifier: Apache-2.0
// Reading the deployment policy of .prowlint.yaml (lint/engine/policy.h).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "lint/base/diagnostics.h"
#include "lint/base/position.h"
#include "lint/engine/policy.h"
#include "lint/model/job.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// The top-level .prowlint.yaml keys the policy owns.
const std::vector<std::string>& PolicyKeys();

/// Reads the policy keys of `root` (a .prowlint.yaml mapping). Paths are
/// relative to `base`, the file's directory. Unknown keys and values are
/// errors with their position and a "did you mean" where one is close.
DeploymentPolicy ReadPolicy(const yaml::Node& root, const std::filesystem::path& base,
                            Diagnostics& diag);

}  // namespace prowlint
