// See gitignore.h. Follows git's documented pattern rules.
#include "lint/gitignore.h"

#include "lint/text.h"

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

bool GlobMatch(std::string_view glob, std::string_view path) {
  while (!glob.empty()) {
    if (glob.substr(0, 2) == "**") {
      std::string_view rest = glob.substr(2);
      if (!rest.empty() && rest.front() == '/') {
        // "**/" matches zero or more whole directories.
        rest.remove_prefix(1);
        for (std::size_t i = 0;; ++i) {
          if ((i == 0 || path[i - 1] == '/') && GlobMatch(rest, path.substr(i))) return true;
          if (i >= path.size()) return false;
        }
      }
      for (std::size_t i = 0; i <= path.size(); ++i) {
        if (GlobMatch(rest, path.substr(i))) return true;
      }
      return false;
    }
    const char g = glob.front();
    if (g == '*') {
      std::string_view rest = glob.substr(1);
      for (std::size_t i = 0; i <= path.size(); ++i) {
        if (GlobMatch(rest, path.substr(i))) return true;
        if (i < path.size() && path[i] == '/') return false;
      }
      return false;
    }
    if (path.empty()) return false;
    if (g == '?') {
      if (path.front() == '/') return false;
      glob.remove_prefix(1);
      path.remove_prefix(1);
      continue;
    }
    if (g == '[') {
      std::size_t len = 0;
      if (auto m = MatchClass(glob, path.front(), len)) {
        if (!*m || path.front() == '/') return false;
        glob.remove_prefix(len);
        path.remove_prefix(1);
        continue;
      }
      // An unterminated '[' is a literal.
    }
    char literal = g;
    if (g == '\\' && glob.size() > 1) {
      literal = glob[1];
      glob.remove_prefix(1);
    }
    if (path.front() != literal) return false;
    glob.remove_prefix(1);
    path.remove_prefix(1);
  }
  return path.empty();
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
