// SPDX-License-Identifier: Apache-2.0
// See app.h. Each subcommand's flags are its own Setup function's; this file
// only puts the commands together, with the footers --help shows.
#include "cmd/prowlint/app.h"

#include "cmd/prowlint/exit_code.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif

namespace prowlint {
namespace {

// One example per command, the last thing its help shows before the exit codes.
struct Example {
  const char* command;
  const char* line;
};
constexpr Example kExamples[] = {
    {"lint",
     "prowlint lint --config-path config.yaml --job-config-path jobs --target-version "
     "v20260821-a61940897"},
    {"plan",
     "prowlint plan --base-ref origin/main --config-path config.yaml --job-config-path jobs"},
    {"rules", "prowlint rules"},
    {"explain", "prowlint explain job-secret-missing"},
    {"version", "prowlint version"},
    {"help", "prowlint help lint"},
};

void AddFooters(CLI::App& app) {
  app.footer(kExitCodesHelp);
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    for (const Example& e : kExamples)
      if (sub->get_name() == e.command)
        sub->footer(std::string("Example:\n  ") + e.line + "\n\n" + kExitCodesHelp);
}

}  // namespace

CommandLine::CommandLine() : app("prowlint: catch a bad Prow deploy before kubectl apply") {
  app.name("prowlint");
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "help for every subcommand");
  app.set_version_flag("--version", std::string("prowlint ") + PROWLINT_VERSION);

  lint_cmd = SetupLintCommand(app, lint);
  plan_cmd = SetupPlanCommand(app, plan);
  rules_cmd = SetupRulesCommand(app, rules);
  explain_cmd = SetupExplainCommand(app, explain);
  version_cmd = app.add_subcommand("version", "print prowlint's version");
  help_cmd = app.add_subcommand("help", "print help for prowlint or one command");
  help_cmd->add_option("command", help_topic, "the command to describe (lint, plan, ...)");

  AddFooters(app);
}

}  // namespace prowlint
