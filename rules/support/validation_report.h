// SPDX-License-Identifier: Apache-2.0
// Shared by the validation rules (issue 14): the severity a dated refusal
// gets for a version, and one job's share of a cause, which the engine
// merges with the other jobs' shares into one finding (lint/engine/group_findings.h).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>

#include "lint/engine/finding_sink.h"
#include "lint/engine/run_context.h"
#include "lint/model/finding.h"
#include "lint/model/job.h"
#include "lint/prow/validation_table.h"

namespace prowlint {

/// Error when the version surely refuses; when it was built the day the
/// refusal started or ended, the run's severity for uncertain findings;
/// nothing when it does not refuse.
std::optional<Severity> RefusalSeverity(InEffect effect, const RunContext& run);

/// "" unless `effect` is kMaybe; then "; <version> was built the day of
/// <change>, so it may not", to end a message.
std::string MaybeClause(InEffect effect, const ValidationRules& rules, ValidationChange change);

/// "; Prow refuses the whole config", or MaybeClause for a tag of the day.
std::string RefusedClause(InEffect effect, const ValidationRules& rules, ValidationChange change);

/// Reports jobs' shares of causes: worded `job "NAME": <what>` alone and
/// `N jobs: <what>` once the engine merges the shares of one cause. A job
/// meeting one cause twice (two containers) is one share: it counts once.
class JobShares {
 public:
  explicit JobShares(FindingSink& sink) : sink_(sink) {}

  /// `job`'s share of `cause` at `pos`; nullptr when it was reported already.
  /// `job_pos` is the place in the job that brings the cause in (a label
  /// selecting a preset, `decorate: true`), when `pos` lies elsewhere.
  Finding* Report(Severity severity, Position pos, const Job& job, const std::string& cause,
                  const std::string& what, const std::string& hint, Position job_pos = {});
  FindingSink& sink() { return sink_; }

 private:
  FindingSink& sink_;
  std::set<std::pair<const Job*, std::string>> seen_;
};

}  // namespace prowlint
