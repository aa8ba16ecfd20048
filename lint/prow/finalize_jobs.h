// SPDX-License-Identifier: Apache-2.0
// Turns jobs as written into jobs as Prow runs them: cluster alias defaulted,
// decoration decided and merged, presets applied (prow-semantics §3.3-§3.5).
#pragma once

#include <vector>

#include "lint/model/job.h"
#include "lint/model/preset.h"
#include "lint/model/prow_config.h"

namespace prowlint {

void FinalizeJobs(const ProwConfig& config, const std::vector<Preset>& presets,
                  std::vector<Job>& jobs);

/// Whether every label of `preset` is on `job` with the same value (a preset
/// without labels matches every job).
bool PresetMatches(const Preset& preset, const Job& job);

}  // namespace prowlint
