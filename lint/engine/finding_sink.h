// SPDX-License-Identifier: Apache-2.0
// What rules report into. Fills in the rule id (and default severity) so a
// rule cannot mislabel its findings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/notes.h"
#include "lint/model/finding.h"

namespace prowlint {

struct RuleInfo;

/// Why a rule could not judge the deploy at all (JUnit shows it skipped).
enum class Unjudged {
  kNoCredentials,  // no --kubeconfig or --build-cluster: aliases cannot be resolved
  kNoInventory,    // no --inventory: nothing tells what exists in a cluster
  kNoPolicy,       // no deployment policy key in .prowlint.yaml for the rule
};

/// The reason as a report shows it: "no --inventory given".
const char* UnjudgedReason(Unjudged why);

class FindingSink {
 public:
  FindingSink(const RuleInfo& rule, std::vector<Finding>& findings, Notes& notes);

  /// Reports a finding at the rule's default severity; the returned
  /// reference may be used to add the job and related places.
  Finding& Report(Position pos, std::string message, std::string hint);
  Finding& Report(Severity severity, Position pos, std::string message, std::string hint);
  /// A run-level remark without a position ("no inventory for ..."),
  /// printed once however often it is noted.
  void Note(std::string note);
  /// The rule had nothing to judge with; it reports no finding.
  void CouldNotJudge(Unjudged why) { unjudged_ = why; }
  const std::optional<Unjudged>& unjudged() const { return unjudged_; }

 private:
  const RuleInfo& rule_;
  std::vector<Finding>& findings_;
  Notes& notes_;
  std::optional<Unjudged> unjudged_;
};

/// Makes `f` one job's share of a cause other jobs may share: the engine
/// merges the shares with the same subject into one finding listing every
/// job (unless --per-job). `f.message` stays the wording for this job alone.
void ShareCause(Finding& f, JobRef job, Subject subject, GroupWording group);

}  // namespace prowlint
