// See source_set.h.
#include "lint/source_set.h"

#include <algorithm>

namespace prowlint {

FileId SourceSet::Add(const std::string& display_path) {
  auto it = std::find(paths_.begin(), paths_.end(), display_path);
  if (it != paths_.end()) return static_cast<FileId>(it - paths_.begin());
  paths_.push_back(display_path);
  return static_cast<FileId>(paths_.size() - 1);
}

}  // namespace prowlint
