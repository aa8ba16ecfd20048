// SPDX-License-Identifier: Apache-2.0
// See validation_report.h.
#include "rules/support/validation_report.h"

#include "lint/base/text.h"
#include "lint/prow/job_identity.h"

namespace prowlint {

std::optional<Severity> RefusalSeverity(InEffect effect, const RunContext& run) {
  switch (effect) {
    case InEffect::kYes:
      return Severity::kError;
    case InEffect::kMaybe:
      return run.UncertainSeverity();
    case InEffect::kNo:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string MaybeClause(InEffect effect, const ValidationRules& rules, ValidationChange change) {
  if (effect != InEffect::kMaybe) return "";
  return "; " + rules.Name() + " was built the day of " + std::string(ChangeInfo(change).ref) +
         ", so it may not";
}

std::string RefusedClause(InEffect effect, const ValidationRules& rules, ValidationChange change) {
  return "; Prow refuses the whole config" + MaybeClause(effect, rules, change);
}

Finding* JobShares::Report(Severity severity, Position pos, const Job& job,
                           const std::string& cause, const std::string& what,
                           const std::string& hint, Position job_pos) {
  // The cause and its wording both identify the share.
  if (!seen_.emplace(&job, cause + "\x1f" + what).second) return nullptr;
  Finding& f = sink_.Report(severity, pos, "job " + Quote(job.name.value) + ": " + what, hint);
  ShareCause(f, JobRefOf(job, job_pos.Known() ? job_pos : pos, job.alias.value), {cause, ""},
             {"", "jobs", ": " + what});
  return &f;
}

}  // namespace prowlint
