// SPDX-License-Identifier: Apache-2.0
// See formats.h.
#include "cmd/prowlint/formats.h"

namespace prowlint {

const std::vector<FormatRow>& FormatTable() {
  // JUnit goes into $ARTIFACTS for Spyglass; the Markdown report beside it.
  static const std::vector<FormatRow> kRows = {
      {Format::kText, "text", true, false, ""},
      {Format::kJson, "json", false, false, ""},
      {Format::kSarif, "sarif", false, false, ""},
      {Format::kGithub, "github", true, false, ""},
      {Format::kJunit, "junit", false, true, "junit_prowlint.xml"},
      {Format::kMarkdown, "markdown", true, true, ""},
  };
  return kRows;
}

const FormatRow& RowOf(Format format) {
  for (const FormatRow& row : FormatTable())
    if (row.format == format) return row;
  return FormatTable().front();
}

std::string_view NameOf(Format format) { return RowOf(format).name; }

std::optional<Format> FormatNamed(std::string_view name) {
  for (const FormatRow& row : FormatTable())
    if (row.name == name) return row.format;
  return std::nullopt;
}

std::vector<std::string> FormatNames(const std::vector<Format>& formats) {
  std::vector<std::string> names;
  for (Format f : formats) names.emplace_back(NameOf(f));
  return names;
}

}  // namespace prowlint
