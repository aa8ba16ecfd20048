// SPDX-License-Identifier: Apache-2.0
// The allow-list of .prowlint.yaml: set-ups a team accepts on purpose
// ("presubmits on kubevirt-prow-control-plane are deliberate"), by job or by
// cluster alias, each with the reason a reviewer will ask for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/position.h"
#include "lint/model/finding.h"

namespace prowlint {

struct AllowEntry {
  Position pos;       // the entry in .prowlint.yaml
  std::string where;  // the same as "file:line", for notes
  /// The rule it allows; every rule when absent.
  std::optional<Located<std::string>> rule;
  std::string job;    // a job name, or ""
  std::string alias;  // a cluster alias, or ""
  std::string reason;
};

/// Whether `e` covers `f`: its rule (if any) is f's, and its job and alias
/// (those given) match: the job by name, the alias as the finding's cluster
/// or as the cluster alias of its job.
bool Allows(const AllowEntry& e, const Finding& f);

/// Marks every finding an entry covers as suppressed with the entry's
/// reason (judged per job, before findings are grouped). Returns the entries
/// that covered nothing, for a note.
std::vector<const AllowEntry*> ApplyAllowList(const std::vector<AllowEntry>& allow,
                                              std::vector<Finding>& findings);

}  // namespace prowlint
