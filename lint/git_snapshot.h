// The base revision's inputs for --base-ref, read from the git repository
// they live in without a second checkout: git ls-tree finds which input paths
// exist at the revision and git archive | tar writes only those files into a
// temporary directory, removed when the snapshot goes away.
//
// Through the git CLI rather than libgit2: git is already there wherever the
// repository is, and it handles every repository form a CI checkout takes
// (worktrees, shallow and partial clones, alternates) that libgit2 lags on.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace prowlint {

class GitSnapshot {
 public:
  /// Writes `paths` (relative to the working directory, inside its git
  /// repository) as they are at `ref` into a new temporary directory. Paths
  /// outside the repository (absolute, or leaving it through ..) are not
  /// copied: both sides read the same file. Returns nullptr and sets `error`
  /// when git cannot (no repository, no such revision, git missing).
  static std::unique_ptr<GitSnapshot> Create(const std::string& ref,
                                             const std::vector<std::string>& paths,
                                             std::string& error);
  ~GitSnapshot();
  GitSnapshot(const GitSnapshot&) = delete;
  GitSnapshot& operator=(const GitSnapshot&) = delete;

  /// Where the working directory's counterpart is: relative input paths
  /// resolve under it as they do under the working directory.
  const std::string& root() const { return root_; }
  /// The full commit id `ref` names.
  const std::string& commit() const { return commit_; }

 private:
  GitSnapshot() = default;
  std::string dir_;   // the temporary directory (the repository's top)
  std::string root_;  // dir_ plus the working directory's prefix in the repository
  std::string commit_;
};

}  // namespace prowlint
