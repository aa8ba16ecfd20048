// SPDX-License-Identifier: Apache-2.0
// YAML → PodSpec and Preset: the object references, volumes and mounts of a
// Kubernetes pod spec, shared by jobs and presets.
#pragma once

#include "lint/base/diagnostics.h"
#include "lint/model/pod_spec.h"
#include "lint/model/preset.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// `spec` is the value of a job's `spec` key, `key_pos` the key's position.
PodSpec LoadPodSpec(const yaml::Node& spec, Position key_pos, Diagnostics& diag);

/// How a file's decoder treats an unquoted `true` or number where a string is
/// due (prow-semantics §3.6 as verified against sigs.k8s.io/yaml v1.6.0):
/// job-config files decode presets as a direct field and turn such label
/// values into strings; config.yaml, and every job, cannot.
enum class PlainScalars { kRefuse, kCoerce };

/// Reads a `labels` mapping; `what` names its owner for errors.
std::vector<Label> LoadLabels(const yaml::Node& labels, PlainScalars plain, const std::string& what,
                              Diagnostics& diag);

/// One item of a `presets` list.
Preset LoadPreset(const yaml::Node& item, PlainScalars plain, Diagnostics& diag);

}  // namespace prowlint
