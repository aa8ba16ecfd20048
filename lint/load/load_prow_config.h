// SPDX-License-Identifier: Apache-2.0
// YAML → ProwConfig: the top-level config.yaml fields that decide where and
// how job pods run (its jobs and presets load through LoadJobConfig).
#pragma once

#include "lint/base/diagnostics.h"
#include "lint/model/prow_config.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

ProwConfig LoadProwConfig(const yaml::Node& root, Diagnostics& diag);

}  // namespace prowlint
