// SPDX-License-Identifier: Apache-2.0
// Which job is which across the two sides of a change (plan's moves, which
// findings the base already had): a job as Prow identifies it. Keyed by name
// alone, the release-branch copies of `pull-kubernetes-integration` on
// kubernetes/test-infra looked like one job moving between clusters.
#pragma once

#include <string>

#include "lint/model/finding.h"
#include "lint/model/job.h"

namespace prowlint {

/// A job's identity across the two sides, as Prow identifies it: kind,
/// repository and name, and for pre/postsubmits the branches they run on
/// (Prow allows one name per repository only on disjoint branches, so
/// release-branch copies of a job are different jobs); periodics by name.
/// Branch lists are sorted: the same branches in another order are the same job.
std::string JobKey(const Job& job);

/// The reference a finding keeps to `job`, at `pos`, with the alias that
/// allow-list entries match.
JobRef JobRefOf(const Job& job, Position pos, std::string alias);

}  // namespace prowlint
