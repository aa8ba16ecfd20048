// SPDX-License-Identifier: Apache-2.0
// The input files of one run, named as the user gave them. Findings refer to
// files by FileId; reporters turn ids back into paths.
#pragma once

#include <string>
#include <utility>
#include <unordered_map>
#include <vector>

#include "lint/base/input_boundary.h"
#include "lint/base/position.h"

namespace prowlint {

class SourceSet {
 public:
  /// Registers a file under the path to show in output (as given on the
  /// command line, relative stays relative) and returns its id. Registering
  /// the same path twice returns the first id. `sensitive` marks files that
  /// may hold secret material (credentials, inventories): reporters never
  /// quote their lines.
  /// A path that maps to another display path (MapReads) is registered under
  /// that one.
  FileId Add(const std::string& display_path, bool sensitive = false);

  /// The base side of a comparison reads its inputs elsewhere (a snapshot of
  /// the base revision, a --base checkout) but must name them as the head
  /// does, so the two sides' findings and parses line up: a path read at
  /// `read_prefix` (itself, or a file under it) is shown as `display_prefix`
  /// plus the rest. Loaders keep opening the paths they are given.
  void MapReads(const std::string& read_prefix, const std::string& display_prefix);
  /// Forgets every MapReads (a copy that seeds the other side's ids).
  void ClearReadMaps() { reads_.clear(); }
  /// `path` as it is shown: through the first MapReads prefix it starts with.
  std::string Display(const std::string& path) const;

  /// Where the run may read; files registered from now on that reach
  /// outside its repository are never quoted.
  void SetBoundary(InputBoundary boundary) { boundary_ = std::move(boundary); }
  const InputBoundary& boundary() const { return boundary_; }

  /// REQUIRES: `id` was returned by Add().
  const std::string& Path(FileId id) const { return files_[id].path; }
  bool Sensitive(FileId id) const { return files_[id].sensitive; }
  /// Whether a report may show the file's lines: not sensitive, and inside
  /// the repository (input_boundary.h).
  bool Quotable(FileId id) const { return !files_[id].sensitive && files_[id].inside; }
  std::size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string path;
    bool sensitive;
    bool inside;  // reaches a place inside the boundary's repository
  };
  std::vector<File> files_;
  std::unordered_map<std::string, FileId> ids_;
  std::vector<std::pair<std::string, std::string>> reads_;  // read prefix, display prefix
  InputBoundary boundary_;
};

/// "file:line:col", "file" for line 0, "" for no file.
std::string FormatPosition(const SourceSet& sources, const Position& pos);

}  // namespace prowlint
