// SPDX-License-Identifier: Apache-2.0
// Characters XML 1.0 allows, for JUnit. pugixml escapes markup (`<`, `&`,
// quotes) but writes any other byte as it is, or as a character reference
// (`&#1;`) that XML 1.0 forbids too, and stops at a NUL (it takes C strings).
#pragma once

#include <string>

namespace prowlint {

/// `s` with only what XML 1.0's Char production allows: C0 controls but
/// tab, LF and CR, and NUL, become `\xNN`; bytes that are not UTF-8 (and
/// encoded surrogates), U+FFFE and U+FFFF become U+FFFD. Visible, so a
/// reader sees that the input held them; NUL-free, so nothing truncates.
std::string XmlText(const std::string& s);

}  // namespace prowlint
