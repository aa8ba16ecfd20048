// SPDX-License-Identifier: Apache-2.0
// Fuzzes .prowignore parsing and glob matching: the input is the
// .prowignore text, then (after a line "@@") paths to decide, one per line.
// Each path is also matched as a glob against the others (ignore-paths),
// and short globs are checked against a plain backtracking matcher.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "fuzz/fuzz_util.h"
#include "lint/base/gitignore.h"

namespace {

// The reference: the obvious recursive matcher (exponential in the number
// of stars, so only run on short globs), with the semantics GlobMatch
// documents: * and ? stop at '/', ** crosses it, **/ matches whole
// directories, [...] classes, backslash escapes.
std::optional<bool> Class(std::string_view glob, char c, std::size_t& len) {
  std::size_t i = 1;
  bool negate = false;
  if (i < glob.size() && (glob[i] == '!' || glob[i] == '^')) negate = true, ++i;
  bool matched = false, first = true;
  while (i < glob.size() && (glob[i] != ']' || first)) {
    first = false;
    char lo = glob[i];
    if (lo == '\\' && i + 1 < glob.size()) lo = glob[++i];
    char hi = lo;
    if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') hi = glob[i + 2], i += 2;
    if (c >= lo && c <= hi) matched = true;
    ++i;
  }
  if (i >= glob.size()) return std::nullopt;
  len = i + 1;
  return matched != negate;
}

bool Reference(std::string_view glob, std::string_view path) {
  if (glob.empty()) return path.empty();
  if (glob.substr(0, 3) == "**/") {
    for (std::size_t i = 0; i <= path.size(); ++i)
      if ((i == 0 || path[i - 1] == '/') && Reference(glob.substr(3), path.substr(i))) return true;
    return false;
  }
  if (glob.substr(0, 2) == "**") {
    for (std::size_t i = 0; i <= path.size(); ++i)
      if (Reference(glob.substr(2), path.substr(i))) return true;
    return false;
  }
  if (glob[0] == '*') {
    for (std::size_t i = 0; i <= path.size(); ++i) {
      if (Reference(glob.substr(1), path.substr(i))) return true;
      if (i < path.size() && path[i] == '/') return false;
    }
    return false;
  }
  if (path.empty()) return false;
  if (glob[0] == '?') return path[0] != '/' && Reference(glob.substr(1), path.substr(1));
  std::size_t len = 0;
  if (glob[0] == '[') {
    if (auto m = Class(glob, path[0], len))
      return *m && path[0] != '/' && Reference(glob.substr(len), path.substr(1));
  }
  std::size_t skip = 1;
  char literal = glob[0];
  if (literal == '\\' && glob.size() > 1) literal = glob[1], skip = 2;
  return path[0] == literal && Reference(glob.substr(skip), path.substr(1));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  const std::string_view text = prowlint::fuzz::Text(data, size, nullptr);
  const std::vector<std::string_view> parts = fuzz::Split(text, "\n@@\n", 2);
  const IgnoreFile ignore = IgnoreFile::Parse(parts[0]);
  std::vector<std::string_view> paths = {"jobs/a.yaml", "a/b/c/d.yml", "x"};
  if (parts.size() > 1) {
    const std::vector<std::string_view> more = fuzz::Split(parts[1], "\n", 64);
    paths.insert(paths.end(), more.begin(), more.end());
  }
  for (std::string_view path : paths) {
    (void)ignore.Match(path, false);
    (void)ignore.Match(path, true);
    for (std::string_view glob : paths) {
      const bool got = GlobMatch(glob, path);
      if (std::count(glob.begin(), glob.end(), '*') <= 4 && glob.size() <= 24 &&
          path.size() <= 48 && got != Reference(glob, path))
        std::abort();
    }
  }
  return 0;
}
