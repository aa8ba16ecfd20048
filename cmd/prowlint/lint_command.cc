// See lint_command.h. The flags are a fixed contract: add, never change.
#include "cmd/prowlint/lint_command.h"

#include <rang.hpp>

#include "cmd/prowlint/exit_code.h"
#include "lint/cluster_resolution.h"
#include "lint/engine.h"
#include "lint/load_deploy.h"
#include "lint/prow_version.h"
#include "lint/report/json_reporter.h"
#include "lint/report/text_reporter.h"
#include "lint/text.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

// A usage problem found after parsing (bad value of a valid flag).
struct UsageError {
  std::string message;
};

std::vector<std::pair<std::string, std::string>> ParseInventories(
    const std::vector<std::string>& specs) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& spec : specs) {
    const auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size())
      throw UsageError{"--inventory " + Quote(spec) + ": expected ALIAS=FILE"};
    out.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
  }
  return out;
}

std::vector<const Rule*> SelectRules(const std::vector<std::unique_ptr<Rule>>& all,
                                     const LintOptions& options) {
  std::vector<std::string> ids;
  for (const auto& r : all) ids.emplace_back(r->Info().id);
  for (const auto* list : {&options.only, &options.disable}) {
    for (const std::string& id : *list) {
      if (std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
      const std::string guess = ClosestMatch(id, ids);
      throw UsageError{"unknown rule " + Quote(id) +
                       (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?")};
    }
  }
  std::vector<const Rule*> selected;
  for (const auto& r : all) {
    const std::string id(r->Info().id);
    auto in = [&](const std::vector<std::string>& v) {
      return std::find(v.begin(), v.end(), id) != v.end();
    };
    if (!options.only.empty() && !in(options.only)) continue;
    if (in(options.disable)) continue;
    selected.push_back(r.get());
  }
  return selected;
}

bool UseColor(const LintOptions& options, const Io& io) {
  if (options.format != "text" || options.color == "never") return false;
  if (options.color == "always") return true;
  if (!io.env("NO_COLOR").empty()) return false;
  return io.out_is_terminal;
}

Severity FailOn(const std::string& s) {
  return s == "info" ? Severity::kInfo : s == "warning" ? Severity::kWarning : Severity::kError;
}

void Write(const Report& report, const LintOptions& options, bool color, Io& io) {
  if (options.format == "json") {
    WriteJson(report, io.out);
    if (!report.input_errors.empty()) WriteText(report, false, io.err);
    return;
  }
  // Input errors are diagnostics of the run, not its output.
  WriteText(report, color, report.input_errors.empty() ? io.out : io.err);
}

std::string VersionNote(const ClusterResolution& clusters) {
  const VersionSemantics& s = clusters.semantics;
  std::string era;
  for (AliasEra e : s.eras) era += (era.empty() ? "" : "; or ") + std::string(AliasEraName(e));
  if (!s.version) return "no --target-version given: judged as today's Prow (" + era + ")";
  if (s.eras.size() > 1)
    return s.version->tag + " was built on a day plank's alias loading changed: either " + era;
  return s.version->tag + ": " + era;
}

}  // namespace

CLI::App* SetupLintCommand(CLI::App& app, LintOptions& o) {
  CLI::App* cmd = app.add_subcommand("lint", "check Prow config, jobs and credentials");
  cmd->add_option("--config-path", o.config_path, "Prow config.yaml");
  cmd->add_option("--job-config-path", o.job_config_paths,
                  "job config file or directory (repeatable)");
  cmd->add_option("--kubeconfig", o.kubeconfigs,
                  "kubeconfig, or a Secret manifest holding kubeconfigs (repeatable; merged "
                  "first-wins like $KUBECONFIG)");
  cmd->add_option("--kubeconfig-dir", o.kubeconfig_dir, "every kubeconfig file in DIR");
  cmd->add_option("--kubeconfig-suffix", o.kubeconfig_suffix,
                  "with --kubeconfig-dir: only files whose names end with SUFFIX");
  cmd->add_option("--build-cluster", o.build_cluster,
                  "legacy clusters.yaml, or a Secret manifest wrapping one");
  cmd->add_option("--target-version", o.target_version,
                  "Prow tag (vYYYYMMDD-<sha>) or an image reference ending in one");
  cmd->add_option("--inventory", o.inventories,
                  "ALIAS=FILE: what exists in cluster ALIAS (kubectl get -o name|yaml|json); "
                  "ALIAS in-cluster is the service cluster (repeatable)");
  cmd->add_flag("--no-in-cluster-config", o.no_in_cluster_config,
                "as Prow's flag: no in-cluster context and no \"default\" fallback");
  cmd->add_option("--service-cluster", o.service_cluster,
                  "a credential alias that is (also) the service cluster");
  cmd->add_option("--format", o.format, "output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  cmd->add_option("--fail-on", o.fail_on, "lowest severity that fails the run")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->default_str("error");
  cmd->add_option("--color", o.color, "colour text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_str("auto");
  cmd->add_option("--only", o.only, "run only this rule (repeatable)");
  cmd->add_option("--disable", o.disable, "do not run this rule (repeatable)");
  cmd->add_option("--threads", o.threads, "threads for loading job configs (0 = one per core)");
  return cmd;
}

int RunLintCommand(const LintOptions& options, Io& io) {
  const auto all_rules = rules::AllRules();
  std::vector<const Rule*> selected;
  InputPaths paths;
  std::optional<ProwVersion> version;
  try {
    if (options.config_path.empty() && options.job_config_paths.empty())
      throw UsageError{"nothing to lint: give --config-path and/or --job-config-path"};
    if (!options.kubeconfig_suffix.empty() && options.kubeconfig_dir.empty())
      throw UsageError{"--kubeconfig-suffix needs --kubeconfig-dir"};
    if (!options.target_version.empty()) {
      std::string error;
      version = ParseProwVersion(options.target_version, error);
      if (!version) throw UsageError{"--target-version: " + error};
    }
    selected = SelectRules(all_rules, options);
    paths.config_path = options.config_path;
    paths.job_config_paths = options.job_config_paths;
    paths.credentials = {options.kubeconfigs, options.kubeconfig_dir, options.kubeconfig_suffix,
                         options.build_cluster};
    paths.inventories = ParseInventories(options.inventories);
  } catch (const UsageError& e) {
    io.err << "prowlint lint: " << e.message << "\n";
    return kExitUsage;
  }

  const bool color = UseColor(options, io);
  rang::setControlMode(color ? rang::control::Force : rang::control::Off);

  Deploy deploy;
  Diagnostics diag;
  LoadDeploy(paths, options.threads, deploy, diag);
  if (diag.HasErrors()) {
    Write(MakeErrorReport(deploy, std::move(diag.errors)), options, color, io);
    return kExitInputError;
  }

  deploy.cluster_options = {options.no_in_cluster_config, options.service_cluster};
  deploy.clusters = ResolveClusters(deploy.credentials, deploy.config, SemanticsFor(version),
                                    deploy.cluster_options);
  LintResult result = RunRules(deploy, selected);
  std::vector<std::string> notes{VersionNote(deploy.clusters)};
  for (const std::string& n : deploy.clusters.notes) notes.push_back(n);
  for (std::string& n : result.notes) notes.push_back(std::move(n));
  result.notes = std::move(notes);

  const Severity fail_on = FailOn(options.fail_on);
  bool failed = false;
  bool internal = false;
  for (const Finding& f : result.findings) {
    failed = failed || f.severity >= fail_on;
    internal = internal || f.rule_id == "internal-error";
  }
  Write(MakeReport(deploy, std::move(result)), options, color, io);
  if (internal) return kExitInputError;
  return failed ? kExitFindings : kExitClean;
}

}  // namespace prowlint
