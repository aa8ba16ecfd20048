// gcc-style text: `file:line:col: severity: message [rule]`, then the hint.
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

/// Findings (or input errors), notes and a closing summary line. `color`
/// is decided once by the caller (rang's control mode is set to match).
void WriteText(const Report& report, bool color, std::ostream& out);

}  // namespace prowlint
