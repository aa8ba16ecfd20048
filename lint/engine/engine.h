// SPDX-License-Identifier: Apache-2.0
// Runs rules over a deploy, then applies what the user configured: severity
// changes, path ignores, the allow-list and inline suppressions (each judged
// per job), merges each cause's per-job findings into one, applies the
// baseline, sorts and de-duplicates.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lint/base/notes.h"
#include "lint/engine/allow_list.h"
#include "lint/engine/analysis.h"
#include "lint/engine/baseline.h"
#include "lint/engine/rule.h"
#include "lint/model/finding.h"

namespace prowlint {

struct LintResult {
  std::vector<Finding> findings;  // sorted by FindingLess, no duplicates
  /// A rule threw: its "internal-error" finding is among the findings and
  /// the run must not pass.
  bool internal_error = false;
  /// Rules that had nothing to judge with, by rule id.
  std::map<std::string, Unjudged> unjudged;
  BaselineOutcome baseline;
};

struct EngineOptions {
  /// Honour `# prowlint:ignore=` directives (off under --no-suppressions).
  bool apply_suppressions = true;
  /// Per-rule severity overrides from .prowlint.yaml.
  std::map<std::string, Severity> severity;
  /// Globs over finding paths (as displayed): findings there are suppressed.
  std::vector<std::string> ignore_paths;
  /// `allow:` of .prowlint.yaml.
  std::vector<AllowEntry> allow;
  /// --per-job: one finding per job, as rules report them, instead of one
  /// per cause.
  bool per_job = false;
  /// --baseline, loaded; nullptr for none.
  const Baseline* baseline = nullptr;
};

/// Runs each rule once; rules' notes go to `notes`. A rule that throws does
/// not crash the run: it becomes an error finding with rule id
/// "internal-error" naming the rule.
LintResult RunRules(const Analysis& analysis, const std::vector<const Rule*>& rules,
                    const EngineOptions& options, Notes& notes);

}  // namespace prowlint
