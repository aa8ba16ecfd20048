// SPDX-License-Identifier: Apache-2.0
// Where a run may read. A pull request controls the files of its repository,
// symlinks included, and its .prowlint.yaml; it does not control the command
// line. So what the command line names is read wherever it leads
// (../creds/kubeconfig, /etc/prow, a symlinked checkout), and so is what lies
// in it; anything else (a job file or kubeconfig that is a symlink out of its
// directory, a path in .prowlint.yaml) is read only when it leads into the
// repository. Lines of files outside the repository are never quoted.
#pragma once

#include <string>
#include <vector>

namespace prowlint {

class InputBoundary {
 public:
  /// No boundary: every path may be read and quoted (library tests, fuzzing).
  InputBoundary() = default;
  /// The repository at `root` (the working directory outside a repository).
  explicit InputBoundary(const std::string& root);

  /// A path the command line names: what it leads to may be read, and so
  /// may whatever lies in that place (a mounted Secret's ..data links).
  void Name(const std::string& path);

  /// Whether `path` may be read: what it leads to is inside the repository
  /// or inside what a named path leads to.
  bool MayRead(const std::string& path) const;
  /// Whether `path`, as written, is inside the repository (lexically: what
  /// .prowlint.yaml may name).
  bool WrittenInside(const std::string& path) const;
  /// Whether what `path` reaches is inside the repository (its lines may be
  /// quoted).
  bool ReachesInside(const std::string& path) const;

  bool enforced() const { return !root_.empty(); }
  const std::string& root() const { return root_; }

 private:
  std::string root_;                // canonical; "" = no boundary
  std::vector<std::string> named_;  // what named paths lead to, outside root_
};

/// The note for a file a walk left unread because it leads out of the
/// repository.
std::string NotReadOutside(const std::string& path);

}  // namespace prowlint
