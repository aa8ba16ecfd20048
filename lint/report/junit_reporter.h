// SPDX-License-Identifier: Apache-2.0
// JUnit XML for Prow's Spyglass JUnit lens: one test case per rule and file.
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

/// A failing test case per rule × file with findings at or above the run's
/// fail-on severity (the failure lists each with its position and hint); a
/// passing case per rule without findings (and per rule × file with only
/// lower findings, listed in system-out); skipped when all were suppressed.
/// Input errors are one failing case.
void WriteJunit(const Report& report, std::ostream& out);

}  // namespace prowlint
