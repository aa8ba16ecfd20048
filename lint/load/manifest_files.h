// SPDX-License-Identifier: Apache-2.0
// The manifest files of a directory, as `kubectl apply -R -f DIR` would
// take them: shared by --deploy-dir and repository inventories.
#pragma once

#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/position.h"

namespace prowlint {

/// Every .yaml, .yml and .json file under `dir` (`dir_id` in the run's
/// sources), recursively, in path order. `what` names the input in errors
/// ("--deploy-dir").
std::vector<std::string> ListManifestFiles(const std::string& dir, FileId dir_id,
                                           const std::string& what, Diagnostics& diag);

}  // namespace prowlint
