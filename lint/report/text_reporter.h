// gcc-style text: `file:line:col: severity: message [rule]`, the source line
// with a caret under the offending value, then the hint.
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

struct TextOptions {
  bool color = false;     // decided once by the caller; rang's mode is set to match
  bool snippets = true;  // quote source lines (never those of sensitive files)
};

/// Notes, input errors or findings (suppressed ones are only counted), then
/// a closing summary line.
void WriteText(const Report& report, const TextOptions& options, std::ostream& out);

/// `N errors, M warnings in K files (J jobs)`, plus infos and suppressed
/// findings when there are any.
std::string SummaryLine(const Summary& s);

}  // namespace prowlint
