// SPDX-License-Identifier: Apache-2.0
// See go_formats.h. Cron follows robfig/cron v3 with SecondOptional and
// Descriptor: Prow's cronParser since kubernetes-sigs/prow #728 (merged
// 2026-05-26; config validation and horologium both), which replaced
// gopkg.in/robfig/cron.v2's Parse. What v2 alone accepted or refused is not
// modelled: older tags are judged by v3's grammar.
#include "lint/go/go_formats.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace prowlint {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::vector<std::string_view> Fields(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    const std::size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

struct Bounds {
  int min, max;
  std::vector<std::string_view> names;  // names[i] means min + i
};

const Bounds kSeconds{0, 59, {}};
const Bounds kMinutes{0, 59, {}};
const Bounds kHours{0, 23, {}};
const Bounds kDom{1, 31, {}};
const Bounds kMonths{
    1, 12, {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}};
const Bounds kDow{0, 6, {"sun", "mon", "tue", "wed", "thu", "fri", "sat"}};

// A number or (for months and weekdays) a name; -1 when neither.
long Value(std::string_view s, const Bounds& b) {
  const std::string lower = Lower(s);
  for (std::size_t i = 0; i < b.names.size(); ++i)
    if (lower == b.names[i]) return b.min + static_cast<long>(i);
  if (s.empty() || s.size() > 9) return -1;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
  return std::stol(std::string(s));
}

std::string RangeError(std::string_view expr, const Bounds& b) {
  const std::vector<std::string_view> step = Split(expr, '/');
  if (step.size() > 2) return "too many slashes: " + std::string(expr);
  const std::vector<std::string_view> span = Split(step[0], '-');
  long start = 0, end = 0;
  if (span[0] == "*" || span[0] == "?") {
    if (span.size() > 1) return "too many hyphens: " + std::string(expr);
    start = b.min;
    end = b.max;
  } else {
    if (span.size() > 2) return "too many hyphens: " + std::string(expr);
    start = Value(span[0], b);
    if (start < 0) return "failed to parse int from " + std::string(span[0]);
    end = start;
    if (span.size() == 2) {
      end = Value(span[1], b);
      if (end < 0) return "failed to parse int from " + std::string(span[1]);
    }
  }
  if (step.size() == 2) {
    const long n = Value(step[1], Bounds{0, 0, {}});
    if (n < 0) return "failed to parse int from " + std::string(step[1]);
    if (n == 0) return "step of range should be a positive number: " + std::string(expr);
    if (span.size() == 1 && span[0] != "*" && span[0] != "?") end = b.max;  // "N/step"
  }
  if (start < b.min)
    return "beginning of range (" + std::to_string(start) + ") below minimum (" +
           std::to_string(b.min) + "): " + std::string(expr);
  if (end > b.max)
    return "end of range (" + std::to_string(end) + ") above maximum (" + std::to_string(b.max) +
           "): " + std::string(expr);
  if (start > end)
    return "beginning of range (" + std::to_string(start) + ") beyond end of range (" +
           std::to_string(end) + "): " + std::string(expr);
  return "";
}

std::string FieldError(std::string_view field, const Bounds& b) {
  // strings.FieldsFunc: empty parts ("22,") are dropped, not refused.
  for (std::string_view expr : Split(field, ',')) {
    if (expr.empty()) continue;
    std::string e = RangeError(expr, b);
    if (!e.empty()) return e;
  }
  return "";
}

}  // namespace

std::string GoDurationError(std::string_view text) {
  const std::string bad = "time: invalid duration \"" + std::string(text) + "\"";
  std::string_view s = text;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s == "0") return "";
  if (s.empty()) return bad;
  while (!s.empty()) {
    std::size_t i = 0;
    std::size_t int_digits = 0, frac_digits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++int_digits;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i, ++frac_digits;
    }
    if (int_digits == 0 && frac_digits == 0) return bad;
    std::size_t u = i;
    while (u < s.size() && s[u] != '.' && !std::isdigit(static_cast<unsigned char>(s[u]))) ++u;
    const std::string_view unit = s.substr(i, u - i);
    if (unit.empty()) return "time: missing unit in duration \"" + std::string(text) + "\"";
    static const std::string_view kUnits[] = {"ns", "us", "\xC2\xB5s", "\xCE\xBCs",
                                              "ms", "s",  "m",         "h"};
    if (std::find(std::begin(kUnits), std::end(kUnits), unit) == std::end(kUnits))
      return "time: unknown unit \"" + std::string(unit) + "\" in duration \"" + std::string(text) +
             "\"";
    s.remove_prefix(u);
  }
  return "";
}

std::string CronError(std::string_view spec) {
  std::string_view s = spec;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  if (s.empty()) return "empty spec string";
  if (s.rfind("TZ=", 0) == 0 || s.rfind("CRON_TZ=", 0) == 0) {
    const std::size_t space = s.find(' ');
    if (space == std::string_view::npos) return "provided bad location " + std::string(s);
    s.remove_prefix(space);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  }
  if (!s.empty() && s[0] == '@') {
    for (std::string_view d :
         {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"})
      if (s == d) return "";
    if (s.rfind("@every ", 0) == 0) {
      std::string e = GoDurationError(s.substr(7));
      return e.empty() ? "" : "failed to parse duration " + std::string(s) + ": " + e;
    }
    return "unrecognized descriptor: " + std::string(s);
  }
  std::vector<std::string_view> fields = Fields(s);
  if (fields.size() < 5 || fields.size() > 6)
    return "expected 5 to 6 fields, found " + std::to_string(fields.size()) + ": " + std::string(s);
  const std::vector<const Bounds*> six{&kSeconds, &kMinutes, &kHours, &kDom, &kMonths, &kDow};
  const std::size_t skip = fields.size() == 5 ? 1 : 0;  // seconds are optional
  for (std::size_t i = 0; i < fields.size(); ++i) {
    std::string e = FieldError(fields[i], *six[i + skip]);
    if (!e.empty()) return e;
  }
  return "";
}

namespace {

// getScheme: a letter, then letters, digits, '+', '-', '.', then ':'.
std::size_t SchemeEnd(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (std::isalpha(static_cast<unsigned char>(c))) continue;
    if (i > 0 && (std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'))
      continue;
    return c == ':' && i > 0 ? i : std::string_view::npos;
  }
  return std::string_view::npos;
}

bool TSpecial(char c) {
  return std::string_view("()<>@,;:\\\"/[]?=").find(c) != std::string_view::npos;
}

bool Token(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f ||
        TSpecial(c))
      return false;
  return true;
}

}  // namespace

std::string GoUrlScheme(std::string_view text) {
  const std::size_t end = SchemeEnd(text);
  return end == std::string_view::npos ? "" : Lower(text.substr(0, end));
}

std::string GoUrlError(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      return "net/url: invalid control character in URL";
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') continue;
    if (i + 2 >= text.size() || !std::isxdigit(static_cast<unsigned char>(text[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(text[i + 2])))
      return "invalid URL escape \"" + std::string(text.substr(i, 3)) + "\"";
  }
  std::string_view rest = text.substr(0, text.find('#'));
  const std::size_t scheme = SchemeEnd(rest);
  if (scheme == std::string_view::npos) {
    // Without a scheme, a colon before the first slash reads as one.
    const std::size_t colon = rest.find(':');
    const std::size_t slash = rest.find('/');
    if (colon != std::string_view::npos && (slash == std::string_view::npos || colon < slash))
      return "first path segment in URL cannot contain colon";
    return "";
  }
  rest = rest.substr(scheme + 1);
  if (rest.substr(0, 2) != "//") return "";
  rest = rest.substr(2);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?"));
  authority = authority.substr(
      authority.rfind('@') == std::string_view::npos ? 0 : authority.rfind('@') + 1);
  std::string_view host = authority;
  if (!host.empty() && host.front() == '[') {
    const std::size_t close = host.find(']');
    if (close == std::string_view::npos) return "missing ']' in host";
    host = host.substr(close + 1);
    if (!host.empty() && host.front() != ':') return "invalid port after host";
  }
  const std::size_t colon = host.rfind(':');
  if (colon != std::string_view::npos) {
    for (char c : host.substr(colon + 1))
      if (!std::isdigit(static_cast<unsigned char>(c)))
        return "invalid port \"" + std::string(host.substr(colon)) + "\" after host";
    host = host.substr(0, colon);
  }
  for (char c : host)
    if (std::string_view(" <>\"{}|\\^`").find(c) != std::string_view::npos)
      return "invalid character \"" + std::string(1, c) + "\" in host name";
  return "";
}

std::string MediaTypeError(std::string_view text) {
  std::string_view base = text.substr(0, text.find(';'));
  while (!base.empty() && std::isspace(static_cast<unsigned char>(base.front())))
    base.remove_prefix(1);
  while (!base.empty() && std::isspace(static_cast<unsigned char>(base.back())))
    base.remove_suffix(1);
  const std::size_t slash = base.find('/');
  if (!Token(base.substr(0, slash))) return "mime: no media type";
  if (slash != std::string_view::npos && !Token(base.substr(slash + 1)))
    return "mime: expected token after slash";
  return "";
}

}  // namespace prowlint
