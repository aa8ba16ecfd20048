// SPDX-License-Identifier: Apache-2.0
// The flags every command that judges a deploy shares (lint, plan): inputs,
// target version, rule selection, failure threshold, outputs; merged with
// .prowlint.yaml into a LintRequest.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cmd/prowlint/checkconfig_flags.h"
#include "cmd/prowlint/io.h"
#include "cmd/prowlint/outputs.h"
#include "lint/base/read_file.h"
#include "lint/pipeline/pipeline.h"
#include "lint/report/report.h"
#include "lint/report/text_reporter.h"

namespace prowlint {

struct RunOptions {
  std::string config_path;
  std::string plugin_config;
  std::vector<std::string> job_config_paths;
  std::string prow_yaml_repo_name;  // checkconfig's --prow-yaml-repo-name
  std::string prow_yaml_path;       // checkconfig's --prow-yaml-path: its directory is read
  std::vector<std::string> supplemental_prow_dirs;  // --supplemental-prow-config-dir
  std::string supplemental_prow_suffix;             // --supplemental-prow-configs-filename-suffix
  std::vector<std::string> supplemental_plugin_dirs;   // --supplemental-plugin-config-dir
  std::optional<std::string> supplemental_plugin_suffix;  // "" skips the dirs, as in Prow
  std::vector<std::string> kubeconfigs;
  std::string kubeconfig_dir;
  std::string kubeconfig_suffix;
  std::string build_cluster;
  std::string target_version;
  std::vector<std::string> inventories;  // ALIAS=FILE or ALIAS/NAMESPACE=FILE
  bool no_in_cluster_config = false;
  std::string service_cluster;
  std::vector<std::string> deploy_dirs;
  std::vector<std::string> deploy_manifests;  // "-" = standard input
  std::vector<std::string> prow_image_prefixes;
  // The base side of a comparison (plan, lint --new-only).
  std::string base_dir;
  std::string base_ref;
  std::string current_version;
  std::string fail_on;  // "" = .prowlint.yaml's, else error; "none" = report only
  bool per_job = false;
  bool allow_uncertain_version = false;
  std::string baseline;        // --baseline, else .prowlint.yaml's
  std::string write_baseline;  // --write-baseline
  bool new_only = false;       // lint --new-only
  CheckconfigOptions checkconfig;  // lint only: checkconfig's own flags
  std::vector<std::string> only;
  std::vector<std::string> disable;
  std::string rules_config;  // --rules-config, else .prowlint.yaml found upward
  bool no_rules_config = false;
  bool no_suppressions = false;
  unsigned threads = 0;
  std::size_t max_input_mib = kDefaultMaxInputSize >> 20;  // --max-input-size
  int expiry_warning = -1;  // --expiry-warning DAYS; -1 = .prowlint.yaml's, else 30
  OutputOptions output;
};

/// Adds every shared flag to `cmd`; `formats` are the values --format takes.
void AddRunFlags(CLI::App* cmd, RunOptions& options, const std::vector<Format>& formats);

/// A run ready to go: the pipeline's request and how to report it.
struct PreparedRun {
  std::vector<std::unique_ptr<Rule>> all_rules;  // the request points into these
  LintRequest request;
  std::vector<OutputSpec> outputs;
  /// The lowest severity that fails the run; nullopt under --fail-on none.
  std::optional<Severity> fail_on = Severity::kError;
  bool color = false;
  TextOptions text;  // colour, --verbose, --quiet
  /// --write-baseline FILE: record the run's findings there ("" = no).
  std::string write_baseline;
  /// Every rule, as reports describe it (SARIF's table, JUnit's cases).
  std::vector<RuleMeta> rule_metas;
  /// --base DIR or --base-ref REF (at most one); both empty: no base side.
  std::string base_dir;
  std::string base_ref;
  /// --current-version: the base side's version instead of its manifests'.
  std::optional<ProwVersion> current_version;
  /// Said once among the run's notes (what checkconfig's flags do here).
  std::vector<std::string> notes;
  /// checkconfig's --strict: warnings of these rules fail the run too.
  bool strict = false;
  std::vector<std::string> strict_rules;
};

/// Every input path of `paths` that a base revision holds too (not "-").
std::vector<std::string> InputPathList(const InputPaths& paths);

/// The head run and, with --base or --base-ref, the base run.
struct Sides {
  std::unique_ptr<LintRun> head;
  std::unique_ptr<LintRun> base;
  /// The base findings the change fixes (placed in the base's files).
  std::vector<Finding> fixed;
};

/// Runs the head side (and the base side when asked), reporting on io.err
/// what stops the run: a base that cannot be read (a usage error), input
/// errors of either side (the base's prefixed "in the base revision"),
/// inputs that contradict each other. Returns an exit code then, else
/// nullopt. When compared, findings of the head are marked new or existing
/// and the ones the change fixes are collected.
std::optional<int> RunSides(const PreparedRun& prepared, const std::string& command, Io& io,
                            Sides& sides);

/// Merges .prowlint.yaml into `options` and checks every value. Throws
/// UsageError for a bad value; returns nullptr after printing the errors of
/// an unreadable .prowlint.yaml to io.err (a usage error too).
/// `formats` are the command's (for the defaults that depend on them).
std::unique_ptr<PreparedRun> PrepareRun(RunOptions options, Io& io,
                                        const std::vector<Format>& formats);

/// The exit code for a verdict (cmd/prowlint/exit_code.h).
int ExitCodeFor(Verdict verdict);

}  // namespace prowlint
