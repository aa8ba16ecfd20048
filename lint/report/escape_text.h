// SPDX-License-Identifier: Apache-2.0
// Escaping for plain-text output (the text report, plan's text table). Text
// goes to terminals and, under GitHub Actions, to the job log, where the
// runner reads a line whose trimmed start is `::` as a workflow command
// (`::error`, `::add-mask::`, `::stop-commands::`) and the legacy `##[` form
// anywhere in a line. A file name or a value must never make such a line.
#pragma once

#include <string>

namespace prowlint {

/// `s` on one line, shown as it is except: line breaks and other control
/// characters (C0, DEL, C1) escaped visibly (`\n`, `\r`, `\xNN`), tabs kept,
/// and `##[` broken (`##\[`) so no legacy workflow command can start.
std::string TextValue(const std::string& s);

/// TextValue for a value that may begin an output line (a path, a table's
/// first column): a leading `::` (after blanks) gets a `\` before it too.
std::string TextLineStart(const std::string& s);

}  // namespace prowlint
