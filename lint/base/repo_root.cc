// SPDX-License-Identifier: Apache-2.0
// See repo_root.h.
#include "lint/base/repo_root.h"

#include <filesystem>

namespace prowlint {

std::string FindRepositoryRoot(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path current = fs::canonical(dir, ec);
  while (!ec) {
    if (fs::exists(current / ".git", ec)) return current.string();
    if (!current.has_parent_path() || current.parent_path() == current) break;
    current = current.parent_path();
  }
  return "";
}

}  // namespace prowlint
