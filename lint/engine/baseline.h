// SPDX-License-Identifier: Apache-2.0
// Baselines: the findings a team has accepted for now, recorded by
// fingerprint (rule, job or object, cluster; never a line number), so that a
// run reports only what is new and says which accepted problems are gone.
#pragma once

#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/engine/fingerprint.h"
#include "lint/model/finding.h"

namespace prowlint {

struct BaselineEntry {
  Fingerprint fingerprint;
  Position pos;  // the entry in the baseline file
};

struct Baseline {
  std::string path;
  std::vector<BaselineEntry> entries;
};

/// The text of a baseline file for every finding that is not suppressed,
/// one entry per fingerprint, sorted: a stable file that diffs well.
std::string BaselineText(const std::vector<Finding>& findings);

struct BaselineOutcome {
  bool applied = false;
  std::string path;
  /// Findings left out because the baseline accepts them.
  std::size_t baselined = 0;
  /// Entries, of rules that ran, that no finding matches any more.
  std::vector<BaselineEntry> stale;
};

/// Removes from `findings` every unsuppressed finding the baseline covers: an
/// entry covers it (Covers), or, for a finding that stands for a cause, each
/// of its jobs has an entry (a baseline written with --per-job). An entry
/// whose object is the finding's message covers it too: older baselines
/// recorded that for findings without a subject.
BaselineOutcome ApplyBaseline(const Baseline& baseline, const std::vector<std::string>& rules_run,
                              std::vector<Finding>& findings);

}  // namespace prowlint
