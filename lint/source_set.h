// The input files of one run, named as the user gave them. Findings refer to
// files by FileId; reporters turn ids back into paths.
#pragma once

#include <string>
#include <vector>

#include "lint/position.h"

namespace prowlint {

class SourceSet {
 public:
  /// Registers a file under the path to show in output (as given on the
  /// command line, relative stays relative) and returns its id. Registering
  /// the same path twice returns the first id.
  FileId Add(const std::string& display_path);

  /// REQUIRES: `id` was returned by Add().
  const std::string& Path(FileId id) const { return paths_[id]; }
  std::size_t size() const { return paths_.size(); }

 private:
  std::vector<std::string> paths_;
};

}  // namespace prowlint
