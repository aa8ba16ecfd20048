// See lint_command.h. The pipeline is lint/pipeline.h; this file only turns
// flags into a request and the run into reports and an exit code.
#include "cmd/prowlint/lint_command.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <rang.hpp>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/progress.h"
#include "lint/baseline.h"
#include "lint/repo_root.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif
#ifndef PROWLINT_HOMEPAGE
#define PROWLINT_HOMEPAGE ""
#endif

namespace prowlint {
namespace {

// --write-baseline: every finding of the run, by fingerprint.
bool WriteBaselineFile(const std::string& path, const std::vector<Finding>& findings, Io& io) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) file << BaselineText(findings);
  file.close();
  if (!file) {
    io.err << "prowlint lint: cannot write " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  std::size_t n = 0;
  for (const Finding& f : findings) n += f.suppressed ? 0 : 1;
  io.err << "prowlint lint: wrote " << n << (n == 1 ? " finding" : " findings") << " to " << path
         << "; --baseline " << path << " reports only new ones\n";
  return true;
}

}  // namespace

CLI::App* SetupLintCommand(CLI::App& app, LintOptions& options) {
  CLI::App* cmd = app.add_subcommand("lint", "check Prow config, jobs and credentials");
  AddRunFlags(cmd, options, LintFormats());
  return cmd;
}

int RunLintCommand(LintOptions options, Io& io) {
  std::unique_ptr<PreparedRun> prepared;
  try {
    prepared = PrepareRun(std::move(options), io, LintFormats());
  } catch (const UsageError& e) {
    io.err << "prowlint lint: " << e.message << "\n";
    return kExitUsage;
  }
  if (!prepared) return kExitUsage;
  rang::setControlMode(prepared->color ? rang::control::Force : rang::control::Off);

  std::unique_ptr<LintRun> run;
  {
    Progress progress(io.err, io.err_is_terminal);
    run = RunLint(prepared->request, std::ref(progress));
  }
  Verdict verdict = Judge(*run, prepared->fail_on);
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
  const MarkdownContext markdown{0, LinksFromEnvironment(run->deploy.sources, io)};
  if (!WriteOutputs(report, prepared->outputs, prepared->text, "prowlint lint", markdown, io))
    return kExitInputError;
  return ExitCodeFor(verdict);
}

}  // namespace prowlint
