// SPDX-License-Identifier: Apache-2.0
// See run_options.h. The flags are a fixed contract: add, never change.
#include "cmd/prowlint/run_options.h"

#include <algorithm>
#include <filesystem>
#include <iterator>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/progress.h"
#include "cmd/prowlint/signal_cleanup.h"
#include "lint/base/repo_root.h"
#include "lint/base/text.h"
#include "lint/engine/new_findings.h"
#include "lint/load/git_snapshot.h"
#include "lint/load/project_config.h"
#include "lint/prow/restarts.h"
#include "lint/report/escape_text.h"
#include "lint/report/text_reporter.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

std::vector<std::pair<std::string, std::string>> ParseInventories(
    const std::vector<std::string>& specs) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& spec : specs) {
    const auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size())
      throw UsageError{"--inventory " + Quote(spec) +
                       ": expected ALIAS=FILE or ALIAS/NAMESPACE=FILE"};
    out.emplace_back(spec.substr(0, eq), spec.substr(eq + 1));
  }
  return out;
}

// Standard input up to the input size cap, read in chunks so that endless
// input (`yes |`) stops at the cap instead of filling memory. False past it.
bool ReadStandardInput(std::istream& in, std::string& out) {
  constexpr std::size_t kChunk = 64 * 1024;
  const std::size_t cap = MaxInputSize();
  out.clear();
  while (in) {
    const std::size_t used = out.size();
    out.resize(used + kChunk);
    in.read(&out[used], static_cast<std::streamsize>(kChunk));
    out.resize(used + static_cast<std::size_t>(in.gcount()));
    if (out.size() > cap) {
      out.clear();
      out.shrink_to_fit();
      return false;
    }
  }
  return true;
}

void CheckRuleId(const std::string& id, const std::vector<std::string>& ids, const char* where) {
  if (std::find(ids.begin(), ids.end(), id) != ids.end()) return;
  const std::string guess = ClosestMatch(id, ids);
  throw UsageError{std::string(where) + ": unknown rule " + Quote(id) +
                   (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?")};
}

std::optional<Severity> ParseSeverity(const std::string& s) {
  if (s == "info") return Severity::kInfo;
  if (s == "warning") return Severity::kWarning;
  if (s == "error") return Severity::kError;
  return std::nullopt;
}

bool ValidFailOn(const std::string& s) { return s == "none" || ParseSeverity(s); }

// .prowlint.yaml supplies what the command line leaves unset.
void Merge(const ProjectConfig& p, RunOptions& o, EngineOptions& engine,
           const std::vector<std::string>& ids) {
  auto where = [&](const Position& pos) {
    return p.path + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
  };
  auto fill = [](std::string& flag, const std::optional<std::string>& v) {
    if (flag.empty() && v) flag = *v;
  };
  fill(o.config_path, p.config_path);
  fill(o.plugin_config, p.plugin_config);
  if (o.job_config_paths.empty()) o.job_config_paths = p.job_config_paths;
  if (o.kubeconfigs.empty()) o.kubeconfigs = p.kubeconfigs;
  fill(o.kubeconfig_dir, p.kubeconfig_dir);
  fill(o.kubeconfig_suffix, p.kubeconfig_suffix);
  fill(o.build_cluster, p.build_cluster);
  if (o.inventories.empty())
    for (const auto& [alias, path] : p.inventories) o.inventories.push_back(alias + "=" + path);
  fill(o.target_version, p.target_version);
  fill(o.service_cluster, p.service_cluster);
  if (o.deploy_dirs.empty()) o.deploy_dirs = p.deploy_dirs;
  if (o.deploy_manifests.empty()) o.deploy_manifests = p.deploy_manifests;
  if (o.prow_image_prefixes.empty()) o.prow_image_prefixes = p.prow_image_prefixes;
  if (!o.no_in_cluster_config && p.no_in_cluster_config) o.no_in_cluster_config = *p.no_in_cluster_config;
  if (o.fail_on.empty() && p.fail_on) {
    if (!ValidFailOn(p.fail_on->value))
      throw UsageError{where(p.fail_on->pos) + ": fail-on must be error, warning, info or none, "
                       "not " + Quote(p.fail_on->value)};
    o.fail_on = p.fail_on->value;
  }
  fill(o.baseline, p.baseline);
  for (const AllowEntry& a : p.allow)
    if (a.rule) CheckRuleId(a.rule->value, ids, where(a.rule->pos).c_str());
  engine.allow = p.allow;
  for (const auto& id : p.disable) {
    CheckRuleId(id.value, ids, where(id.pos).c_str());
    o.disable.push_back(id.value);
  }
  for (const auto& [id, level] : p.severity) {
    CheckRuleId(id.value, ids, where(id.pos).c_str());
    if (level.value == "off") {
      o.disable.push_back(id.value);
    } else if (auto s = ParseSeverity(level.value)) {
      engine.severity[id.value] = *s;
    } else {
      throw UsageError{where(level.pos) + ": the severity of " + Quote(id.value) +
                       " must be info, warning, error or off, not " + Quote(level.value)};
    }
  }
  engine.ignore_paths = p.ignore_paths;
}

std::vector<const Rule*> SelectRules(const std::vector<std::unique_ptr<Rule>>& all,
                                     const RunOptions& options,
                                     const std::vector<std::string>& ids) {
  for (const std::string& id : options.only) CheckRuleId(id, ids, "--only");
  for (const std::string& id : options.disable) CheckRuleId(id, ids, "--disable");
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

std::vector<RuleMeta> DescribeRules(const PreparedRun& run) {
  std::vector<RuleMeta> metas;
  for (const auto& r : run.all_rules) {
    const RuleInfo& info = r->Info();
    auto it = run.request.engine.severity.find(std::string(info.id));
    const auto& selected = run.request.rules;
    const bool ran = std::find(selected.begin(), selected.end(), r.get()) != selected.end();
    metas.push_back({std::string(info.id), std::string(info.summary),
                     it == run.request.engine.severity.end() ? info.default_severity : it->second,
                     std::string(rules::RuleDoc(info.id)), ran, ""});
  }
  return metas;
}

// The paths of `o`, as InputPaths (standard input is read later, once).
void SetInputPaths(const RunOptions& o, InputPaths& paths) {
  paths.config_path = o.config_path;
  paths.plugin_config = o.plugin_config;
  paths.shards.prow_dirs = o.supplemental_prow_dirs;
  if (!o.supplemental_prow_suffix.empty()) paths.shards.prow_suffix = o.supplemental_prow_suffix;
  paths.shards.plugin_dirs = o.supplemental_plugin_dirs;
  if (o.supplemental_plugin_suffix) paths.shards.plugin_suffix = *o.supplemental_plugin_suffix;
  paths.job_config_paths = o.job_config_paths;
  // checkconfig reads the directory of --prow-yaml-path (path.Dir), whatever
  // its last element names.
  paths.in_repo = {o.prow_yaml_repo_name,
                   o.prow_yaml_path.empty()
                       ? ""
                       : std::filesystem::path(o.prow_yaml_path).parent_path().string()};
  paths.credentials = {o.kubeconfigs, o.kubeconfig_dir, o.kubeconfig_suffix, o.build_cluster};
  paths.inventories = ParseInventories(o.inventories);
  paths.manifests.dirs = o.deploy_dirs;
  paths.manifests.files = o.deploy_manifests;
  paths.manifests.prow_image_prefixes = o.prow_image_prefixes;
}

// The repository of the working directory (the directory itself outside
// one), with every input path the command line names.
InputBoundary CommandLineBoundary(const RunOptions& o) {
  std::error_code ec;
  const std::string here = std::filesystem::current_path(ec).string();
  const std::string repository = FindRepositoryRoot(here);
  InputBoundary boundary(repository.empty() ? here : repository);
  InputPaths named;
  SetInputPaths(o, named);
  for (const std::string& path : InputPathList(named)) boundary.Name(path);
  return boundary;
}

// Says what to do when no input is named: most often a pre-commit hook or a
// presubmit run in a repository that has no .prowlint.yaml yet.
std::string NothingToLint(const RunOptions& options, const std::string& project) {
  const std::string what = "nothing to lint: no --config-path or --job-config-path";
  if (options.no_rules_config) return what + " (and --no-rules-config reads no .prowlint.yaml)";
  if (!project.empty())
    return what + ", and " + project +
           " names neither config-path nor job-config-path; add them "
           "there or give the flags";
  std::error_code ec;
  const std::string here = std::filesystem::current_path(ec).string();
  return what + ", and no .prowlint.yaml in " + here +
         " or above it up to the repository root; "
         "create one at the root with \"config-path: <Prow's config.yaml>\" and "
         "\"job-config-path: <job config directory>\" (paths relative to it), or give the flags";
}

// Prow's configuration: config.yaml, plugins.yaml, job configs, in-repo jobs.
void AddConfigFlags(CLI::App* cmd, RunOptions& o) {
  cmd->add_option("--config-path", o.config_path, "Prow config.yaml")->type_name("FILE");
  cmd->add_option("--plugin-config", o.plugin_config, "Prow plugins.yaml")->type_name("FILE");
  cmd->add_option("--job-config-path", o.job_config_paths,
                  "job config file or directory (repeatable)")
      ->type_name("PATH");
  cmd->add_option("--prow-yaml-repo-name", o.prow_yaml_repo_name,
                  "as checkconfig: also read this repository's in-repo jobs (.prow/, else "
                  ".prow.yaml) and check them with the central ones")
      ->type_name("ORG/REPO");
  cmd->add_option("--prow-yaml-path", o.prow_yaml_path,
                  "as checkconfig: the in-repo config is looked for in the directory of PATH "
                  "(default: the current directory)")
      ->type_name("PATH");
  cmd->add_option("--supplemental-prow-config-dir", o.supplemental_prow_dirs,
                  "as Prow: also read the config shards under DIR and merge them into "
                  "config.yaml (repeatable)")
      ->type_name("DIR");
  auto* suffix = cmd->add_option("--supplemental-prow-configs-filename-suffix",
                                 o.supplemental_prow_suffix,
                                 "as Prow: shards are the files whose path ends with SUFFIX "
                                 "(default: _prowconfig.yaml)")
                     ->type_name("SUFFIX");
  cmd->add_option("--supplemental-prow-configs-filename", o.supplemental_prow_suffix,
                  "Prow's deprecated name of --supplemental-prow-configs-filename-suffix")
      ->type_name("SUFFIX")
      ->excludes(suffix);
  cmd->add_option("--supplemental-plugin-config-dir", o.supplemental_plugin_dirs,
                  "as Prow: also read the plugin config shards under DIR and merge them into "
                  "plugins.yaml (repeatable)")
      ->type_name("DIR");
  cmd->add_option("--supplemental-plugin-configs-filename-suffix", o.supplemental_plugin_suffix,
                  "as Prow: plugin shards are the files whose path ends with SUFFIX (default: "
                  "_pluginconfig.yaml; empty: the directories are skipped)")
      ->type_name("SUFFIX");
}

// Where jobs run: credentials, the target version, what exists in the clusters.
void AddClusterFlags(CLI::App* cmd, RunOptions& o) {
  cmd->add_option("--kubeconfig", o.kubeconfigs,
                  "kubeconfig, or a Secret manifest holding kubeconfigs (repeatable; merged "
                  "first-wins like $KUBECONFIG)")
      ->type_name("FILE");
  cmd->add_option("--kubeconfig-dir", o.kubeconfig_dir, "every kubeconfig file in DIR")
      ->type_name("DIR");
  cmd->add_option("--kubeconfig-suffix", o.kubeconfig_suffix,
                  "with --kubeconfig-dir: only files whose names end with SUFFIX")
      ->type_name("SUFFIX");
  cmd->add_option("--build-cluster", o.build_cluster,
                  "legacy clusters.yaml, or a Secret manifest wrapping one")
      ->type_name("FILE");
  cmd->add_option("--target-version", o.target_version,
                  "Prow tag (vYYYYMMDD-<sha>), an image reference ending in one, or latest")
      ->type_name("TAG");
  cmd->add_option("--inventory", o.inventories,
                  "what exists in cluster ALIAS, in NAMESPACE when given (kubectl get -o "
                  "name|custom-columns|yaml|json); ALIAS in-cluster is the service cluster "
                  "(repeatable)")
      ->type_name("ALIAS[/NAMESPACE]=FILE");
  cmd->add_flag("--no-in-cluster-config", o.no_in_cluster_config,
                "as Prow's flag: no in-cluster context and no \"default\" fallback");
  cmd->add_option("--service-cluster", o.service_cluster,
                  "a credential alias that is (also) the service cluster")
      ->type_name("ALIAS");
}

// Prow's deploy manifests and the base side of a comparison.
void AddDeployFlags(CLI::App* cmd, RunOptions& o) {
  cmd->add_option("--deploy-dir", o.deploy_dirs,
                  "Prow's deploy manifests: every .yaml, .yml and .json under DIR (repeatable)")
      ->type_name("DIR");
  cmd->add_option("--deploy-manifest", o.deploy_manifests,
                  "a deploy manifest file; - reads standard input, e.g. kustomize build output "
                  "(repeatable)")
      ->type_name("FILE");
  cmd->add_option("--prow-image-prefix", o.prow_image_prefixes,
                  "a registry prefix that also holds Prow's images, for mirrors (repeatable)")
      ->type_name("PREFIX");
  cmd->add_option("--base", o.base_dir,
                  "compare with the base revision checked out in DIR: every input is read again "
                  "under DIR at the same relative path")
      ->type_name("DIR");
  cmd->add_option("--base-ref", o.base_ref,
                  "compare with git revision REF of the repository the inputs live in, without a "
                  "second checkout")
      ->type_name("REF");
  cmd->add_option("--current-version", o.current_version,
                  "the Prow tag deployed now (the base side's version; default: its manifests')")
      ->type_name("TAG");
}

// What fails the run and which findings are reported.
void AddOutcomeFlags(CLI::App* cmd, RunOptions& o) {
  cmd->add_option("--fail-on", o.fail_on,
                  "lowest severity that fails the run: error (default), warning or info; none "
                  "reports without failing")
      ->type_name("SEVERITY")
      ->check(OneOf({"error", "warning", "info", "none"}));
  cmd->add_flag("--per-job", o.per_job,
                "one finding per job, not one per cause with every job listed");
  cmd->add_flag("--allow-uncertain-version", o.allow_uncertain_version,
                "what only some builds of a tag built on a day plank changed would do is a "
                "warning, not an error");
  cmd->add_option("--baseline", o.baseline,
                  "report only findings not recorded in FILE, and its entries that match "
                  "nothing any more")
      ->type_name("FILE");
  cmd->add_option("--write-baseline", o.write_baseline,
                  "record this run's findings in FILE (then --baseline FILE reports only new "
                  "ones); exits 0")
      ->type_name("FILE");
}

// Which rules run, and the .prowlint.yaml that may choose them.
void AddRuleSelectionFlags(CLI::App* cmd, RunOptions& o) {
  cmd->add_option("--only", o.only, "run only this rule (repeatable)")->type_name("RULE");
  cmd->add_option("--disable", o.disable, "do not run this rule (repeatable)")->type_name("RULE");
  cmd->add_option("--rules-config", o.rules_config,
                  "prowlint config (default: .prowlint.yaml, searched from here up to the "
                  "repository root)")
      ->type_name("FILE");
  cmd->add_flag("--no-rules-config", o.no_rules_config,
                "read no .prowlint.yaml, even one found upward");
  cmd->add_flag("--no-suppressions", o.no_suppressions,
                "report what # prowlint:ignore= directives would hide");
}

// Thresholds and resources.
void AddLimitFlags(CLI::App* cmd, RunOptions& o) {
  cmd->add_option("--expiry-warning", o.expiry_warning,
                  "warn about certificates and tokens that expire within DAYS (default 30)")
      ->type_name("DAYS")
      ->check(CLI::Range(0, 99999));
  cmd->add_option("--threads", o.threads, "threads that read job configs (default 0: one per core)")
      ->type_name("N");
  cmd->add_option("--max-input-size", o.max_input_mib,
                  "refuse an input file, or standard input, larger than MIB mebibytes "
                  "(default 256; inputs are held in memory)")
      ->type_name("MIB")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
}

}  // namespace

void AddRunFlags(CLI::App* cmd, RunOptions& o, const std::vector<Format>& formats) {
  // In --help's order.
  AddConfigFlags(cmd, o);
  AddClusterFlags(cmd, o);
  AddDeployFlags(cmd, o);
  AddOutputFlags(cmd, o.output, formats);
  AddOutcomeFlags(cmd, o);
  AddRuleSelectionFlags(cmd, o);
  AddLimitFlags(cmd, o);
}

std::unique_ptr<PreparedRun> PrepareRun(RunOptions options, Io& io,
                                        const std::vector<Format>& formats) {
  auto run = std::make_unique<PreparedRun>();
  run->all_rules = rules::AllRules();
  std::vector<std::string> ids;
  for (const auto& r : run->all_rules) ids.emplace_back(r->Info().id);
  LintRequest& req = run->request;
  // Before any input is read, .prowlint.yaml included.
  SetMaxInputSize(options.max_input_mib << 20);
  // checkconfig's flags, before .prowlint.yaml: --strict is given here.
  const CheckconfigEffect checkconfig = ResolveCheckconfig(options.checkconfig);
  if (checkconfig.strict && options.fail_on == "none")
    throw UsageError{"--strict (fail on checkconfig's warnings) and --fail-on none exclude each "
                     "other"};
  run->strict = checkconfig.strict;
  run->strict_rules = checkconfig.strict_rules;
  for (const std::string& id : checkconfig.disable) options.disable.push_back(id);
  run->notes = checkconfig.notes;

  if (options.no_rules_config && !options.rules_config.empty())
    throw UsageError{"--rules-config and --no-rules-config exclude each other"};
  const std::string project = options.no_rules_config       ? ""
                              : !options.rules_config.empty() ? options.rules_config
                                                              : FindProjectConfig(".");
  // Taken before .prowlint.yaml fills in: only what the command line names
  // may lead out of the repository.
  InputBoundary boundary = CommandLineBoundary(options);
  if (!project.empty()) {
    // A --rules-config outside the repository is the user's, not the pull
    // request's: its paths are as trusted as flags.
    const bool users_own = !options.rules_config.empty() && !boundary.ReachesInside(project);
    Deploy scratch;  // only its SourceSet, to show where .prowlint.yaml is wrong
    Diagnostics diag;
    ProjectConfig config =
        LoadProjectConfig(project, scratch.sources, diag, users_own ? InputBoundary() : boundary);
    if (diag.HasErrors()) {
      WriteText(MakeErrorReport(scratch, std::move(diag.errors)), TextOptions{false, true}, io.err);
      return nullptr;
    }
    Merge(config, options, req.engine, ids);
    req.run.policy = std::move(config.policy);
    if (users_own) boundary = CommandLineBoundary(options);
  }
  if (options.expiry_warning >= 0) {
    req.run.expiry_warning_days = options.expiry_warning;
  } else if (req.run.policy.expiry_warning_days) {
    req.run.expiry_warning_days = req.run.policy.expiry_warning_days->value;
  }
  if (options.config_path.empty() && options.job_config_paths.empty() &&
      options.deploy_dirs.empty() && options.deploy_manifests.empty() &&
      options.plugin_config.empty() && options.prow_yaml_repo_name.empty())
    throw UsageError{NothingToLint(options, project)};
  if (!options.supplemental_plugin_dirs.empty() && options.plugin_config.empty())
    throw UsageError{"--supplemental-plugin-config-dir needs --plugin-config (the plugin config "
                     "its shards merge into)"};
  if (!options.supplemental_prow_dirs.empty() && options.config_path.empty())
    throw UsageError{"--supplemental-prow-config-dir needs --config-path (the config its shards "
                     "merge into)"};
  if (!options.prow_yaml_path.empty() && options.prow_yaml_repo_name.empty())
    throw UsageError{"--prow-yaml-path needs --prow-yaml-repo-name (the repository its jobs are for)"};
  if (!options.kubeconfig_suffix.empty() && options.kubeconfig_dir.empty())
    throw UsageError{"--kubeconfig-suffix needs --kubeconfig-dir"};
  if (!options.target_version.empty()) {
    std::string error;
    req.target_version = ParseProwVersion(options.target_version, error);
    if (!req.target_version) throw UsageError{"--target-version: " + error};
  }
  if (!options.base_dir.empty() && !options.base_ref.empty())
    throw UsageError{"--base and --base-ref exclude each other"};
  run->base_dir = options.base_dir;
  run->base_ref = options.base_ref;
  if (!options.current_version.empty()) {
    std::string error;
    run->current_version = ParseProwVersion(options.current_version, error);
    if (!run->current_version) throw UsageError{"--current-version: " + error};
    req.run.current_version = run->current_version;
  }
  if (options.fail_on.empty()) options.fail_on = "error";
  if (!ValidFailOn(options.fail_on))
    throw UsageError{"fail-on must be error, warning, info or none, not " + Quote(options.fail_on)};
  run->fail_on = ParseSeverity(options.fail_on);
  req.rules = SelectRules(run->all_rules, options, ids);
  run->outputs = ResolveOutputs(options.output, io, formats);
  run->color = UseColor(options.output, io);
  run->text = {run->color, true, options.output.verbose, options.output.quiet};
  run->write_baseline = options.write_baseline;
  // A baseline being written records every finding, so none is left out.
  if (options.write_baseline.empty()) req.baseline_path = options.baseline;
  req.engine.per_job = options.per_job;
  req.run.allow_uncertain_version = options.allow_uncertain_version;
  req.run.required_job_annotations = options.checkconfig.required_job_annotations;

  SetInputPaths(options, req.paths);
  req.paths.boundary = boundary;
  const auto dashes = std::count(options.deploy_manifests.begin(), options.deploy_manifests.end(), "-");
  if (dashes > 1) throw UsageError{"--deploy-manifest - can be given once"};
  if (dashes == 1) {
    if (!io.in || io.in_is_terminal)
      throw UsageError{"--deploy-manifest -: standard input is a terminal; pipe the manifests "
                       "in (kustomize build DIR | prowlint lint --deploy-manifest - ...)"};
    if (!ReadStandardInput(*io.in, req.paths.manifests.stdin_text))
      req.paths.manifests.stdin_error = "is over " + InputSizeCap();
    else if (req.paths.manifests.stdin_text.find_first_not_of(" \t\r\n") == std::string::npos)
      throw UsageError{"--deploy-manifest -: nothing on standard input"};
  }
  req.threads = options.threads;
  req.engine.apply_suppressions = !options.no_suppressions;
  req.run.today = io.today;
  req.run.rule_ids = ids;
  req.run.cluster_options = {options.no_in_cluster_config, options.service_cluster};
  run->rule_metas = DescribeRules(*run);
  return run;
}

std::vector<std::string> InputPathList(const InputPaths& paths) {
  std::vector<std::string> out;
  auto add = [&](const std::string& p) {
    if (!p.empty() && p != "-") out.push_back(p);
  };
  add(paths.config_path);
  add(paths.plugin_config);
  for (const auto& p : paths.shards.prow_dirs) add(p);
  for (const auto& p : paths.shards.plugin_dirs) add(p);
  for (const auto& p : paths.job_config_paths) add(p);
  if (!paths.in_repo.repo.empty()) add(paths.in_repo.root.empty() ? "." : paths.in_repo.root);
  for (const auto& p : paths.credentials.kubeconfigs) add(p);
  add(paths.credentials.kubeconfig_dir);
  add(paths.credentials.build_cluster);
  for (const auto& [alias, p] : paths.inventories) add(p);
  for (const auto& p : paths.manifests.dirs) add(p);
  for (const auto& p : paths.manifests.files) add(p);
  return out;
}

// What a base snapshot leaves to the working tree, said once.
std::vector<std::string> SnapshotNotes(const GitSnapshot& snapshot) {
  std::vector<std::string> notes;
  for (const std::string& s : snapshot.submodules())
    notes.push_back("submodule " + s + ": its working-tree files stand for the base revision "
                    "too (its history is another repository's)");
  for (const std::string& link : snapshot.links_out())
    notes.push_back(link + " is a symbolic link out of the repository at the base revision and "
                    "was not read");
  return notes;
}

std::optional<int> RunSides(const PreparedRun& prepared, const std::string& command, Io& io,
                            Sides& sides) {
  // Declared first, so destroyed last: the snapshot's directory is gone
  // before its signal cleanup is.
  std::optional<RemoveOnSignal> cleanup;
  std::unique_ptr<GitSnapshot> snapshot;
  std::optional<BaseSide> base;
  if (!prepared.base_ref.empty()) {
    std::string error;
    // From before the directory exists until its cleanup is in place.
    SignalsHeld held;
    snapshot = GitSnapshot::Create(prepared.base_ref, InputPathList(prepared.request.paths), error,
                                   [&](const std::string& dir) {
                                     cleanup.emplace(dir);
                                     held.Release();
                                   });
    held.Release();
    if (!snapshot) {
      io.err << command << ": " << error << "\n";
      return kExitUsage;
    }
    const GitSnapshot* s = snapshot.get();
    base = BaseSide{[s](const std::string& given) { return s->Locate(given); },
                    prepared.current_version, SnapshotNotes(*s)};
  } else if (!prepared.base_dir.empty()) {
    std::error_code ec;
    if (!std::filesystem::is_directory(prepared.base_dir, ec)) {
      io.err << command << ": --base " << TextValue(prepared.base_dir) << ": not a directory\n";
      return kExitUsage;
    }
    base = BaseSide{LocateUnder(prepared.base_dir), prepared.current_version, {}};
  } else if (prepared.current_version) {
    // The deploy as it is, at the current version against the target.
    base = BaseSide{LocateSame(), prepared.current_version, {}};
  }
  {
    Progress progress(io.err, io.err_is_terminal);
    if (!base) {
      sides.head = RunLint(prepared.request, std::ref(progress));
    } else {
      Comparison c = RunComparison(prepared.request, *base, std::ref(progress));
      sides.head = std::move(c.head);
      sides.base = std::move(c.base);
    }
  }
  // The base's input errors stop the run too: without it nothing compares.
  if (sides.base && !sides.base->input_errors.empty()) {
    for (InputError& e : sides.base->input_errors) e.message = "in the base revision: " + e.message;
    WriteText(MakeErrorReport(sides.base->deploy, std::move(sides.base->input_errors)),
              TextOptions{false, false}, io.err);
    return kExitInputError;
  }
  for (LintRun* run : {sides.head.get(), sides.base.get()}) {
    if (run && !run->usage_error.empty() && run->input_errors.empty()) {
      io.err << command << ": " << run->usage_error << "\n";
      return kExitUsage;
    }
  }
  if (sides.base) {
    MarkExisting(sides.base->result.findings, sides.head->result.findings);
    MarkRestarted(RestartedComponents(sides.base->deploy.manifests, sides.head->deploy.manifests),
                  sides.head->result.findings);
    sides.fixed = FixedFindings(sides.base->result.findings, sides.head->result.findings);
  }
  return std::nullopt;
}

int ExitCodeFor(Verdict verdict) {
  switch (verdict) {
    case Verdict::kClean:
      return kExitClean;
    case Verdict::kFindings:
      return kExitFindings;
    case Verdict::kUsageError:
      return kExitUsage;
    case Verdict::kInputError:
    case Verdict::kInternalError:
      return kExitInputError;
  }
  return kExitInputError;
}

}  // namespace prowlint
