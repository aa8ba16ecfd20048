// See cli.h. CLI11 parses; each subcommand has its own Setup/Run pair.
#include "cmd/prowlint/cli.h"

#include <CLI/CLI.hpp>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/lint_command.h"
#include "cmd/prowlint/plan_command.h"
#include "cmd/prowlint/rules_command.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif

namespace prowlint {

int RunCli(const std::vector<std::string>& args, Io& io) {
  CLI::App app{"prowlint: catch a bad Prow deploy before kubectl apply"};
  app.name("prowlint");
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "help for every subcommand");
  app.set_version_flag("--version", std::string("prowlint ") + PROWLINT_VERSION);

  LintOptions lint;
  CLI::App* lint_cmd = SetupLintCommand(app, lint);
  PlanOptions plan;
  CLI::App* plan_cmd = SetupPlanCommand(app, plan);
  RulesOptions rules;
  CLI::App* rules_cmd = SetupRulesCommand(app, rules);
  RulesOptions explain;
  CLI::App* explain_cmd = SetupExplainCommand(app, explain);
  CLI::App* version_cmd = app.add_subcommand("version", "print prowlint's version");

  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, io.out, io.err);
    return code == 0 ? kExitClean : kExitUsage;
  }
  try {
    if (lint_cmd->parsed()) {
      if (const std::string error = PairOutputs(*lint_cmd, lint.output); !error.empty()) {
        io.err << "prowlint lint: " << error << "\n";
        return kExitUsage;
      }
      return RunLintCommand(lint, io);
    }
    if (plan_cmd->parsed()) {
      if (const std::string error = PairOutputs(*plan_cmd, plan.run.output); !error.empty()) {
        io.err << "prowlint plan: " << error << "\n";
        return kExitUsage;
      }
      return RunPlanCommand(plan, io);
    }
    if (rules_cmd->parsed()) return RunRulesCommand(rules, io);
    if (explain_cmd->parsed()) return RunRulesCommand(explain, io);
    if (version_cmd->parsed()) {
      io.out << "prowlint " << PROWLINT_VERSION << "\n";
      return kExitClean;
    }
  } catch (const std::exception& e) {
    io.err << "prowlint: internal error: " << e.what() << "\n";
    return kExitInputError;
  }
  return kExitUsage;
}

}  // namespace prowlint
