// SPDX-License-Identifier: Apache-2.0
// See input_boundary.h.
#include "lint/base/input_boundary.h"

#include <filesystem>

namespace prowlint {
namespace fs = std::filesystem;
namespace {

// `path` as written, made absolute and without "." or ".." (symlinks kept).
fs::path Lexical(const std::string& path) {
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  if (ec) abs = fs::path(path);
  return abs.lexically_normal();
}

// What `path` leads to: every symlink resolved, as far as the path exists.
fs::path Real(const std::string& path) {
  const fs::path lexical = Lexical(path);
  std::error_code ec;
  const fs::path real = fs::weakly_canonical(lexical, ec);
  return ec ? lexical : real;
}

// Whether `path` is `dir` or below it, comparing whole components.
bool Under(const fs::path& path, const fs::path& dir) {
  const fs::path rel = path.lexically_relative(dir);
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

InputBoundary::InputBoundary(const std::string& root) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(root, ec);
  root_ = ec ? Lexical(root).string() : canonical.string();
}

void InputBoundary::Name(const std::string& path) {
  if (!enforced() || path.empty() || path == "-") return;
  const fs::path real = Real(path);
  if (!Under(real, root_)) named_.push_back(real.string());
}

bool InputBoundary::WrittenInside(const std::string& path) const {
  return !enforced() || Under(Lexical(path), root_);
}

bool InputBoundary::ReachesInside(const std::string& path) const {
  return !enforced() || Under(Real(path), root_);
}

bool InputBoundary::MayRead(const std::string& path) const {
  if (!enforced()) return true;
  const fs::path real = Real(path);
  if (Under(real, root_)) return true;
  for (const std::string& named : named_)
    if (Under(real, named)) return true;
  return false;
}

std::string NotReadOutside(const std::string& path) {
  return path + " is a symbolic link out of the repository and was not read; name its target "
                "on the command line to read it";
}

}  // namespace prowlint
