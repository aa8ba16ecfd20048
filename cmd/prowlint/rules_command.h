// SPDX-License-Identifier: Apache-2.0
// `prowlint rules [ID]`: list rules, or print one rule's doc.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "cmd/prowlint/io.h"

namespace prowlint {

/// How `prowlint rules` lists the rules.
enum class RulesFormat {
  kText,      // aligned columns for a terminal
  kMarkdown,  // a table, as the README's rule catalogue
};

struct RulesOptions {
  std::string id;
  /// `explain`: the doc as a user reads it, without the paths of the
  /// repository's test fixtures its Output section names.
  bool for_users = false;
  RulesFormat format = RulesFormat::kText;
};

CLI::App* SetupRulesCommand(CLI::App& app, RulesOptions& options);
/// `prowlint explain <rule>`: the same doc as `rules <rule>`, id required.
CLI::App* SetupExplainCommand(CLI::App& app, RulesOptions& options);
int RunRulesCommand(const RulesOptions& options, Io& io);

}  // namespace prowlint
