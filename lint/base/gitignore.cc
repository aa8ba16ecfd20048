// SPDX-License-Identifier: Apache-2.0
// See gitignore.h. Follows git's documented pattern rules.
#include "lint/base/gitignore.h"

#include <algorithm>

#include "lint/base/text.h"

namespace prowlint {
namespace {

// Matches one [...] class at the start of `glob` against `c`; sets `len` to
// the class's length. Returns nullopt for an unterminated class.
std::optional<bool> MatchClass(std::string_view glob, char c, std::size_t& len) {
  std::size_t i = 1;
  bool negate = false;
  if (i < glob.size() && (glob[i] == '!' || glob[i] == '^')) {
    negate = true;
    ++i;
  }
  bool matched = false;
  bool first = true;
  while (i < glob.size() && (glob[i] != ']' || first)) {
    first = false;
    char lo = glob[i];
    if (lo == '\\' && i + 1 < glob.size()) lo = glob[++i];
    char hi = lo;
    if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') {
      hi = glob[i + 2];
      i += 2;
    }
    if (c >= lo && c <= hi) matched = true;
    ++i;
  }
  if (i >= glob.size()) return std::nullopt;
  len = i + 1;
  return matched != negate;
}

}  // namespace

namespace {

// One step of a glob. A glob becomes a list of these, and matching runs them
// as a set of states over the path (Thompson's construction), so the work is
// at most glob length x path length, whatever the stars; trying every split
// for each star was exponential in their number.
struct GlobToken {
  enum class Kind : unsigned char {
    kLiteral,      // one given character
    kAnyChar,      // ?: one character but '/'
    kClass,        // [...]: one character of the class but '/'
    kStar,         // *: any run of characters without '/'
    kAnything,     // ** not before '/': any run of characters
    kDirectories,  // **/: "" or a run of characters ending in '/'
  };
  explicit GlobToken(Kind k, char c = 0, std::string_view class_text = {})
      : kind(k), literal(c), cls(class_text) {}

  // Whether the token can read `c` (for runs: one more character of the run).
  bool Accepts(char c) const {
    std::size_t len = 0;
    switch (kind) {
      case Kind::kLiteral:
        return c == literal;
      case Kind::kAnyChar:
      case Kind::kStar:
        return c != '/';
      case Kind::kClass:
        return c != '/' && MatchClass(cls, c, len).value_or(false);
      case Kind::kAnything:
      case Kind::kDirectories:
        return true;
    }
    return false;
  }
  bool IsRun() const { return kind == Kind::kStar || kind == Kind::kAnything; }

  Kind kind;
  char literal;
  std::string_view cls;  // the whole [...] for kClass
};

std::vector<GlobToken> Tokenize(std::string_view glob) {
  using Kind = GlobToken::Kind;
  std::vector<GlobToken> tokens;
  while (!glob.empty()) {
    if (glob.substr(0, 3) == "**/") {
      tokens.emplace_back(Kind::kDirectories);
      glob.remove_prefix(3);
      continue;
    }
    if (glob.substr(0, 2) == "**") {
      tokens.emplace_back(Kind::kAnything);
      glob.remove_prefix(2);
      continue;
    }
    const char g = glob.front();
    if (g == '*' || g == '?') {
      tokens.emplace_back(g == '*' ? Kind::kStar : Kind::kAnyChar);
      glob.remove_prefix(1);
      continue;
    }
    std::size_t len = 0;
    if (g == '[' && MatchClass(glob, 'x', len)) {  // terminated (whatever 'x' matches)
      tokens.emplace_back(Kind::kClass, 0, glob.substr(0, len));
      glob.remove_prefix(len);
      continue;
    }
    // Anything else, an unterminated '[' included, is a literal.
    if (g == '\\' && glob.size() > 1) glob.remove_prefix(1);
    tokens.emplace_back(Kind::kLiteral, glob.front());
    glob.remove_prefix(1);
  }
  return tokens;
}

// Marks token `i` as next to match, and every later one that the tokens in
// between let through without reading a character: a * or ** run, and a
// **/ that matches no directory.
void Enter(const std::vector<GlobToken>& tokens, std::size_t i, std::vector<char>& at) {
  while (!at[i]) {
    at[i] = 1;
    if (i == tokens.size()) return;
    const GlobToken& t = tokens[i];
    if (!t.IsRun() && t.kind != GlobToken::Kind::kDirectories) return;
    ++i;
  }
}

}  // namespace

bool GlobMatch(std::string_view glob, std::string_view path) {
  const std::vector<GlobToken> tokens = Tokenize(glob);
  const std::size_t n = tokens.size();
  // at[i]: the path read so far leaves tokens[i] next (at[n]: all matched).
  // inside[i]: the path read so far ends inside the directories of a **/
  // token i, which can only be left right after a '/'.
  std::vector<char> at(n + 1, 0), inside(n, 0), next_at(n + 1), next_inside(n);
  Enter(tokens, 0, at);
  for (const char c : path) {
    std::fill(next_at.begin(), next_at.end(), 0);
    std::fill(next_inside.begin(), next_inside.end(), 0);
    bool alive = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (!(at[i] || inside[i]) || !tokens[i].Accepts(c)) continue;
      alive = true;
      const GlobToken& t = tokens[i];
      if (t.kind == GlobToken::Kind::kDirectories) {
        next_inside[i] = 1;
        if (c == '/') Enter(tokens, i + 1, next_at);
      } else {
        Enter(tokens, t.IsRun() ? i : i + 1, next_at);
      }
    }
    if (!alive) return false;
    at.swap(next_at);
    inside.swap(next_inside);
  }
  return at[n] != 0;
}

IgnoreFile IgnoreFile::Parse(std::string_view text) {
  IgnoreFile file;
  LineReader lines(text);
  for (std::string_view raw; lines.Next(raw);) {
    std::string line(raw);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Trailing spaces are dropped unless escaped.
    while (!line.empty() && line.back() == ' ' &&
           (line.size() < 2 || line[line.size() - 2] != '\\'))
      line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    Pattern p;
    if (line.front() == '!') {
      p.negate = true;
      line.erase(0, 1);
    } else if (line.front() == '\\' && line.size() > 1 && (line[1] == '#' || line[1] == '!')) {
      line.erase(0, 1);
    }
    if (!line.empty() && line.back() == '/') {
      p.dir_only = true;
      line.pop_back();
    }
    if (line.empty()) continue;
    p.anchored = line.find('/') != std::string::npos;
    if (line.front() == '/') line.erase(0, 1);
    p.glob = line;
    file.patterns_.push_back(std::move(p));
  }
  return file;
}

std::optional<bool> IgnoreFile::Match(std::string_view path, bool is_dir) const {
  std::optional<bool> result;
  const auto slash = path.rfind('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (const Pattern& p : patterns_) {
    if (p.dir_only && !is_dir) continue;
    const bool hit = p.anchored ? GlobMatch(p.glob, path) : GlobMatch(p.glob, base);
    if (hit) result = !p.negate;
  }
  return result;
}

}  // namespace prowlint
