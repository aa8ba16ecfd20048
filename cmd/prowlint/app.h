// SPDX-License-Identifier: Apache-2.0
// prowlint's command line as CLI11 objects: the one definition that parsing,
// --help and the manual page (prowlint_manpage, man_page.h) all read, so the
// three cannot describe different flags.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "cmd/prowlint/lint_command.h"
#include "cmd/prowlint/plan_command.h"
#include "cmd/prowlint/rules_command.h"

namespace prowlint {

/// The App with every command and flag, and the options its parse fills.
/// CLI11 keeps pointers into the options: the object neither copies nor moves.
struct CommandLine {
  CommandLine();
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  LintOptions lint;
  PlanOptions plan;
  RulesOptions rules;
  RulesOptions explain;
  std::string help_topic;  // `prowlint help COMMAND`

  CLI::App app;
  CLI::App* lint_cmd = nullptr;
  CLI::App* plan_cmd = nullptr;
  CLI::App* rules_cmd = nullptr;
  CLI::App* explain_cmd = nullptr;
  CLI::App* version_cmd = nullptr;
  CLI::App* help_cmd = nullptr;
};

}  // namespace prowlint
