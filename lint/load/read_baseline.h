// SPDX-License-Identifier: Apache-2.0
// Reading a baseline file; applying it is lint/engine/baseline.h.
#pragma once

#include <string>
#include <vector>
#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/engine/baseline.h"
#include "lint/engine/fingerprint.h"
#include "lint/model/finding.h"

namespace prowlint {

/// Reads a baseline written by BaselineText. The file is registered in
/// `sources` (so stale entries have a place); problems go to `diag`.
Baseline LoadBaseline(const std::string& path, SourceSet& sources, Diagnostics& diag);

}  // namespace prowlint
