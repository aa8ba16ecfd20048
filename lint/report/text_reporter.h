// SPDX-License-Identifier: Apache-2.0
// gcc-style text: `file:line:col: severity: message [rule]`, the source line
// with a caret under the offending value, then the hint.
#pragma once

#include <ostream>

#include "lint/report/report.h"

namespace prowlint {

struct TextOptions {
  bool color = false;     // decided once by the caller; rang's mode is set to match
  bool snippets = true;  // quote source lines (never those of sensitive files)
  /// List every job of a finding that many jobs share, not the first few.
  bool verbose = false;
  /// One line per finding (and input error): no notes, snippets, hints,
  /// related places, job lists or summary.
  bool quiet = false;
};

/// Notes, input errors or findings (suppressed ones are only counted; with
/// a base compared, new ones marked `[new]` after the severity), stale
/// baseline entries, the findings the change fixes, then a closing summary
/// line.
void WriteText(const Report& report, const TextOptions& options, std::ostream& out);

/// `N errors, M warnings in K files (J jobs)`, plus infos, suppressed,
/// baselined and existing findings when there are any.
std::string SummaryLine(const Summary& s);

/// `fixed by this change: 3 (job-secret-missing ×2, plugin-unknown ×1)`, rules
/// by count, most first; "" when nothing was fixed.
std::string FixedLine(const std::vector<FixedFinding>& fixed);

}  // namespace prowlint
