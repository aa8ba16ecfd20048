// SPDX-License-Identifier: Apache-2.0
// Prow presets: env, volumes and mounts added to every job whose labels match.
#pragma once

#include <string>
#include <vector>

#include "lint/base/position.h"
#include "lint/model/pod_spec.h"

namespace prowlint {

struct Label {
  Located<std::string> key;
  Located<std::string> value;
};

struct Preset {
  Position pos;  // the preset's list item
  /// From a repository's .prow.yaml or .prow/: applies to that repository's
  /// in-repo jobs only.
  bool in_repo = false;
  std::vector<Label> labels;
  std::vector<EnvVar> env;
  std::vector<Volume> volumes;
  std::vector<VolumeMount> volume_mounts;
  /// Read by Prow since 2025-06-06 (kubernetes-sigs/prow #473).
  std::vector<Toleration> tolerations;
};

}  // namespace prowlint
