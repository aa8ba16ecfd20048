// SPDX-License-Identifier: Apache-2.0
// YAML → DecorationConfig, and plank's three forms of decoration defaults →
// one ordered list of DecorationDefault entries.
#pragma once

#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/model/decoration.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

DecorationConfig LoadDecorationConfig(const yaml::Node& node, Diagnostics& diag);

/// `plank` is the value of config.yaml's `plank` key.
std::vector<DecorationDefault> LoadDecorationDefaults(const yaml::Node& plank,
                                                      Diagnostics& diag);

}  // namespace prowlint
