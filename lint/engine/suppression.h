// SPDX-License-Identifier: Apache-2.0
// Applying the inline suppressions (lint/base/suppression_directive.h) to
// the findings of a run.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "lint/base/suppression_directive.h"
#include "lint/model/finding.h"

namespace prowlint {

/// Marks every finding that an active directive for its rule covers as
/// suppressed, with the directive's reason. Findings of the rules in
/// `exempt` (those about the directives themselves) are never suppressed.
void ApplySuppressions(const std::vector<Suppression>& directives, const std::string& today,
                       const std::set<std::string>& exempt, std::vector<Finding>& findings);

}  // namespace prowlint
