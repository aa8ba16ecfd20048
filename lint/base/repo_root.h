// SPDX-License-Identifier: Apache-2.0
// The repository a run lints: the nearest directory at or above the working
// directory that holds .git (a directory, or a file in a worktree).
// SARIF paths are relative to it, as code scanning expects.
#pragma once

#include <string>

namespace prowlint {

/// The absolute path of the repository root at or above `dir`, or "" when
/// `dir` is in no repository.
std::string FindRepositoryRoot(const std::string& dir);

}  // namespace prowlint
