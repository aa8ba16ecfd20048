// SPDX-License-Identifier: Apache-2.0
// See source_set.h.
#include "lint/base/source_set.h"


namespace prowlint {

void SourceSet::MapReads(const std::string& read_prefix, const std::string& display_prefix) {
  if (read_prefix != display_prefix) reads_.emplace_back(read_prefix, display_prefix);
}

std::string SourceSet::Display(const std::string& path) const {
  for (const auto& [read, display] : reads_) {
    if (path.compare(0, read.size(), read) != 0) continue;
    // A whole path component: "jobs" does not map "jobs2/x".
    const bool whole = path.size() == read.size() || read.back() == '/' || path[read.size()] == '/';
    if (whole) return display + path.substr(read.size());
  }
  return path;
}

FileId SourceSet::Add(const std::string& given_path, bool sensitive) {
  const std::string display_path = reads_.empty() ? given_path : Display(given_path);
  auto [it, fresh] = ids_.emplace(display_path, static_cast<FileId>(files_.size()));
  if (fresh) {
    files_.push_back({display_path, sensitive, boundary_.ReachesInside(display_path)});
  } else {
    files_[it->second].sensitive = files_[it->second].sensitive || sensitive;
  }
  return it->second;
}

std::string FormatPosition(const SourceSet& sources, const Position& pos) {
  if (!pos.Known()) return "";
  std::string out = sources.Path(pos.file);
  if (pos.line > 0) out += ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
  return out;
}

}  // namespace prowlint
