// The input files of one run, named as the user gave them. Findings refer to
// files by FileId; reporters turn ids back into paths.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "lint/position.h"

namespace prowlint {

class SourceSet {
 public:
  /// Registers a file under the path to show in output (as given on the
  /// command line, relative stays relative) and returns its id. Registering
  /// the same path twice returns the first id. `sensitive` marks files that
  /// may hold secret material (credentials, inventories): reporters never
  /// quote their lines.
  FileId Add(const std::string& display_path, bool sensitive = false);

  /// REQUIRES: `id` was returned by Add().
  const std::string& Path(FileId id) const { return files_[id].path; }
  bool Sensitive(FileId id) const { return files_[id].sensitive; }
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string path;
    bool sensitive;
  };
  std::vector<File> files_;
  std::unordered_map<std::string, FileId> ids_;
};

}  // namespace prowlint
