// SPDX-License-Identifier: Apache-2.0
// One finding per cause: rules report each job's share of a cause (a
// secret missing in one cluster, an unknown alias); this merges the shares
// into one finding that lists every job. Runs after suppressions and
// allow-lists, which judge each job on its own, so a suppressed job leaves
// its group rather than hiding it.
#pragma once

#include <vector>

#include "lint/base/source_set.h"
#include "lint/model/finding.h"

namespace prowlint {

/// Merges findings with non-empty `jobs` that share rule, severity, subject,
/// wording, hint and suppression into one: every job (sorted by place, each
/// once), their related places (each once), anchored at the first share's
/// place. Worded by GroupWording when more than one job remains, else kept
/// as the single job's finding. Sets Finding::grouped on each.
/// Other findings pass through untouched.
void GroupByCause(std::vector<Finding>& findings, const SourceSet& sources);

/// Sorts `jobs` by path, line, column and name, and drops repeats.
void SortJobs(std::vector<JobRef>& jobs, const SourceSet& sources);

}  // namespace prowlint
