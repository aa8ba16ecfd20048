// `prowlint lint`: load the inputs, run the rules, report, map to an exit code.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cmd/prowlint/io.h"

namespace prowlint {

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
  std::string format = "text";
  std::string fail_on = "error";
  std::string color = "auto";
  std::vector<std::string> only;
  std::vector<std::string> disable;
  unsigned threads = 0;
};

CLI::App* SetupLintCommand(CLI::App& app, LintOptions& options);
int RunLintCommand(const LintOptions& options, Io& io);

}  // namespace prowlint
