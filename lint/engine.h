// Runs rules over a deploy, then applies what the user configured: severity
// changes, path ignores and inline suppressions. Sorts and de-duplicates.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lint/analysis.h"
#include "lint/finding.h"
#include "lint/notes.h"
#include "lint/rule.h"

namespace prowlint {

struct LintResult {
  std::vector<Finding> findings;  // sorted by FindingLess, no duplicates
  /// A rule threw: its "internal-error" finding is among the findings and
  /// the run must not pass.
  bool internal_error = false;
};

struct EngineOptions {
  /// Honour `# prowlint:ignore=` directives (off under --no-suppressions).
  bool apply_suppressions = true;
  /// Per-rule severity overrides from .prowlint.yaml.
  std::map<std::string, Severity> severity;
  /// Globs over finding paths (as displayed): findings there are suppressed.
  std::vector<std::string> ignore_paths;
};

/// Runs each rule once; rules' notes go to `notes`. A rule that throws does
/// not crash the run: it becomes an error finding with rule id
/// "internal-error" naming the rule.
LintResult RunRules(const Analysis& analysis, const std::vector<const Rule*>& rules,
                    const EngineOptions& options, Notes& notes);

}  // namespace prowlint
