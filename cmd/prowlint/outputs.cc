// SPDX-License-Identifier: Apache-2.0
// See outputs.h.
#include "cmd/prowlint/outputs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "lint/base/repo_root.h"
#include "lint/base/text.h"
#include "lint/report/escape_text.h"
#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/junit_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"

namespace prowlint {
namespace {

void WriteFormat(const Report& report, Format format, const TextOptions& text,
                 const MarkdownContext& markdown, std::ostream& out) {
  switch (format) {
    case Format::kMarkdown:
      if (markdown.plan)
        WritePlanMarkdown(*markdown.plan, report, markdown.existing, markdown.link, out,
                          "prowlint");
      else
        WriteLintMarkdown(report, markdown.existing, markdown.link, out);
      return;
    case Format::kJson:
      WriteJson(report, out);
      return;
    case Format::kSarif:
      WriteSarif(report, out);
      return;
    case Format::kGithub:
      WriteGithub(report, out);
      return;
    case Format::kJunit:
      WriteJunit(report, out);
      return;
    case Format::kText:
      WriteText(report, text, out);
      return;
  }
}

}  // namespace

const std::vector<Format>& LintFormats() {
  static const std::vector<Format> kFormats = {Format::kText,   Format::kJson,  Format::kSarif,
                                               Format::kGithub, Format::kJunit, Format::kMarkdown};
  return kFormats;
}

CLI::Validator OneOf(std::vector<std::string> values) {
  std::string shown = "{";
  for (const std::string& v : values) shown += (shown.size() > 1 ? "," : "") + v;
  shown += "}";
  return CLI::Validator(
      [values](std::string& value) -> std::string {
        if (std::find(values.begin(), values.end(), value) != values.end()) return "";
        std::string list;
        for (std::size_t i = 0; i < values.size(); ++i)
          list += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + values[i];
        const std::string guess = ClosestMatch(value, values);
        return "must be " + list + ", not " + Quote(value) +
               (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?");
      },
      shown);
}

void AddOutputFlags(CLI::App* cmd, OutputOptions& o, const std::vector<Format>& format_values) {
  const std::vector<std::string> formats = FormatNames(format_values);
  std::string list;
  for (std::size_t i = 0; i < formats.size(); ++i)
    list += (i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + formats[i];
  const bool lint = format_values == LintFormats();
  cmd->add_option("--format", o.formats,
                  list + (lint ? " (repeatable; default text, plus github in GitHub Actions, plus "
                                 "junit into $ARTIFACTS when set)"
                               : " (repeatable; default text)"))
      ->type_name("FORMAT")
      ->check(OneOf(formats));
  cmd->add_option("--output", o.output_paths,
                  "write the --format given just before to FILE instead of stdout (repeatable)")
      ->type_name("FILE");
  cmd->add_option("--color", o.color, "colour text output: auto (default), always or never")
      ->type_name("WHEN")
      ->check(OneOf({"auto", "always", "never"}));
  cmd->add_flag("--verbose", o.verbose,
                "text: list every job of a finding many jobs share, not the first few");
  cmd->add_flag("--quiet", o.quiet,
                "text: one line per finding; no notes, source lines, hints or summary");
}

std::string PairOutputs(const CLI::App& cmd, OutputOptions& o) {
  std::size_t format_i = 0, output_i = 0;
  for (const CLI::Option* opt : cmd.parse_order()) {
    if (opt->get_name() == "--format") {
      // OneOf has checked the name: FormatNamed finds it.
      o.outputs.push_back({*FormatNamed(o.formats.at(format_i++)), ""});
    } else if (opt->get_name() == "--output") {
      // Alone, --output captures the default report, as other linters do.
      if (format_i == 0 && o.outputs.empty()) o.outputs.push_back({Format::kText, ""});
      if (o.outputs.empty() || !o.outputs.back().path.empty())
        return "--output " + o.output_paths.at(output_i) + " needs a --format before it";
      o.outputs.back().path = o.output_paths.at(output_i++);
    }
  }
  return "";
}

std::vector<OutputSpec> ResolveOutputs(const OutputOptions& o, const Io& io,
                                       const std::vector<Format>& formats) {
  auto has = [&](Format f) { return std::find(formats.begin(), formats.end(), f) != formats.end(); };
  std::vector<OutputSpec> outputs;
  for (const OutputSpec& spec : o.outputs) {  // the same report twice is a slip
    auto same = [&](const OutputSpec& x) { return x.format == spec.format && x.path == spec.path; };
    if (std::none_of(outputs.begin(), outputs.end(), same)) outputs.push_back(spec);
  }
  if (outputs.empty()) {
    outputs.push_back({Format::kText, ""});
    if (io.env("GITHUB_ACTIONS") == "true") outputs.push_back({Format::kGithub, ""});
  }
  const std::string artifacts = io.env("ARTIFACTS");
  const bool any_file = std::any_of(outputs.begin(), outputs.end(),
                                    [](const OutputSpec& s) { return !s.path.empty(); });
  if (!artifacts.empty() && !any_file) {
    // Prow creates $ARTIFACTS; elsewhere it may not exist yet. Spyglass shows
    // the JUnit file; the Markdown report sits beside it.
    std::error_code ec;
    std::filesystem::create_directories(artifacts, ec);
    for (const FormatRow& row : FormatTable()) {
      if (!row.into_artifacts || !has(row.format)) continue;
      const std::string_view name =
          row.artifacts_file.empty() ? std::string_view(o.artifacts_markdown) : row.artifacts_file;
      outputs.push_back({row.format, artifacts + "/" + std::string(name)});
    }
  }
  // Under GitHub Actions every command's report reaches the job summary
  // (appended: plan's and lint's both), unless one already goes there.
  const std::string summary = io.env("GITHUB_STEP_SUMMARY");
  const bool in_summary = std::any_of(outputs.begin(), outputs.end(), [&](const OutputSpec& s) {
    return s.format == Format::kMarkdown && s.path == summary;
  });
  if (!summary.empty() && io.env("GITHUB_ACTIONS") == "true" && has(Format::kMarkdown) &&
      !in_summary)
    outputs.push_back({Format::kMarkdown, summary, /*append=*/true});
  std::size_t machine_on_stdout = 0, on_stdout = 0;
  for (const OutputSpec& s : outputs) {
    if (!s.path.empty()) continue;
    ++on_stdout;
    if (!RowOf(s.format).for_people) ++machine_on_stdout;
  }
  if (machine_on_stdout > 0 && on_stdout > 1)
    throw UsageError{"only text and github can share standard output; give the others --output FILE"};
  return outputs;
}

LineLink LinksFromEnvironment(const SourceSet& sources, const Io& io) {
  // GitHub Actions names the repository and commit; a Prow job does too, in
  // the variables Prow's pod utilities set (PULL_PULL_SHA on a presubmit,
  // PULL_BASE_SHA on a postsubmit).
  std::string server = io.env("GITHUB_SERVER_URL");
  std::string repository = io.env("GITHUB_REPOSITORY");
  std::string commit = io.env("GITHUB_SHA");
  if (repository.empty() && !io.env("REPO_OWNER").empty() && !io.env("REPO_NAME").empty()) {
    repository = io.env("REPO_OWNER") + "/" + io.env("REPO_NAME");
    commit = io.env("PULL_PULL_SHA").empty() ? io.env("PULL_BASE_SHA") : io.env("PULL_PULL_SHA");
    if (server.empty()) server = "https://github.com";
  }
  if (server.empty() || repository.empty() || commit.empty()) return {};
  std::error_code ec;
  const std::string root = FindRepositoryRoot(std::filesystem::current_path(ec).string());
  if (root.empty()) return {};
  return GithubLineLink(sources, server, repository, commit,
                        std::filesystem::weakly_canonical(root, ec).string());
}

bool UseColor(const OutputOptions& options, const Io& io) {
  if (options.color == "never") return false;
  if (options.color == "always") return true;
  if (!io.env("NO_COLOR").empty()) return false;
  return io.out_is_terminal;
}

bool WriteOutputs(const Report& report, const std::vector<OutputSpec>& outputs,
                  const TextOptions& text, const std::string& command,
                  const MarkdownContext& markdown, Io& io) {
  bool ok = true;
  TextOptions plain = text;
  plain.color = false;
  for (const OutputSpec& spec : outputs) {
    if (spec.path.empty()) {
      const bool to_err = spec.format == Format::kText && !report.input_errors.empty();
      WriteFormat(report, spec.format, to_err ? plain : text, markdown, to_err ? io.err : io.out);
      continue;
    }
    std::ofstream file(spec.path,
                       std::ios::binary | (spec.append ? std::ios::app : std::ios::trunc));
    if (file) WriteFormat(report, spec.format, plain, markdown, file);
    file.close();
    if (!file) {
      io.err << command << ": cannot write " << TextValue(spec.path) << ": " << std::strerror(errno) << "\n";
      ok = false;
    }
  }
  // Input errors always reach a human, whatever the formats.
  const bool text_shown = std::any_of(outputs.begin(), outputs.end(), [](const OutputSpec& s) {
    return s.format == Format::kText && s.path.empty();
  });
  if (!report.input_errors.empty() && !text_shown) {
    plain.snippets = false;
    WriteText(report, plain, io.err);
  }
  return ok;
}

}  // namespace prowlint
