// SPDX-License-Identifier: Apache-2.0
// See rules_command.h. The docs are the same .md files as in rules/,
// compiled in, so the CLI and the repository cannot disagree.
#include "cmd/prowlint/rules_command.h"

#include <algorithm>
#include <map>
#include <memory>
#include <regex>
#include <vector>

#include "cmd/prowlint/exit_code.h"
#include "lint/base/text.h"
#include "lint/engine/policy.h"
#include "lint/load/project_config.h"
#include "rules/registry.h"

namespace prowlint {
CLI::App* SetupRulesCommand(CLI::App& app, RulesOptions& options) {
  CLI::App* cmd = app.add_subcommand("rules", "list the rules, or print one rule's doc");
  cmd->add_option("id", options.id, "a rule id: print its documentation");
  cmd->add_option("--format", options.format,
                  "text (default) or markdown: the table the README's rule catalogue is")
      ->transform(CLI::CheckedTransformer(
                      std::map<std::string, RulesFormat>{{"text", RulesFormat::kText},
                                                         {"markdown", RulesFormat::kMarkdown}},
                      CLI::ignore_case)
                      .description("{text,markdown}"))
      ->type_name("FORMAT");
  return cmd;
}

CLI::App* SetupExplainCommand(CLI::App& app, RulesOptions& options) {
  CLI::App* cmd = app.add_subcommand("explain", "print a rule's documentation with its example");
  options.for_users = true;
  cmd->add_option("rule", options.id, "a rule id")->required();
  return cmd;
}

namespace {

// The policy options a rule reads, with the values of the .prowlint.yaml a
// lint here would use (STYLE §14: options discoverable with their defaults).
void PrintOptionsInEffect(const RuleInfo& info, Io& io) {
  const std::vector<PolicyOption>& options = info.options;
  if (options.empty()) return;
  const std::string path = FindProjectConfig(".");
  DeploymentPolicy policy;
  std::string source = "no .prowlint.yaml found here: defaults";
  if (!path.empty()) {
    SourceSet sources;
    Diagnostics diag;
    ProjectConfig config = LoadProjectConfig(path, sources, diag);
    if (diag.HasErrors()) {
      source = path + " has errors (prowlint lint shows them): defaults";
    } else {
      policy = std::move(config.policy);
      source = "from " + path;
    }
  }
  io.out << "\n## Options in effect (" << source << ")\n\n";
  for (const PolicyOption& o : options) {
    const std::string value = DescribePolicyValue(policy, o.key);
    io.out << "- " << o.key << ": " << (value.empty() ? "(default) " + o.default_value : value)
           << "\n";
  }
}

// A doc's Output section says where in the repository its command runs
// ("`...`, run in testdata/rules/ID/fail, prints:") and may name a fixture
// shared by several rules (../../../common/FILE): the completeness test
// needs both, a user of `explain` neither.
std::string WithoutFixturePaths(std::string_view doc) {
  static const std::regex kRunIn(", run in testdata/rules/[^ ,]+, prints:");
  std::string out = std::regex_replace(std::string(doc), kRunIn, " prints:");
  for (std::size_t at; (at = out.find("../../../common/")) != std::string::npos;)
    out.erase(at, std::string_view("../../../common/").size());
  return out;
}

// The rule catalogue as a Markdown table: each id linked to its doc. The
// summaries are prowlint's own text; only what would split a cell or open
// HTML is escaped, so the README stays readable as source.
void PrintRulesMarkdown(const std::vector<std::unique_ptr<Rule>>& rules, Io& io) {
  io.out << "| rule | default | what it catches |\n|---|---|---|\n";
  for (const auto& r : rules) {
    const RuleInfo& info = r->Info();
    std::string file(info.id);
    std::replace(file.begin(), file.end(), '-', '_');
    std::string summary;
    for (char c : info.summary) {
      if (c == '|')
        summary += "\\|";
      else if (c == '<')
        summary += "&lt;";
      else
        summary += c;
    }
    io.out << "| [`" << info.id << "`](rules/" << file << ".md) | "
           << SeverityName(info.default_severity) << " | " << summary << " |\n";
  }
}

}  // namespace

int RunRulesCommand(const RulesOptions& options, Io& io) {
  const auto rules = rules::AllRules();
  if (options.id.empty() && options.format == RulesFormat::kMarkdown) {
    PrintRulesMarkdown(rules, io);
    return kExitClean;
  }
  if (options.id.empty()) {
    std::size_t width = 0;
    for (const auto& r : rules) width = std::max(width, r->Info().id.size());
    for (const auto& r : rules) {
      const RuleInfo& info = r->Info();
      const std::string severity = SeverityName(info.default_severity);
      io.out << info.id << std::string(width - info.id.size() + 2, ' ') << severity
             << std::string(9 - severity.size(), ' ') << info.summary << "\n";
    }
    return kExitClean;
  }
  const std::string_view doc = rules::RuleDoc(options.id);
  if (doc.empty()) {
    std::vector<std::string> ids;
    for (const auto& r : rules) ids.emplace_back(r->Info().id);
    const std::string guess = ClosestMatch(options.id, ids);
    io.err << "prowlint: unknown rule " << Quote(options.id)
           << (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?") << "\n";
    return kExitUsage;
  }
  io.out << (options.for_users ? WithoutFixturePaths(doc) : std::string(doc));
  PrintOptionsInEffect(rules::FindRule(options.id)->Info(), io);
  return kExitClean;
}

}  // namespace prowlint
