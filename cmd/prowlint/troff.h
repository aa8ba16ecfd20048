// SPDX-License-Identifier: Apache-2.0
// Text for a man page's troff source that prints as written. The generated
// sections of prowlint.1 put every text CLI11 holds (descriptions, value
// names, defaults) through here: a description is free text, and troff reads
// a backslash as an escape and a line starting with "." or "'" as a request,
// which would drop the line with a warning or run it.
#pragma once

#include <string>
#include <string_view>

namespace prowlint {

/// `text` as troff input for a text line (never a macro argument): `\` as
/// \e; every `-` as \- (a minus, so option names, rule ids and values like
/// in-cluster copy as typed on every groff, not as a typographic hyphen);
/// `^ ~ `` ` as the ASCII glyphs; a line that would start with `.`, `'` or
/// white space behind \&; a newline as a line break (.br) and an empty line
/// as vertical space (.sp); other control characters dropped; non-ASCII
/// UTF-8 as \[uXXXX] (groff reads bytes as Latin-1 without preconv), and a
/// byte that is not UTF-8 as U+FFFD.
std::string TroffText(std::string_view text);

}  // namespace prowlint
