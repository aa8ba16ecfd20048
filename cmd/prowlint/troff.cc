// SPDX-License-Identifier: Apache-2.0
// See troff.h.
#include "cmd/prowlint/troff.h"

#include <cstdint>
#include <cstdio>

namespace prowlint {
namespace {

// The code point of the UTF-8 sequence at text[at], advancing `at` past it;
// U+FFFD for a byte that starts no valid sequence (advancing one byte).
std::uint32_t DecodeUtf8(std::string_view text, std::size_t& at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, code = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, code = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, code = lead & 0x07;
  }
  if (length == 0 || at + length > text.size()) {
    ++at;
    return 0xFFFD;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) {
      ++at;
      return 0xFFFD;
    }
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
  const std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < least[length] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
    ++at;
    return 0xFFFD;
  }
  at += length;
  return code;
}

// groff's name for a Unicode character: \[u00E9], \[u1F600].
std::string UnicodeEscape(std::uint32_t code) {
  char name[16];
  std::snprintf(name, sizeof name, "\\[u%04X]", static_cast<unsigned>(code));
  return name;
}

// One line of `text` (no newline in it).
std::string TroffLine(std::string_view line) {
  std::string out;
  // At the start of an input line "." and "'" begin a request, and white
  // space breaks the output line: the zero-width \& makes them text.
  if (!line.empty() && (line[0] == '.' || line[0] == '\'' || line[0] == ' ' || line[0] == '\t'))
    out += "\\&";
  for (std::size_t at = 0; at < line.size();) {
    const char c = line[at];
    if (static_cast<unsigned char>(c) >= 0x80) {
      out += UnicodeEscape(DecodeUtf8(line, at));
      continue;
    }
    ++at;
    switch (c) {
      case '\\':
        out += "\\e";
        break;
      case '-':
        out += "\\-";
        break;
      case '^':  // groff would print a modifier circumflex, tilde and grave accent
        out += "\\(ha";
        break;
      case '~':
        out += "\\(ti";
        break;
      case '`':
        out += "\\(ga";
        break;
      case '\t':
        out += ' ';
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
        break;
    }
  }
  return out;
}

}  // namespace

std::string TroffText(std::string_view text) {
  std::string out;
  bool blank_before = false;  // empty lines since the last text
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line = TroffLine(text.substr(start, end - start));
    start = end + 1;
    // An empty input line would print an empty output line; runs of them
    // (a CRLF's \r is dropped: such a line is empty too) are one vertical
    // space, and none is kept at either end.
    if (line.empty()) {
      blank_before = !out.empty();
      continue;
    }
    if (!out.empty()) out += blank_before ? "\n.sp\n" : "\n.br\n";
    blank_before = false;
    out += line;
  }
  return out;
}

}  // namespace prowlint
