// SPDX-License-Identifier: Apache-2.0
// Where a command's reports go: --format/--output pairs, the defaults for
// GitHub Actions and Prow jobs, colour, and writing them.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cmd/prowlint/formats.h"
#include "cmd/prowlint/io.h"
#include "lint/pipeline/plan.h"
#include "lint/report/markdown_reporter.h"
#include "lint/report/report.h"
#include "lint/report/text_reporter.h"

namespace prowlint {

/// One report to write: a format and where ("" = stdout).
struct OutputSpec {
  Format format = Format::kText;
  std::string path;
  /// Append instead of replacing: $GITHUB_STEP_SUMMARY collects every step's.
  bool append = false;
};

struct OutputOptions {
  std::string color = "auto";
  bool verbose = false;  // text: every job of a finding
  bool quiet = false;    // text: one line per finding
  /// --format/--output pairs in command-line order (filled by PairOutputs
  /// from the parse order); empty = the defaults for the environment.
  std::vector<OutputSpec> outputs;
  // Raw values, for the pairing.
  std::vector<std::string> formats;
  std::vector<std::string> output_paths;
  /// The Markdown report's name in a Prow job's $ARTIFACTS: each command
  /// its own, so plan's report does not overwrite lint's.
  std::string artifacts_markdown = "prowlint-report.md";
};

/// A usage problem found after parsing (a bad value of a valid flag).
struct UsageError {
  std::string message;
};

/// Adds --format (one of `formats`), --output, --color, --verbose and
/// --quiet to `cmd`.
void AddOutputFlags(CLI::App* cmd, OutputOptions& options, const std::vector<Format>& formats);

/// The formats of `prowlint lint`.
const std::vector<Format>& LintFormats();

// CLI::IsMember with a "did you mean" for a near miss ("warnings" → "warning"):
// the values a flag accepts, shown in help as IsMember shows them.
CLI::Validator OneOf(std::vector<std::string> values);

/// Pairs each --output with the --format before it; an --output before any
/// --format takes the default format, text. Returns "" or a usage error.
std::string PairOutputs(const CLI::App& cmd, OutputOptions& options);

/// The reports to write: the given pairs, else text (plus GitHub annotations
/// under GitHub Actions); plus, when no file output was asked for, JUnit
/// (when `formats` has it) and the Markdown report into $ARTIFACTS when set
/// (a Prow job); plus the Markdown report appended to $GITHUB_STEP_SUMMARY
/// when set, unless Markdown was asked for. Throws UsageError when machine
/// formats would share standard output.
std::vector<OutputSpec> ResolveOutputs(const OutputOptions& options, const Io& io,
                                       const std::vector<Format>& formats);

/// How the Markdown report links and what it left out.
struct MarkdownContext {
  std::size_t existing = 0;  // findings left out as not brought by the change
  LineLink link;             // links to lines on GitHub, or none
  /// With a base compared: the change's plan, which heads lint's Markdown
  /// report as it heads plan's (versions, components, placement, moves).
  const Plan* plan = nullptr;
};

/// Links to lines on GitHub when the environment is a GitHub Actions run
/// (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA) and the working
/// directory is inside a git repository; none otherwise.
LineLink LinksFromEnvironment(const SourceSet& sources, const Io& io);

/// Whether text output is coloured: --color, then NO_COLOR, then a terminal.
bool UseColor(const OutputOptions& options, const Io& io);

/// Writes every output (text with `text`'s options; colour only on standard
/// output). Text goes to stderr when the run stopped on input
/// errors (they are diagnostics, not results), and input errors always reach
/// stderr when no text goes to stdout. Returns false when a file cannot be
/// written (and says so on stderr, prefixed with `command`).
bool WriteOutputs(const Report& report, const std::vector<OutputSpec>& outputs,
                  const TextOptions& text, const std::string& command,
                  const MarkdownContext& markdown, Io& io);

}  // namespace prowlint
