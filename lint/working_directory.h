// Runs a block in another working directory and comes back, so the base side
// of a comparison reads the same relative paths under another root and shows
// them under the same names (fingerprints compare by path).
#pragma once

#include <filesystem>
#include <string>

namespace prowlint {

class ScopedWorkingDirectory {
 public:
  /// Changes to `dir`; ok() is false (and nothing changed) when it cannot.
  explicit ScopedWorkingDirectory(const std::string& dir);
  ~ScopedWorkingDirectory();
  ScopedWorkingDirectory(const ScopedWorkingDirectory&) = delete;
  ScopedWorkingDirectory& operator=(const ScopedWorkingDirectory&) = delete;

  bool ok() const { return ok_; }
  const std::string& error() const { return error_; }

 private:
  std::filesystem::path previous_;
  bool ok_ = false;
  std::string error_;
};

}  // namespace prowlint
