// SPDX-License-Identifier: Apache-2.0
// The manifest files of a directory, as `kubectl apply -R -f DIR` would
// take them: shared by --deploy-dir and repository inventories.
#pragma once

#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/position.h"
#include "lint/base/source_set.h"

namespace prowlint {

/// Every .yaml, .yml and .json file under `dir` (`dir_id` in the run's
/// sources), recursively, in path order. `what` names the input in errors
/// ("--deploy-dir"). A file that leads out of the repository is left out,
/// and a note says so (input_boundary.h).
std::vector<std::string> ListManifestFiles(const std::string& dir, FileId dir_id,
                                           const std::string& what, const SourceSet& sources,
                                           Diagnostics& diag);

}  // namespace prowlint
