// SPDX-License-Identifier: Apache-2.0
// The inputs a run names that it may read (input_boundary.h): a path written
// inside the repository that leads out of it (a symlink in the tree) is an
// input error, not a file read, whether the command line or .prowlint.yaml
// gave it.
#pragma once

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/load/load_deploy.h"

namespace prowlint {

/// `paths` without the ones `paths.boundary` forbids, each an error in `diag`.
InputPaths ConfineInputs(const InputPaths& paths, SourceSet& sources, Diagnostics& diag);

}  // namespace prowlint
