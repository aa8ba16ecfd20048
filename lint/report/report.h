// What every reporter renders: the findings, the run's notes and counts, or
// the input errors that stopped the run.
#pragma once

#include <string>
#include <vector>

#include "lint/deploy.h"
#include "lint/diagnostics.h"
#include "lint/engine.h"

namespace prowlint {

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
};

/// A rule as the output formats describe it.
struct RuleMeta {
  std::string id;
  std::string summary;
  Severity default_severity = Severity::kError;
  std::string doc;  // rules/<id>.md
  bool ran = true;  // false for rules left out by --only / --disable
};

/// Everything about one run that an output format may show.
struct Report {
  const SourceSet* sources = nullptr;
  std::string tool_version;
  /// Every rule (SARIF's rule table), marked whether it ran (JUnit's passing cases).
  std::vector<RuleMeta> rules;
  /// The lowest severity that fails the run (JUnit marks those as failures).
  Severity fail_on = Severity::kError;
  std::vector<Finding> findings;
  std::vector<std::string> notes;
  std::vector<InputError> input_errors;  // non-empty: rules did not run
  Summary summary;
};

/// Builds the report of a finished run.
Report MakeReport(const Deploy& deploy, std::vector<Finding> findings, const Notes& notes);
/// Builds the report of a run stopped by input errors.
Report MakeErrorReport(const Deploy& deploy, std::vector<InputError> errors);

/// "file:line:col", "file" for line 0, "" for no file.
std::string FormatPosition(const SourceSet& sources, const Position& pos);

}  // namespace prowlint
