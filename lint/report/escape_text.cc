// SPDX-License-Identifier: Apache-2.0
// See escape_text.h. The runner's parsers: actions/runner ActionCommand.cs
// (TryParseV2 trims leading blanks and wants `::`; TryParse finds `##[`
// anywhere in the line).
#include "lint/report/escape_text.h"

#include <cstdio>

namespace prowlint {
namespace {

std::string Hex(unsigned char c) {
  char buffer[5];
  std::snprintf(buffer, sizeof buffer, "\\x%02X", c);
  return buffer;
}

// Length of the blank at `i` that .NET's TrimStart skips (Char.IsWhiteSpace:
// space, tab, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000; the C0 and C1 ones are escaped before this), or 0.
std::size_t BlankAt(const std::string& s, std::size_t i) {
  auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  if (at(i) == ' ' || at(i) == '\t') return 1;
  if (at(i) == 0xC2 && at(i + 1) == 0xA0) return 2;
  if (at(i) == 0xE1 && at(i + 1) == 0x9A && at(i + 2) == 0x80) return 3;
  if (at(i) == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;
  if (at(i) == 0xE2 && at(i + 1) == 0x80 &&
      (at(i + 2) <= 0x8A || at(i + 2) == 0xA8 || at(i + 2) == 0xA9 || at(i + 2) == 0xAF) &&
      at(i + 2) >= 0x80)
    return 3;
  if (at(i) == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0x9F) return 3;
  return 0;
}

}  // namespace

std::string TextValue(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
      out += Hex(c);
    } else if (c == 0xC2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0x80) {
      // U+0080..U+009F: C1 controls (a terminal may read U+009B as CSI).
      out += Hex(static_cast<unsigned char>(s[++i]));
    } else if (c == '[' && out.size() >= 2 && out.compare(out.size() - 2, 2, "##") == 0) {
      out += "\\[";
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string TextLineStart(const std::string& s) {
  std::string out = TextValue(s);
  std::size_t start = 0;
  while (std::size_t n = BlankAt(out, start)) start += n;
  if (out.compare(start, 2, "::") == 0) out.insert(start, "\\");
  return out;
}

}  // namespace prowlint
