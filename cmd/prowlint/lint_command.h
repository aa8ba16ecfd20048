// `prowlint lint`: load the inputs, run the rules, report, map to an exit code.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cmd/prowlint/io.h"

namespace prowlint {

/// One report to write: a format and where ("" = stdout).
struct OutputSpec {
  std::string format;
  std::string path;
};

struct LintOptions {
  std::string config_path;
  std::vector<std::string> job_config_paths;
  std::vector<std::string> kubeconfigs;
  std::string kubeconfig_dir;
  std::string kubeconfig_suffix;
  std::string build_cluster;
  std::string target_version;
  std::vector<std::string> inventories;  // ALIAS=FILE
  bool no_in_cluster_config = false;
  std::string service_cluster;
  std::string fail_on;  // "" = .prowlint.yaml's, else error
  std::string color = "auto";
  std::vector<std::string> only;
  std::vector<std::string> disable;
  std::string rules_config;  // --rules-config, else .prowlint.yaml found upward
  bool no_suppressions = false;
  unsigned threads = 0;
  /// --format/--output pairs in command-line order (filled by cli.cc from
  /// the parse order); empty = the defaults for the environment.
  std::vector<OutputSpec> outputs;
  // Raw values, for the pairing.
  std::vector<std::string> formats;
  std::vector<std::string> output_paths;
};

CLI::App* SetupLintCommand(CLI::App& app, LintOptions& options);
/// Pairs each --output with the --format before it. Returns "" or a usage error.
std::string PairOutputs(const CLI::App& lint, LintOptions& options);
int RunLintCommand(LintOptions options, Io& io);

}  // namespace prowlint
