// See source_set.h.
#include "lint/source_set.h"


namespace prowlint {

FileId SourceSet::Add(const std::string& display_path, bool sensitive) {
  auto [it, fresh] = ids_.emplace(display_path, static_cast<FileId>(files_.size()));
  if (fresh) {
    files_.push_back({display_path, sensitive});
  } else {
    files_[it->second].sensitive = files_[it->second].sensitive || sensitive;
  }
  return it->second;
}

}  // namespace prowlint
