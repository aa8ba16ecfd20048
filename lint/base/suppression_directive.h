// SPDX-License-Identifier: Apache-2.0
// Inline suppressions: `# prowlint:ignore=<rule>[,<rule>] [until=YYYY-MM-DD] <reason>`
// on the offending line or on the line above it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/position.h"
#include "lint/base/source_set.h"

namespace prowlint {

struct Suppression {
  Position pos;  // the '#'
  std::vector<Located<std::string>> rules;
  std::string reason;  // "" when none was given
  std::optional<Located<std::string>> until;  // as written
  /// Whether the comment is alone on its line. Either way the directive
  /// covers its own line and the next one.
  bool own_line = false;

  /// Whether the directive still applies on `today` (YYYY-MM-DD): no until,
  /// or until is today or later. A malformed date never applies.
  bool Active(const std::string& today) const;
};

/// Finds the directives in one file's text. Only YAML comments count: '#' at
/// the start of a line or after whitespace.
std::vector<Suppression> ScanSuppressions(std::string_view text, FileId file);

/// "suppression of job-secret-missing, preset-conflict in jobs/a.yaml": a
/// directive as a finding's subject, by its rules and file, never its line.
std::string SuppressionName(const Suppression& s, const SourceSet& sources);

/// Whether `date` is a valid YYYY-MM-DD.
bool IsIsoDate(const std::string& date);

}  // namespace prowlint
