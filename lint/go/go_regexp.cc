// SPDX-License-Identifier: Apache-2.0
// See go_regexp.h. The checker follows the parse of Go's regexp/syntax
// (Perl flags): the same error codes, the same operand in backquotes. It
// builds nothing, so it cannot disagree with Go about what matches, only
// about what compiles; where it is unsure it accepts.
#include "lint/go/go_regexp.h"

#include <cctype>
#include <regex>
#include <vector>

namespace prowlint {
namespace {

std::string Err(std::string_view code, std::string_view expr) {
  return std::string(code) + ": `" + std::string(expr) + "`";
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

class Checker {
 public:
  explicit Checker(std::string_view p) : p_(p) {}

  std::string Run() {
    while (i_ < p_.size()) {
      std::string e = Step();
      if (!e.empty()) return e;
    }
    if (!groups_.empty()) return Err("missing closing )", p_);
    return "";
  }

 private:
  // After '(' or '|' or at the start there is nothing to repeat.
  std::string Step() {
    const char c = p_[i_];
    switch (c) {
      case '(':
        return Group();
      case ')':
        if (groups_.empty()) return Err("unexpected )", p_);
        groups_.pop_back();
        ++i_;
        Atom();
        return "";
      case '|':
        ++i_;
        operand_ = false;
        last_repeat_ = std::string_view::npos;
        return "";
      case '*':
      case '+':
      case '?':
        return Repeat(i_, i_ + 1);
      case '{': {
        std::size_t end = 0;
        int lo = 0, hi = 0;
        if (!ParseRepeatBraces(i_, end, lo, hi)) {
          ++i_;  // not a repeat: a literal '{'
          Atom();
          return "";
        }
        if (lo > 1000 || hi > 1000 || (hi >= 0 && hi < lo))
          return Err("invalid repeat count", p_.substr(i_, end - i_));
        return Repeat(i_, end);
      }
      case '[':
        return Class();
      case '\\':
        return Escape();
      default:
        ++i_;
        Atom();
        return "";
    }
  }

  void Atom() {
    operand_ = true;
    last_repeat_ = std::string_view::npos;
  }

  std::string Repeat(std::size_t start, std::size_t end) {
    if (!operand_)
      return Err("missing argument to repetition operator", p_.substr(start, end - start));
    std::size_t after = end;
    if (after < p_.size() && p_[after] == '?') ++after;  // non-greedy
    // Perl forbids stacking repetitions: a** is an error, not a doubled star.
    if (last_repeat_ != std::string_view::npos)
      return Err("invalid nested repetition operator",
                 p_.substr(last_repeat_, after - last_repeat_));
    last_repeat_ = start;
    i_ = after;
    return "";
  }

  // {n}, {n,}, {n,m}: sets `end` past '}' and hi = -1 for "no maximum".
  bool ParseRepeatBraces(std::size_t at, std::size_t& end, int& lo, int& hi) const {
    std::size_t j = at + 1;
    auto number = [&](int& out) {
      const std::size_t start = j;
      long long v = 0;
      while (j < p_.size() && std::isdigit(static_cast<unsigned char>(p_[j]))) {
        if (v <= 100000) v = v * 10 + (p_[j] - '0');
        ++j;
      }
      if (j == start) return false;
      // Go refuses a leading zero in a multi-digit count as not a repeat.
      if (j - start > 1 && p_[start] == '0') return false;
      out = static_cast<int>(v);
      return true;
    };
    if (!number(lo)) return false;
    hi = lo;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      if (j < p_.size() && p_[j] == '}') {
        hi = -1;
      } else if (!number(hi)) {
        return false;
      }
    }
    if (j >= p_.size() || p_[j] != '}') return false;
    end = j + 1;
    return true;
  }

  std::string Group() {
    const std::size_t start = i_;
    if (i_ + 1 < p_.size() && p_[i_ + 1] == '?') {
      std::string_view t = p_.substr(i_);
      const bool with_p = t.size() > 4 && t[2] == 'P' && t[3] == '<';
      const bool bare = t.size() > 3 && t[2] == '<';
      if (with_p || bare) {
        const std::size_t close = t.find('>');
        if (close == std::string_view::npos) return Err("invalid named capture", t);
        const std::string_view name = t.substr(with_p ? 4 : 3, close - (with_p ? 4 : 3));
        bool ok = !name.empty();
        for (char ch : name) ok = ok && IsWordChar(ch);
        if (!ok) return Err("invalid named capture", t.substr(0, close + 1));
        groups_.push_back(start);
        i_ += close + 1;
        operand_ = false;
        last_repeat_ = std::string_view::npos;
        return "";
      }
      // Flags: (?i) (?-s:...) ...
      std::size_t j = i_ + 2;
      bool negated = false, saw_flag = false;
      while (j < p_.size()) {
        const char f = p_[j++];
        if (f == 'i' || f == 'm' || f == 's' || f == 'U') {
          saw_flag = true;
        } else if (f == '-' && !negated) {
          negated = true;
          saw_flag = false;
        } else if ((f == ':' || f == ')') && !(negated && !saw_flag)) {
          i_ = j;
          if (f == ':') {
            groups_.push_back(start);
            operand_ = false;
            last_repeat_ = std::string_view::npos;
          }
          return "";
        } else {
          return Err("invalid or unsupported Perl syntax", p_.substr(start, j - start));
        }
      }
      return Err("invalid or unsupported Perl syntax", p_.substr(start));
    }
    groups_.push_back(start);
    ++i_;
    operand_ = false;
    last_repeat_ = std::string_view::npos;
    return "";
  }

  // One escape at i_ (a backslash); `in_class` allows no \b \B \A \z.
  // Sets `rune` to the escaped character when it is a single one (for class
  // ranges), else -1.
  std::string EscapeAt(bool in_class, long& rune) {
    const std::size_t start = i_;
    rune = -1;
    if (i_ + 1 >= p_.size()) return Err("trailing backslash at end of expression", "");
    const char c = p_[i_ + 1];
    i_ += 2;
    if (c >= '1' && c <= '7') {
      // A lone digit would be a back-reference, which RE2 does not have;
      // followed by octal digits it is an octal escape.
      if (i_ >= p_.size() || p_[i_] < '0' || p_[i_] > '7')
        return Err("invalid escape sequence", p_.substr(start, i_ - start));
    }
    if (c >= '0' && c <= '7') {
      long v = c - '0';
      for (int k = 0; k < 2 && i_ < p_.size() && p_[i_] >= '0' && p_[i_] <= '7'; ++k)
        v = v * 8 + (p_[i_++] - '0');
      rune = v;
      return "";
    }
    if (c == 'x') {
      if (i_ < p_.size() && p_[i_] == '{') {
        const std::size_t close = p_.find('}', i_);
        bool ok = close != std::string_view::npos && close > i_ + 1;
        long v = 0;
        for (std::size_t k = i_ + 1; ok && k < close; ++k) {
          ok = std::isxdigit(static_cast<unsigned char>(p_[k])) != 0;
          if (ok && v <= 0x10FFFF) v = v * 16 + std::stol(std::string(1, p_[k]), nullptr, 16);
        }
        if (!ok || v > 0x10FFFF)
          return Err(
              "invalid escape sequence",
              p_.substr(start, (close == std::string_view::npos ? p_.size() : close + 1) - start));
        i_ = close + 1;
        rune = v;
        return "";
      }
      if (i_ + 1 < p_.size() && std::isxdigit(static_cast<unsigned char>(p_[i_])) &&
          std::isxdigit(static_cast<unsigned char>(p_[i_ + 1]))) {
        rune = std::stol(std::string(p_.substr(i_, 2)), nullptr, 16);
        i_ += 2;
        return "";
      }
      return Err("invalid escape sequence", p_.substr(start, std::min(p_.size(), i_ + 2) - start));
    }
    switch (c) {
      case 'a':
        rune = 7;
        return "";
      case 'f':
        rune = 12;
        return "";
      case 'n':
        rune = 10;
        return "";
      case 'r':
        rune = 13;
        return "";
      case 't':
        rune = 9;
        return "";
      case 'v':
        rune = 11;
        return "";
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        return "";
      case 'p':
      case 'P':
        if (i_ >= p_.size()) return Err("invalid character class range", p_.substr(start));
        if (p_[i_] == '{') {
          const std::size_t close = p_.find('}', i_);
          if (close == std::string_view::npos)
            return Err("invalid character class range", p_.substr(start));
          i_ = close + 1;
        } else {
          ++i_;
        }
        return "";
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        if (!in_class) return "";
        break;
      default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c))) {
      rune = static_cast<unsigned char>(c);  // an escaped punctuation character
      return "";
    }
    return Err("invalid escape sequence", p_.substr(start, 2));
  }

  std::string Escape() {
    if (i_ + 1 < p_.size() && p_[i_ + 1] == 'Q') {
      // \Q...\E: literal text.
      const std::size_t end = p_.find("\\E", i_ + 2);
      i_ = end == std::string_view::npos ? p_.size() : end + 2;
      Atom();
      return "";
    }
    long rune = 0;
    std::string e = EscapeAt(false, rune);
    if (!e.empty()) return e;
    Atom();
    return "";
  }

  std::string Class() {
    const std::size_t start = i_;
    ++i_;
    if (i_ < p_.size() && p_[i_] == '^') ++i_;
    bool first = true;
    while (i_ < p_.size() && (first || p_[i_] != ']')) {
      // A leading ']' is a literal; with Perl flags so is a '-' anywhere.
      first = false;
      if (p_.substr(i_, 2) == "[:") {
        const std::size_t close = p_.find(":]", i_ + 2);
        if (close != std::string_view::npos) {
          static const char* kNames[] = {"alnum", "alpha", "ascii", "blank", "cntrl",
                                         "digit", "graph", "lower", "print", "punct",
                                         "space", "upper", "word",  "xdigit"};
          std::string_view name = p_.substr(i_ + 2, close - i_ - 2);
          if (!name.empty() && name[0] == '^') name.remove_prefix(1);
          bool known = false;
          for (const char* n : kNames) known = known || name == n;
          if (!known) return Err("invalid character class range", p_.substr(i_, close + 2 - i_));
          i_ = close + 2;
          continue;
        }
      }
      long lo = 0;
      std::string e = ClassChar(lo);
      if (!e.empty()) return e;
      if (lo >= 0 && i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']') {
        const std::size_t range_start = i_ - 1;
        ++i_;
        long hi = 0;
        e = ClassChar(hi);
        if (!e.empty()) return e;
        if (lo < 0 || hi < 0 || hi < lo)
          return Err("invalid character class range", p_.substr(range_start, i_ - range_start));
      }
    }
    if (i_ >= p_.size()) return Err("missing closing ]", p_.substr(start));
    ++i_;  // ']'
    Atom();
    return "";
  }

  // One character of a class (or a class escape such as \d: rune -1).
  std::string ClassChar(long& rune) {
    if (p_[i_] == '\\') return EscapeAt(true, rune);
    // One UTF-8 sequence.
    const unsigned char c = static_cast<unsigned char>(p_[i_]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    rune = c;
    if (len > 1) {
      rune = c & (0x7F >> len);
      for (std::size_t k = 1; k < len && i_ + k < p_.size(); ++k)
        rune = (rune << 6) | (static_cast<unsigned char>(p_[i_ + k]) & 0x3F);
    }
    i_ = std::min(p_.size(), i_ + len);
    return "";
  }

  std::string_view p_;
  std::size_t i_ = 0;
  std::vector<std::size_t> groups_;
  bool operand_ = false;
  std::size_t last_repeat_ = std::string_view::npos;
};

}  // namespace

std::string GoRegexpError(std::string_view pattern) { return Checker(pattern).Run(); }

namespace {

// The patterns std::regex's ECMAScript grammar reads as Go does; nullopt
// for one it may read differently. A leading flag group of Go's `i`, `m`
// (and `s` where the pattern has no `.`) becomes std::regex's flags, and
// `(?:` is ECMAScript too: Prow's own default trigger starts with `(?m)`.
std::optional<std::regex> Compile(std::string_view pattern) {
  if (!GoRegexpError(pattern).empty()) return std::nullopt;
  auto flags = std::regex::ECMAScript;
  if (pattern.rfind("(?", 0) == 0 && pattern.size() > 2 && pattern[2] != ':') {
    const auto close = pattern.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    for (char c : pattern.substr(2, close - 2)) {
      if (c == 'i') {
        flags |= std::regex::icase;
      } else if (c == 'm') {
        flags |= std::regex::multiline;
      } else if (c != 's' || pattern.find('.', close) != std::string_view::npos) {
        return std::nullopt;  // `s` makes `.` match newlines: ECMAScript has no such flag
      }
    }
    pattern.remove_prefix(close + 1);
  }
  for (std::size_t at = pattern.find("(?"); at != std::string_view::npos;
       at = pattern.find("(?", at + 2))
    if (pattern.compare(at, 3, "(?:") != 0) return std::nullopt;
  for (std::string_view unsupported : {"\\p", "\\P", "\\Q", "\\z", "\\A", "[:", "\\x{"})
    if (pattern.find(unsupported) != std::string_view::npos) return std::nullopt;
  for (char c : pattern)
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
  try {
    return std::regex{std::string(pattern), flags};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// ECMAScript counts \r as a line end (for `^`, `$` and `.`) and \v as a
// space (`\s`); Go does neither. Text holding one is not judged.
bool ReadAlike(std::string_view text) {
  return text.find_first_of("\r\v") == std::string_view::npos;
}

}  // namespace

std::optional<bool> GoRegexpMatches(std::string_view pattern, std::string_view text) {
  const std::optional<std::regex> re = Compile(pattern);
  if (!re || !ReadAlike(text)) return std::nullopt;
  return std::regex_search(std::string(text), *re);
}

struct GoRegexpCache::Compiled {
  std::optional<std::regex> re;
};

GoRegexpCache::GoRegexpCache() = default;
GoRegexpCache::~GoRegexpCache() = default;

std::optional<bool> GoRegexpCache::Matches(const std::string& pattern, std::string_view text) {
  auto [it, fresh] = compiled_.emplace(pattern, nullptr);
  if (fresh) it->second = std::make_unique<Compiled>(Compiled{Compile(pattern)});
  if (!it->second->re || !ReadAlike(text)) return std::nullopt;
  return std::regex_search(std::string(text), *it->second->re);
}

}  // namespace prowlint
