// SPDX-License-Identifier: Apache-2.0
// Which Prow components a change restarts, and the findings that restart
// brings again. A harm that happens when a component starts (plank drawing
// at random where a literal "default" alias goes, a flag that makes it exit,
// a tag inside a known-bad window) is not "existing" just because the base
// had it: the rollout starts the component again and the harm is drawn
// again. That is how the 2019-02-08 bump hurt with both tags in one window.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "lint/model/finding.h"
#include "lint/model/manifest.h"

namespace prowlint {

/// Components (by name) whose pod template the change alters: image, command,
/// flags, environment or mounts, each of which rolls its pods; or that only
/// the head deploys. Empty when either side has no manifests.
std::set<std::string> RestartedComponents(const Manifests& base, const Manifests& head);

/// Marks every existing head finding whose component (Finding::at_start_of)
/// the change restarts as new, with Finding::restarted naming it.
void MarkRestarted(const std::set<std::string>& restarted, std::vector<Finding>& head);

}  // namespace prowlint
