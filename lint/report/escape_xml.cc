// SPDX-License-Identifier: Apache-2.0
// See escape_xml.h.
#include "lint/report/escape_xml.h"

#include <cstdio>

#include "lint/report/escape_utf8.h"

namespace prowlint {

std::string XmlText(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      out += kReplacementCharacter;
      ++i;
    } else if (n == 1 && c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
      ++i;
    } else if (n == 3 && c == 0xEF && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      out += kReplacementCharacter;  // U+FFFE, U+FFFF: not characters
      i += 3;
    } else {
      out.append(s, i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace prowlint
