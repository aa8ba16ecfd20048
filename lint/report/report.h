// SPDX-License-Identifier: Apache-2.0
// What every reporter renders: the findings, the run's notes and counts, or
// the input errors that stopped the run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/engine/engine.h"
#include "lint/model/deploy.h"

namespace prowlint {

/// What became of the head's findings that the base revision had too.
enum class ExistingFindings {
  kNotCompared,  // no base revision
  kMarked,       // listed, each marked new or existing (Finding::change)
  kLeftOut,      // left out by --new-only: only new findings are listed
};

struct Summary {
  std::size_t files = 0;
  std::size_t jobs = 0;
  std::size_t presubmits = 0;
  std::size_t postsubmits = 0;
  std::size_t periodics = 0;
  std::size_t errors = 0;  // of findings not suppressed
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t suppressed = 0;
  std::size_t baselined = 0;  // left out because --baseline accepts them
  /// Findings the base revision had too: marked, or left out by --new-only.
  std::size_t existing = 0;
  ExistingFindings existing_findings = ExistingFindings::kNotCompared;
  /// Findings of the base revision the change fixes (Report::fixed).
  std::size_t fixed = 0;
};

/// A finding of the base revision that no head finding matches: the change
/// fixes it. Its place is the base side's, as text, since the report's
/// files are the head's.
struct FixedFinding {
  std::string rule;
  Severity severity = Severity::kError;
  std::string message;
  Subject subject;
  std::string base_location;  // "path:line" in the base revision, "" for none
};

/// A rule as the output formats describe it.
struct RuleMeta {
  std::string id;
  std::string summary;
  Severity default_severity = Severity::kError;
  std::string doc;  // rules/<id>.md
  bool ran = true;  // false for rules left out by --only / --disable
  /// Non-empty when the rule ran but had nothing to judge with (no
  /// inventory, no credentials): why. JUnit shows it skipped.
  std::string skipped;
};

/// Everything about one run that an output format may show.
struct Report {
  const SourceSet* sources = nullptr;
  std::string tool_version;
  /// prowlint's home page; rule docs live under it (SARIF's informationUri
  /// and helpUri). "" = none.
  std::string tool_uri;
  /// Absolute paths of the working directory (that displayed paths are
  /// relative to) and of the repository root above it ("" when there is no
  /// repository): SARIF makes paths relative to the root.
  std::string working_dir;
  std::string repo_root;
  /// Every rule (SARIF's rule table), marked whether it ran (JUnit's passing cases).
  std::vector<RuleMeta> rules;
  /// The lowest severity that fails the run (JUnit marks those as
  /// failures); nullopt when none does (--fail-on none).
  std::optional<Severity> fail_on = Severity::kError;
  std::vector<Finding> findings;
  std::vector<std::string> notes;
  std::vector<InputError> input_errors;  // non-empty: rules did not run
  /// What --baseline left out and which of its entries are stale.
  BaselineOutcome baseline;
  /// With a base revision: the findings the change fixes.
  std::vector<FixedFinding> fixed;
  Summary summary;
};

/// Builds the report of a finished run; `rules` are every rule, marked
/// whether it ran; those the result says could not judge are marked skipped.
Report MakeReport(const Deploy& deploy, LintResult result, const Notes& notes,
                  std::vector<RuleMeta> rules);
/// Builds the report of a run stopped by input errors.
Report MakeErrorReport(const Deploy& deploy, std::vector<InputError> errors);

/// Adds what comparing with the base revision found to `report`: how the
/// existing findings are shown (`left_out` of them dropped by --new-only
/// when `how` is kLeftOut; else counted among the findings), and `fixed`,
/// base findings placed in `base_sources`.
void AddComparison(Report& report, ExistingFindings how, std::size_t left_out,
                   const std::vector<Finding>& fixed, const SourceSet& base_sources);

/// Where rule `id`'s doc is published: rules/<id, - as _>.md in prowlint's
/// repository at the release's tag (v<tool_version>), so the doc matches the
/// rule that ran; "" without a tool_uri. SARIF's helpUri and Markdown's rule
/// links both use it.
std::string RuleDocUri(const Report& report, const std::string& id);


/// How many of a finding's jobs text-like formats list before "and N more".
inline constexpr std::size_t kJobsShown = 3;

}  // namespace prowlint
