// See lint_command.h. The flags are a fixed contract: add, never change.
#include "cmd/prowlint/lint_command.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <rang.hpp>

#include "cmd/prowlint/exit_code.h"
#include "cmd/prowlint/progress.h"
#include "lint/cluster_resolution.h"
#include "lint/engine.h"
#include "lint/load_deploy.h"
#include "lint/project_config.h"
#include "lint/prow_version.h"
#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/junit_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"
#include "lint/text.h"
#include "rules/registry.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif

namespace prowlint {
namespace {

// A usage problem found after parsing (bad value of a valid flag).
struct UsageError {
  std::string message;
};

const std::vector<std::string> kFormats = {"text", "json", "sarif", "github", "junit"};

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

// .prowlint.yaml supplies what the command line leaves unset.
void Merge(const ProjectConfig& p, LintOptions& o, EngineOptions& engine,
           const std::vector<std::string>& ids) {
  auto where = [&](const Position& pos) {
    return p.path + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
  };
  auto fill = [](std::string& flag, const std::optional<std::string>& v) {
    if (flag.empty() && v) flag = *v;
  };
  fill(o.config_path, p.config_path);
  if (o.job_config_paths.empty()) o.job_config_paths = p.job_config_paths;
  if (o.kubeconfigs.empty()) o.kubeconfigs = p.kubeconfigs;
  fill(o.kubeconfig_dir, p.kubeconfig_dir);
  fill(o.kubeconfig_suffix, p.kubeconfig_suffix);
  fill(o.build_cluster, p.build_cluster);
  if (o.inventories.empty())
    for (const auto& [alias, path] : p.inventories) o.inventories.push_back(alias + "=" + path);
  fill(o.target_version, p.target_version);
  fill(o.service_cluster, p.service_cluster);
  if (!o.no_in_cluster_config && p.no_in_cluster_config) o.no_in_cluster_config = *p.no_in_cluster_config;
  if (o.fail_on.empty() && p.fail_on) {
    if (!ParseSeverity(p.fail_on->value))
      throw UsageError{where(p.fail_on->pos) + ": fail-on must be error, warning or info, not " +
                       Quote(p.fail_on->value)};
    o.fail_on = p.fail_on->value;
  }
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
                                     const LintOptions& options,
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

// Where reports go when no --format is given: plain text, plus annotations
// in GitHub Actions, plus JUnit for Spyglass in a Prow job; and JUnit into
// $ARTIFACTS whenever it is set and no --output was given.
std::vector<OutputSpec> ResolveOutputs(const LintOptions& o, const Io& io) {
  std::vector<OutputSpec> outputs;
  for (const OutputSpec& spec : o.outputs) {  // the same report twice is a slip
    auto same = [&](const OutputSpec& x) { return x.format == spec.format && x.path == spec.path; };
    if (std::none_of(outputs.begin(), outputs.end(), same)) outputs.push_back(spec);
  }
  if (outputs.empty()) {
    outputs.push_back({"text", ""});
    if (io.env("GITHUB_ACTIONS") == "true") outputs.push_back({"github", ""});
  }
  const std::string artifacts = io.env("ARTIFACTS");
  const bool any_file = std::any_of(outputs.begin(), outputs.end(),
                                    [](const OutputSpec& s) { return !s.path.empty(); });
  if (!artifacts.empty() && !any_file) {
    // Prow creates $ARTIFACTS; elsewhere it may not exist yet.
    std::error_code ec;
    std::filesystem::create_directories(artifacts, ec);
    outputs.push_back({"junit", artifacts + "/junit_prowlint.xml"});
  }
  std::size_t machine_on_stdout = 0, on_stdout = 0;
  for (const OutputSpec& s : outputs) {
    if (!s.path.empty()) continue;
    ++on_stdout;
    if (s.format != "text" && s.format != "github") ++machine_on_stdout;
  }
  if (machine_on_stdout > 0 && on_stdout > 1)
    throw UsageError{"only text and github can share standard output; give the others --output FILE"};
  return outputs;
}

bool UseColor(const LintOptions& options, const Io& io) {
  if (options.color == "never") return false;
  if (options.color == "always") return true;
  if (!io.env("NO_COLOR").empty()) return false;
  return io.out_is_terminal;
}

void WriteFormat(const Report& report, const std::string& format, bool color, std::ostream& out) {
  if (format == "json") {
    WriteJson(report, out);
  } else if (format == "sarif") {
    WriteSarif(report, out);
  } else if (format == "github") {
    WriteGithub(report, out);
  } else if (format == "junit") {
    WriteJunit(report, out);
  } else {
    WriteText(report, TextOptions{color, true}, out);
  }
}

// Writes every output. Text goes to stderr when the run stopped on input
// errors (they are diagnostics, not results). Returns false when a file
// cannot be written.
bool WriteOutputs(const Report& report, const std::vector<OutputSpec>& outputs, bool color,
                  Io& io) {
  bool ok = true;
  for (const OutputSpec& spec : outputs) {
    if (spec.path.empty()) {
      const bool to_err = spec.format == "text" && !report.input_errors.empty();
      WriteFormat(report, spec.format, color && !to_err, to_err ? io.err : io.out);
      continue;
    }
    std::ofstream file(spec.path, std::ios::binary | std::ios::trunc);
    if (file) WriteFormat(report, spec.format, false, file);
    file.close();
    if (!file) {
      io.err << "prowlint lint: cannot write " << spec.path << ": " << std::strerror(errno) << "\n";
      ok = false;
    }
  }
  // Input errors always reach a human, whatever the formats.
  const bool text_shown = std::any_of(outputs.begin(), outputs.end(), [](const OutputSpec& s) {
    return s.format == "text" && s.path.empty();
  });
  if (!report.input_errors.empty() && !text_shown) WriteText(report, TextOptions{false, false}, io.err);
  return ok;
}

// With credentials, an --inventory alias must name one of their aliases (or
// in-cluster): a misspelt one would leave its cluster silently unjudged.
std::string CheckInventoryAliases(const Deploy& deploy) {
  if (!deploy.credentials.Given()) return "";
  std::vector<std::string> aliases{kInClusterAlias};
  for (const auto* list : {&deploy.credentials.kubeconfig, &deploy.credentials.build_cluster})
    for (const ClusterContext& c : *list) aliases.push_back(c.alias.value);
  for (const auto& [alias, inventory] : deploy.inventories) {
    if (std::find(aliases.begin(), aliases.end(), alias) != aliases.end()) continue;
    const std::string guess = ClosestMatch(alias, aliases);
    return "--inventory " + alias + "=" + deploy.sources.Path(inventory.file) +
           ": the credentials define no alias " + Quote(alias) +
           (guess.empty() ? " (in-cluster is the service cluster)"
                          : "; did you mean " + Quote(guess) + "?");
  }
  return "";
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
  cmd->add_option("--config-path", o.config_path, "Prow config.yaml")->type_name("FILE");
  cmd->add_option("--job-config-path", o.job_config_paths,
                  "job config file or directory (repeatable)")
      ->type_name("PATH");
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
                  "what exists in cluster ALIAS (kubectl get -o name|yaml|json); ALIAS "
                  "in-cluster is the service cluster (repeatable)")
      ->type_name("ALIAS=FILE");
  cmd->add_flag("--no-in-cluster-config", o.no_in_cluster_config,
                "as Prow's flag: no in-cluster context and no \"default\" fallback");
  cmd->add_option("--service-cluster", o.service_cluster,
                  "a credential alias that is (also) the service cluster")
      ->type_name("ALIAS");
  cmd->add_option("--format", o.formats,
                  "text, json, sarif, github or junit (repeatable; default text, plus github in "
                  "GitHub Actions, plus junit into $ARTIFACTS when set)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember(kFormats));
  cmd->add_option("--output", o.output_paths,
                  "write the --format given just before to FILE instead of stdout (repeatable)")
      ->type_name("FILE");
  cmd->add_option("--fail-on", o.fail_on,
                  "lowest severity that fails the run: error (default), warning or info")
      ->type_name("SEVERITY")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--color", o.color, "colour text output: auto (default), always or never")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--only", o.only, "run only this rule (repeatable)")->type_name("RULE");
  cmd->add_option("--disable", o.disable, "do not run this rule (repeatable)")->type_name("RULE");
  cmd->add_option("--rules-config", o.rules_config,
                  "prowlint config (default: .prowlint.yaml, searched from here up to the "
                  "repository root)")
      ->type_name("FILE");
  cmd->add_flag("--no-suppressions", o.no_suppressions,
                "report what # prowlint:ignore= directives would hide");
  cmd->add_option("--threads", o.threads, "threads that read job configs (default 0: one per core)")
      ->type_name("N");
  return cmd;
}

std::string PairOutputs(const CLI::App& lint, LintOptions& o) {
  std::size_t format_i = 0, output_i = 0;
  for (const CLI::Option* opt : lint.parse_order()) {
    if (opt->get_name() == "--format") {
      o.outputs.push_back({o.formats.at(format_i++), ""});
    } else if (opt->get_name() == "--output") {
      if (o.outputs.empty() || !o.outputs.back().path.empty())
        return "--output " + o.output_paths.at(output_i) + " needs a --format before it";
      o.outputs.back().path = o.output_paths.at(output_i++);
    }
  }
  return "";
}

int RunLintCommand(LintOptions options, Io& io) {
  const auto all_rules = rules::AllRules();
  std::vector<std::string> ids;
  for (const auto& r : all_rules) ids.emplace_back(r->Info().id);

  std::vector<const Rule*> selected;
  InputPaths paths;
  std::optional<ProwVersion> version;
  std::vector<OutputSpec> outputs;
  EngineOptions engine;
  Deploy deploy;
  try {
    const std::string project =
        !options.rules_config.empty() ? options.rules_config : FindProjectConfig(".");
    if (!project.empty()) {
      Diagnostics diag;
      ProjectConfig config = LoadProjectConfig(project, deploy.sources, diag);
      if (diag.HasErrors()) {
        WriteText(MakeErrorReport(deploy, std::move(diag.errors)), TextOptions{false, true}, io.err);
        return kExitUsage;
      }
      Merge(config, options, engine, ids);
    }
    if (options.config_path.empty() && options.job_config_paths.empty())
      throw UsageError{"nothing to lint: give --config-path and/or --job-config-path, or write "
                       "them in .prowlint.yaml"};
    if (!options.kubeconfig_suffix.empty() && options.kubeconfig_dir.empty())
      throw UsageError{"--kubeconfig-suffix needs --kubeconfig-dir"};
    if (!options.target_version.empty()) {
      std::string error;
      version = ParseProwVersion(options.target_version, error);
      if (!version) throw UsageError{"--target-version: " + error};
    }
    if (options.fail_on.empty()) options.fail_on = "error";
    if (!ParseSeverity(options.fail_on))
      throw UsageError{"fail-on must be error, warning or info, not " + Quote(options.fail_on)};
    selected = SelectRules(all_rules, options, ids);
    outputs = ResolveOutputs(options, io);
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

  Diagnostics diag;
  {
    Progress progress(io.err, io.err_is_terminal);
    LoadDeploy(paths, options.threads, deploy, diag, std::ref(progress));
  }
  std::vector<RuleMeta> metas;
  for (const auto& r : all_rules) {
    const RuleInfo& info = r->Info();
    auto it = engine.severity.find(std::string(info.id));
    const bool ran = std::find(selected.begin(), selected.end(), r.get()) != selected.end();
    metas.push_back({std::string(info.id), std::string(info.summary),
                     it == engine.severity.end() ? info.default_severity : it->second,
                     std::string(rules::RuleDoc(info.id)), ran});
  }
  const Severity fail_on = *ParseSeverity(options.fail_on);
  auto finish = [&](Report report) {
    report.tool_version = PROWLINT_VERSION;
    report.rules = metas;
    report.fail_on = fail_on;
    return WriteOutputs(report, outputs, color, io);
  };
  if (diag.HasErrors()) {
    finish(MakeErrorReport(deploy, std::move(diag.errors)));
    return kExitInputError;
  }
  if (const std::string error = CheckInventoryAliases(deploy); !error.empty()) {
    io.err << "prowlint lint: " << error << "\n";
    return kExitUsage;
  }

  deploy.today = io.today;
  deploy.rule_ids = ids;
  deploy.cluster_options = {options.no_in_cluster_config, options.service_cluster};
  deploy.clusters = ResolveClusters(deploy.credentials, deploy.config, SemanticsFor(version),
                                    deploy.cluster_options);
  engine.apply_suppressions = !options.no_suppressions;
  LintResult result = RunRules(deploy, selected, engine);
  std::vector<std::string> notes{VersionNote(deploy.clusters)};
  for (const std::string& n : deploy.load_notes) notes.push_back(n);
  for (const std::string& n : deploy.clusters.notes) notes.push_back(n);
  for (std::string& n : result.notes) notes.push_back(std::move(n));
  result.notes = std::move(notes);

  bool failed = false;
  bool internal = false;
  for (const Finding& f : result.findings) {
    failed = failed || (!f.suppressed && f.severity >= fail_on);
    internal = internal || f.rule_id == "internal-error";
  }
  if (!finish(MakeReport(deploy, std::move(result)))) return kExitInputError;
  if (internal) return kExitInputError;
  return failed ? kExitFindings : kExitClean;
}

}  // namespace prowlint
