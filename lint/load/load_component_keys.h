// SPDX-License-Identifier: Apache-2.0
// YAML → ComponentKeys: the config.yaml component keys Prow validates in
// combination. Lenient: a value of an unexpected shape is skipped, not an
// error (Prow's types for these keys changed across versions; the rules
// judge presence, not form).
#pragma once

#include "lint/model/component_keys.h"
#include "lint/model/job_fields.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

ComponentKeys LoadComponentKeys(const yaml::Node& root);

/// A rerun_auth_config mapping (deck's or a job's).
RerunAuth LoadRerunAuth(const yaml::Node& node);

}  // namespace prowlint
