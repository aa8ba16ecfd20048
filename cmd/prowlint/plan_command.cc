// See plan_command.h. Same input flags as lint; the comparison is the
// pipeline's (RunComparison), the numbers are lint/plan.h's.
#include "cmd/prowlint/plan_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <rang.hpp>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/progress.h"
#include "lint/git_snapshot.h"
#include "lint/plan.h"
#include "lint/report/plan_reporters.h"
#include "lint/report/markdown_reporter.h"
#include "lint/report/text_reporter.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif

namespace prowlint {
namespace {

// Input errors of either side, as lint shows them; the base side's are
// prefixed so a reader knows which revision is broken.
int ReportInputErrors(LintRun& run, const std::string& side, Io& io) {
  if (run.input_errors.empty()) return kExitClean;
  if (!side.empty())
    for (InputError& e : run.input_errors) e.message = side + ": " + e.message;
  WriteText(MakeErrorReport(run.deploy, std::move(run.input_errors)), TextOptions{false, false},
            io.err);
  return kExitInputError;
}

bool WritePlan(const Plan& plan, const Report& findings, const MarkdownContext& markdown,
               const std::string& format, const PlanOutputOptions& options, std::ostream& out) {
  if (format == "markdown") {
    WritePlanMarkdown(plan, findings, markdown.existing, markdown.link, out);
  } else if (format == "json") {
    WritePlanJson(plan, options, out);
  } else {
    WritePlanText(plan, options, out);
  }
  return static_cast<bool>(out);
}

}  // namespace

const std::vector<std::string>& PlanFormats() {
  static const std::vector<std::string> kFormats = {"text", "json", "markdown"};
  return kFormats;
}

CLI::App* SetupPlanCommand(CLI::App& app, PlanOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "plan", "where every job lands before and after a change to the deploy, and what moves");
  AddRunFlags(cmd, options.run, PlanFormats());
  cmd->add_flag("--jobs", options.list_jobs, "list every job of every move");
  return cmd;
}

int RunPlanCommand(PlanOptions options, Io& io) {
  std::unique_ptr<PreparedRun> prepared;
  try {
    prepared = PrepareRun(std::move(options.run), io, PlanFormats());
  } catch (const UsageError& e) {
    io.err << "prowlint plan: " << e.message << "\n";
    return kExitUsage;
  }
  if (!prepared) return kExitUsage;
  rang::setControlMode(prepared->color ? rang::control::Force : rang::control::Off);

  std::unique_ptr<GitSnapshot> snapshot;
  std::string base_root = prepared->base_dir;
  if (!prepared->base_ref.empty()) {
    std::string error;
    snapshot = GitSnapshot::Create(prepared->base_ref, InputPathList(prepared->request.paths), error);
    if (!snapshot) {
      io.err << "prowlint plan: " << error << "\n";
      return kExitUsage;
    }
    base_root = snapshot->root();
  }

  std::unique_ptr<LintRun> head, base;
  {
    Progress progress(io.err, io.err_is_terminal);
    if (base_root.empty()) {
      head = RunLint(prepared->request, std::ref(progress));
    } else {
      Comparison c = RunComparison(prepared->request, {base_root, prepared->current_version},
                                   std::ref(progress));
      if (!c.error.empty()) {
        io.err << "prowlint plan: " << c.error << "\n";
        return kExitUsage;
      }
      head = std::move(c.head);
      base = std::move(c.base);
    }
  }
  if (int code = ReportInputErrors(*head, "", io)) return code;
  if (base) {
    if (int code = ReportInputErrors(*base, "in the base revision", io)) return code;
  }
  for (LintRun* run : {head.get(), base.get()}) {
    if (run && !run->usage_error.empty()) {
      io.err << "prowlint plan: " << run->usage_error << "\n";
      return kExitUsage;
    }
  }

  const Plan plan = MakePlan(base.get(), *head);
  Report findings = MakeReport(head->deploy, head->result, head->notes, prepared->rule_metas);
  findings.tool_version = PROWLINT_VERSION;
  findings.fail_on = prepared->fail_on;
  const MarkdownContext markdown{0, LinksFromEnvironment(head->deploy.sources, io)};
  PlanOutputOptions out_options{prepared->color, options.list_jobs};
  bool written = true;
  for (const OutputSpec& spec : prepared->outputs) {
    if (spec.path.empty()) {
      written = WritePlan(plan, findings, markdown, spec.format, out_options, io.out) && written;
      continue;
    }
    std::ofstream file(spec.path,
                       std::ios::binary | (spec.append ? std::ios::app : std::ios::trunc));
    out_options.color = false;
    if (!file || !WritePlan(plan, findings, markdown, spec.format, out_options, file)) {
      io.err << "prowlint plan: cannot write " << spec.path << ": " << std::strerror(errno) << "\n";
      written = false;
    }
    out_options.color = prepared->color;
  }
  if (!written) return kExitInputError;
  if (head->result.internal_error || (base && base->result.internal_error)) return kExitInputError;
  // --fail-on none: report only.
  return prepared->fail_on && PlanFails(plan, *prepared->fail_on) ? kExitFindings : kExitClean;
}

}  // namespace prowlint
