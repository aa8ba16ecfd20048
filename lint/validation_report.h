// Shared by the validation rules (issue 14): one finding per cause however
// many jobs share it, and the severity a dated refusal gets for a version.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/finding.h"
#include "lint/finding_sink.h"
#include "lint/model/job.h"
#include "lint/validation_table.h"

namespace prowlint {

/// Error when the version surely refuses, warning when it was built the day
/// the refusal started or ended, nothing when it does not refuse.
std::optional<Severity> RefusalSeverity(InEffect effect);

/// `job "a"`, or `3 jobs ("a", "b", "c")`, `12 jobs ("a", "b", "c" and 9 more)`.
std::string JobsPhrase(const std::vector<const Job*>& jobs);

/// "" for kYes; for kMaybe: "; <version> was built the day <ref> merged, so it
/// may not", to end a message.
std::string MaybeClause(InEffect effect, const ValidationRules& rules, ValidationChange change);

/// Jobs that share one cause, in first-seen order of their keys.
struct JobGroup {
  Position pos;            // where the cause is written (first place seen)
  std::string message;     // without the job list
  std::string hint;
  Severity severity = Severity::kError;
  std::vector<const Job*> jobs;
  std::vector<Related> related;
};

class JobGroups {
 public:
  /// The group of `key`; a new group starts with `pos`, `message`, `hint`
  /// and `severity`; `job` (may be null) joins it once.
  JobGroup& Add(const std::string& key, Position pos, std::string message, std::string hint,
                Severity severity, const Job* job);
  /// Reports every group: the message names its jobs ("... in 3 jobs (...)")
  /// when `name_jobs`, and the first job becomes the finding's job.
  void Report(FindingSink& sink, bool name_jobs = true) const;

 private:
  std::map<std::string, std::size_t> index_;
  std::vector<JobGroup> groups_;
};

}  // namespace prowlint
