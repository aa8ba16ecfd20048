// SPDX-License-Identifier: Apache-2.0
// See escape_markdown.h. CommonMark lets any ASCII punctuation be escaped
// with a backslash, and entities work outside code; GitHub links mentions,
// references and bare URLs in text after rendering, so those need a
// character between their parts, not a backslash.
#include "lint/report/escape_markdown.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>

#include "lint/report/escape_text.h"
#include "lint/report/escape_utf8.h"

namespace prowlint {
namespace {

constexpr const char* kZeroWidthSpace = "&#8203;";

std::string Percent(unsigned char c) {
  char hex[4];
  std::snprintf(hex, sizeof hex, "%%%02X", c);
  return hex;
}

}  // namespace

std::string MarkdownText(const std::string& s) {
  const std::string text = ValidUtf8(TextValue(s));
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '|': out += "&#124;"; break;
      case '@':
      case '#':
        out.push_back(c);
        out += kZeroWidthSpace;
        break;
      // Parentheses need none: with `[` and `]` escaped no link can start.
      case '\\': case '`': case '*': case '_': case '[': case ']': case '~': case '!':
      case '$':  // $ starts GitHub's math
        out.push_back('\\');
        out.push_back(c);
        break;
      case ':':
        out.push_back(c);
        if (text.compare(i + 1, 2, "//") == 0) out += kZeroWidthSpace;
        break;
      case '.':
        // Before the dot: GFM's autolink looks for "www." in the source.
        if (i >= 3 && (text.compare(i - 3, 3, "www") == 0 || text.compare(i - 3, 3, "WWW") == 0))
          out += kZeroWidthSpace;
        out.push_back(c);
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string MarkdownCode(const std::string& s) {
  // Code shows its content literally: control characters must be made
  // visible here, since a line break would end a table row or list item.
  const std::string text = ValidUtf8(TextValue(s));
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`' ||
                                     (text.front() == ' ' && text.back() == ' '));
  return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
}

std::string MarkdownCellCode(const std::string& s) {
  std::string out;
  for (char c : MarkdownCode(s)) {
    if (c == '|') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string MarkdownLinkTarget(const std::string& url) {
  std::string out;
  for (char ch : url) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c > 0x20 && c < 0x7F && !std::strchr("()<>`\\\"'|[]{}^ ", c)) out.push_back(ch);
    else out += Percent(c);
  }
  return out;
}

std::string PercentEncodePath(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c != '\0' && (std::isalnum(static_cast<unsigned char>(c)) || std::strchr("/-_.~", c)))
      out.push_back(c);
    else out += Percent(static_cast<unsigned char>(c));
  }
  return out;
}

}  // namespace prowlint
