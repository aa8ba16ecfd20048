// SPDX-License-Identifier: Apache-2.0
// Renders a Plan: an aligned text table (destinations x kinds, current ->
// target with the difference) and the moves; or JSON for machines.
#pragma once

#include <ostream>

#include "lint/pipeline/plan.h"

namespace prowlint {

struct PlanOutputOptions {
  bool color = false;
  bool list_jobs = false;  // --jobs: every job of every move
};

void WritePlanText(const Plan& plan, const PlanOutputOptions& options, std::ostream& out);

/// {"current": {...}, "target": {...}, "moves": [...]} as issue 10 fixes it:
/// per side its version and, per destination, jobs and jobs per kind.
void WritePlanJson(const Plan& plan, const PlanOutputOptions& options, std::ostream& out);

}  // namespace prowlint
