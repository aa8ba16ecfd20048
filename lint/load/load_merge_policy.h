// SPDX-License-Identifier: Apache-2.0
// config.yaml's `branch-protection` and `tide.context_options` → MergePolicy.
#pragma once

#include "lint/base/diagnostics.h"
#include "lint/model/merge_policy.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// `root` is config.yaml's top-level mapping. A mistyped value is a
/// diagnostic at its position, and the level keeps what could be read.
MergePolicy LoadMergePolicy(const yaml::Node& root, Diagnostics& diag);

}  // namespace prowlint
