// SPDX-License-Identifier: Apache-2.0
// See lint_command.h. The pipeline is lint/pipeline/pipeline.h; this file only turns
// flags into a request and the run into reports and an exit code.
#include "cmd/prowlint/lint_command.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <rang.hpp>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/progress.h"
#include "lint/base/repo_root.h"
#include "lint/engine/baseline.h"
#include "lint/engine/new_findings.h"
#include "lint/pipeline/plan.h"
#include "lint/report/escape_text.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif
#ifndef PROWLINT_HOMEPAGE
#define PROWLINT_HOMEPAGE ""
#endif

namespace prowlint {
namespace {

// checkconfig's --strict: a warning of the rules that are the enabled
// checkconfig warnings fails the run (suppressed ones never; a baseline
// has already left out what it accepts).
bool StrictFails(const LintRun& run, const std::vector<std::string>& rules) {
  return std::any_of(run.result.findings.begin(), run.result.findings.end(),
                     [&](const Finding& f) {
                       return !f.suppressed && f.severity == Severity::kWarning &&
                              std::find(rules.begin(), rules.end(), f.rule_id) != rules.end();
                     });
}

// --write-baseline: every finding of the run, by fingerprint.
bool WriteBaselineFile(const std::string& path, const std::vector<Finding>& findings, Io& io) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) file << BaselineText(findings);
  file.close();
  if (!file) {
    io.err << "prowlint lint: cannot write " << TextValue(path) << ": " << std::strerror(errno) << "\n";
    return false;
  }
  std::size_t n = 0;
  for (const Finding& f : findings) n += f.suppressed ? 0 : 1;
  io.err << "prowlint lint: wrote " << n << (n == 1 ? " finding" : " findings") << " to " << TextValue(path)
         << "; --baseline " << path << " reports only new ones\n";
  return true;
}

}  // namespace

CLI::App* SetupLintCommand(CLI::App& app, LintOptions& options) {
  CLI::App* cmd = app.add_subcommand("lint", "check Prow config, jobs and credentials");
  AddRunFlags(cmd, options, LintFormats());
  AddCheckconfigFlags(cmd, options.checkconfig);
  cmd->add_flag("--new-only", options.new_only,
                "with --base or --base-ref: report only the findings the change brings (by "
                "fingerprint, not line); the exit code counts only them");
  return cmd;
}

int RunLintCommand(LintOptions options, Io& io) {
  const bool options_new_only = options.new_only;
  std::unique_ptr<PreparedRun> prepared;
  try {
    prepared = PrepareRun(std::move(options), io, LintFormats());
  } catch (const UsageError& e) {
    // One line, whatever a flag's value holds: no workflow command can start.
    io.err << "prowlint lint: " << TextValue(e.message) << "\n";
    return kExitUsage;
  }
  if (!prepared) return kExitUsage;
  if (options_new_only && prepared->base_dir.empty() && prepared->base_ref.empty()) {
    io.err << "prowlint lint: --new-only needs --base DIR or --base-ref REF\n";
    return kExitUsage;
  }
  rang::setControlMode(prepared->color ? rang::control::Force : rang::control::Off);

  Sides sides;
  if (auto code = RunSides(*prepared, "prowlint lint", io, sides)) return *code;
  LintRun* run = sides.head.get();
  for (const std::string& note : prepared->notes) run->notes.Add(note);
  // Before any finding is left out: the plan reads which the base had.
  std::optional<Plan> plan;
  if (sides.base && run->input_errors.empty() && run->usage_error.empty())
    plan = MakePlan(sides.base.get(), *run);
  // The exit code counts only the findings the change brings.
  const std::size_t left_out = options_new_only ? DropExisting(run->result.findings) : 0;
  Verdict verdict = Judge(*run, prepared->fail_on);
  if (verdict == Verdict::kClean && prepared->strict && StrictFails(*run, prepared->strict_rules))
    verdict = Verdict::kFindings;
  if (verdict == Verdict::kUsageError) {
    io.err << "prowlint lint: " << run->usage_error << "\n";
    return kExitUsage;
  }
  if (!prepared->write_baseline.empty() && verdict != Verdict::kInputError) {
    if (!WriteBaselineFile(prepared->write_baseline, run->result.findings, io))
      return kExitInputError;
    if (verdict == Verdict::kFindings) verdict = Verdict::kClean;  // accepted, by request
  }
  Report report =
      verdict == Verdict::kInputError
          ? MakeErrorReport(run->deploy, std::move(run->input_errors))
          : MakeReport(run->deploy, std::move(run->result), run->notes, prepared->rule_metas);
  if (verdict == Verdict::kInputError) report.rules = prepared->rule_metas;
  report.tool_version = PROWLINT_VERSION;
  report.tool_uri = PROWLINT_HOMEPAGE;
  std::error_code ec;
  report.working_dir = std::filesystem::current_path(ec).string();
  report.repo_root = FindRepositoryRoot(".");
  report.fail_on = prepared->fail_on;
  if (sides.base && verdict != Verdict::kInputError)
    AddComparison(report, options_new_only ? ExistingFindings::kLeftOut : ExistingFindings::kMarked,
                  left_out, sides.fixed, sides.base->deploy.sources);
  const MarkdownContext markdown{left_out, LinksFromEnvironment(run->deploy.sources, io),
                                 plan ? &*plan : nullptr};
  if (!WriteOutputs(report, prepared->outputs, prepared->text, "prowlint lint", markdown, io))
    return kExitInputError;
  return ExitCodeFor(verdict);
}

}  // namespace prowlint
