// SPDX-License-Identifier: Apache-2.0
// The base revision's inputs for --base-ref, read from the git repository
// they live in without a second checkout: git ls-tree lists the input paths
// at the revision and git cat-file --batch hands over their blobs raw, which
// are written into a temporary directory removed when the snapshot goes away.
// Raw: no smudge filter, textconv, hook or pager runs, whatever the base
// tree's .gitattributes say.
//
// Through the git CLI rather than libgit2: git is already there wherever the
// repository is, and it handles every repository form a CI checkout takes
// (worktrees, shallow and partial clones, alternates) that libgit2 lags on.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "lint/load/base_inputs.h"

namespace prowlint {

class GitSnapshot {
 public:
  /// Writes the input `paths` (as given: relative to the working directory
  /// or absolute, inside its git repository) as they are at `ref` into a new
  /// temporary directory. Returns nullptr and sets `error` when git cannot
  /// (no repository, no such revision, git missing). `created` is called
  /// with the directory as soon as it exists (for a signal handler).
  static std::unique_ptr<GitSnapshot> Create(
      const std::string& ref, const std::vector<std::string>& paths, std::string& error,
      const std::function<void(const std::string&)>& created = {});
  ~GitSnapshot();
  GitSnapshot(const GitSnapshot&) = delete;
  GitSnapshot& operator=(const GitSnapshot&) = delete;

  /// Where the base side reads input `given`: in the snapshot when it is a
  /// file or directory git tracks inside the repository (absent when the
  /// revision lacks it); shared, the working tree's, when it is outside the
  /// repository, untracked (credentials, inventories) or in a submodule.
  BaseLocation Locate(const std::string& given) const;

  /// The temporary directory (for a signal handler that must remove it).
  const std::string& dir() const { return dir_; }
  /// The full commit id `ref` names.
  const std::string& commit() const { return commit_; }
  /// Submodules under the input paths (repository paths): their working-tree
  /// files stand for the base too, since their history is another
  /// repository's.
  const std::vector<std::string>& submodules() const { return submodules_; }
  /// Symlinks at the revision that lead out of the repository (repository
  /// paths): not written, so the base side does not read them.
  const std::vector<std::string>& links_out() const { return links_out_; }

 private:
  GitSnapshot() = default;
  // The repository path of `given`, symlinks resolved; false when it is
  // outside the repository.
  bool RepoPath(const std::string& given, std::string& rel) const;

  std::string toplevel_;  // the repository's top, canonical
  std::string dir_;       // the temporary directory: the repository's top at the revision
  std::string commit_;
  std::set<std::string> tracked_;  // tracked files under the input paths (the index)
  std::set<std::string> in_base_;  // files and their directories at the revision
  std::vector<std::string> submodules_;
  std::vector<std::string> links_out_;
};

}  // namespace prowlint
