// SPDX-License-Identifier: Apache-2.0
// checkconfig's own flags on `prowlint lint`, so a presubmit that runs
// Prow's checkconfig runs prowlint by changing the binary's name:
// --strict, --warnings, --exclude-warning, --include-default-warnings and
// --expensive-checks (kubernetes-sigs/prow cmd/checkconfig/main.go). Errors
// are Prow's refusals and fail the run whatever these say; the warnings of
// the rules that are checkconfig's enabled warnings fail it under --strict.
// --config-path, --job-config-path, --plugin-config, --prow-yaml-repo-name
// and --prow-yaml-path are prowlint's own flags with checkconfig's meaning.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace prowlint {

struct CheckconfigOptions {
  bool strict = false;                        // any warning fails
  std::vector<std::string> warnings;          // checkconfig warning names
  std::vector<std::string> exclude_warnings;  // checkconfig warning names
  bool include_default_warnings = false;
  bool expensive_checks = false;
  /// Annotation keys every central job must carry (job-annotation-missing).
  std::vector<std::string> required_job_annotations;
};

/// What checkconfig's flags mean for a prowlint run.
struct CheckconfigEffect {
  /// --strict: a warning of `strict_rules` fails the run, as the enabled
  /// checkconfig warnings fail checkconfig; prowlint's other warnings are
  /// reported without failing it (--fail-on warning fails on every one).
  bool strict = false;
  std::vector<std::string> strict_rules;
  /// Rules to leave out: those that are all of an excluded warning.
  std::vector<std::string> disable;
  /// Said once in the report: what had no prowlint counterpart.
  std::vector<std::string> notes;
};

void AddCheckconfigFlags(CLI::App* cmd, CheckconfigOptions& options);

/// Checks the warning names (a name checkconfig does not know is a usage
/// error, with a "did you mean"; checkconfig itself refuses only unknown
/// --warnings) and says what the flags do here. Throws UsageError.
CheckconfigEffect ResolveCheckconfig(const CheckconfigOptions& options);

/// Every warning name checkconfig knows.
const std::vector<std::string>& CheckconfigWarningNames();

}  // namespace prowlint
