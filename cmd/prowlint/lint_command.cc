// See lint_command.h. The pipeline is lint/pipeline.h; this file only turns
// flags into a request and the run into reports and an exit code.
#include "cmd/prowlint/lint_command.h"

#include <rang.hpp>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/progress.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif

namespace prowlint {

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
  const Verdict verdict = Judge(*run, prepared->fail_on);
  if (verdict == Verdict::kUsageError) {
    io.err << "prowlint lint: " << run->usage_error << "\n";
    return kExitUsage;
  }
  Report report = verdict == Verdict::kInputError
                      ? MakeErrorReport(run->deploy, std::move(run->input_errors))
                      : MakeReport(run->deploy, std::move(run->result.findings), run->notes);
  report.tool_version = PROWLINT_VERSION;
  report.rules = prepared->rule_metas;
  report.fail_on = prepared->fail_on;
  const MarkdownContext markdown{0, LinksFromEnvironment(run->deploy.sources, io)};
  if (!WriteOutputs(report, prepared->outputs, prepared->color, "prowlint lint", markdown, io))
    return kExitInputError;
  return ExitCodeFor(verdict);
}

}  // namespace prowlint
