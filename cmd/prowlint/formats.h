// SPDX-License-Identifier: Apache-2.0
// The report formats, as values: one row per format. The command line names
// them; everything after parsing asks the row (who reads it, where it goes in
// a Prow job's $ARTIFACTS) instead of comparing names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prowlint {

enum class Format { kText, kJson, kSarif, kGithub, kJunit, kMarkdown };

struct FormatRow {
  Format format;
  std::string_view name;  // on the command line: --format NAME
  /// Read by people (a terminal, the Actions log, a PR comment): such reports
  /// may share standard output; machine formats may not.
  bool for_people;
  /// Written into $ARTIFACTS by default, when no --output names a file.
  bool into_artifacts;
  /// Its file name there; "" for the Markdown report, which each command
  /// names for itself (OutputOptions::artifacts_markdown).
  std::string_view artifacts_file;
};

/// Every format, in the order help lists them.
const std::vector<FormatRow>& FormatTable();
const FormatRow& RowOf(Format format);
std::string_view NameOf(Format format);
/// The format named `name` on the command line, or nullopt.
std::optional<Format> FormatNamed(std::string_view name);
/// The names of `formats`, for help text and validators.
std::vector<std::string> FormatNames(const std::vector<Format>& formats);

}  // namespace prowlint
