// SPDX-License-Identifier: Apache-2.0
// See plan_command.h. Same input flags as lint; the comparison is the
// pipeline's (RunComparison), the numbers are lint/pipeline/plan.h's.
#include "cmd/prowlint/plan_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <rang.hpp>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/progress.h"
#include "lint/engine/new_findings.h"
#include "lint/pipeline/plan.h"
#include "lint/report/escape_text.h"
#include "lint/report/markdown_reporter.h"
#include "lint/report/plan_reporters.h"
#include "lint/report/text_reporter.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif

namespace prowlint {
namespace {

// The head's input errors, as lint shows them.
int ReportInputErrors(LintRun& run, Io& io) {
  if (run.input_errors.empty()) return kExitClean;
  WriteText(MakeErrorReport(run.deploy, std::move(run.input_errors)), TextOptions{false, false},
            io.err);
  return kExitInputError;
}

bool WritePlan(const Plan& plan, const Report& findings, const MarkdownContext& markdown,
               Format format, const PlanOutputOptions& options, std::ostream& out) {
  switch (format) {
    case Format::kMarkdown:
      WritePlanMarkdown(plan, findings, markdown.existing, markdown.link, out);
      break;
    case Format::kJson:
      WritePlanJson(plan, options, out);
      break;
    default:  // text: PlanFormats() offers no other
      WritePlanText(plan, options, out);
      break;
  }
  return static_cast<bool>(out);
}

}  // namespace

const std::vector<Format>& PlanFormats() {
  static const std::vector<Format> kFormats = {Format::kText, Format::kJson, Format::kMarkdown};
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
  options.run.output.artifacts_markdown = "prowlint-plan.md";
  try {
    prepared = PrepareRun(std::move(options.run), io, PlanFormats());
  } catch (const UsageError& e) {
    io.err << "prowlint plan: " << TextValue(e.message) << "\n";
    return kExitUsage;
  }
  if (!prepared) return kExitUsage;
  rang::setControlMode(prepared->color ? rang::control::Force : rang::control::Off);

  Sides sides;
  if (auto code = RunSides(*prepared, "prowlint plan", io, sides)) return *code;
  if (int code = ReportInputErrors(*sides.head, io)) return code;
  LintRun* head = sides.head.get();
  LintRun* base = sides.base.get();

  const Plan plan = MakePlan(base, *head);
  // The report shows the findings the change brings; the base had the rest.
  const std::size_t existing = DropExisting(head->result.findings);
  Report findings = MakeReport(head->deploy, head->result, head->notes, prepared->rule_metas);
  findings.tool_version = PROWLINT_VERSION;
  findings.tool_uri = PROWLINT_HOMEPAGE;  // the report links rules to their docs
  findings.fail_on = prepared->fail_on;
  if (base)
    AddComparison(findings, ExistingFindings::kLeftOut, existing, sides.fixed,
                  base->deploy.sources);
  const MarkdownContext markdown{existing, LinksFromEnvironment(head->deploy.sources, io)};
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
      io.err << "prowlint plan: cannot write " << TextValue(spec.path) << ": " << std::strerror(errno) << "\n";
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
