// SPDX-License-Identifier: Apache-2.0
// See pipeline.h.
#include "lint/pipeline/pipeline.h"

#include "lint/base/text.h"
#include "lint/engine/analysis.h"
#include "lint/load/read_baseline.h"
#include "lint/model/inventory.h"

#include <algorithm>
#include <filesystem>

namespace prowlint {

std::string VersionNote(const TargetVersion& target, const VersionSemantics& s,
                        const SourceSet& sources) {
  std::string era;
  for (AliasEra e : s.eras) era += (era.empty() ? "" : "; or ") + std::string(AliasEraName(e));
  if (!s.version) return "no --target-version given: judged as today's Prow (" + era + ")";
  std::string tag = s.version->tag;
  if (target.source == VersionSource::kManifests) {
    const Position& p = target.scheduler->image.pos;
    tag += " (the " + target.scheduler->name + " image at " + sources.Path(p.file) + ":" +
           std::to_string(p.line) + ":" + std::to_string(p.column) + ")";
  }
  if (s.eras.size() > 1)
    return tag + " was built on a day plank's alias loading changed: either " + era;
  return tag + ": " + era;
}

std::string CheckInventoryAliases(const Deploy& deploy) {
  if (!deploy.credentials.Given()) return "";
  std::vector<std::string> aliases{kInClusterAlias};
  for (const ClusterContext& c : deploy.credentials.AllContexts()) aliases.push_back(c.alias.value);
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

std::string CheckServiceClusterAlias(const Deploy& deploy, const std::string& service_cluster) {
  if (service_cluster.empty() || !deploy.credentials.Given()) return "";
  std::vector<std::string> aliases;
  for (const ClusterContext& c : deploy.credentials.AllContexts()) aliases.push_back(c.alias.value);
  if (std::find(aliases.begin(), aliases.end(), service_cluster) != aliases.end()) return "";
  // "in-cluster" is no credential alias but the service cluster itself.
  const std::string guess =
      service_cluster == kInClusterAlias ? "" : ClosestMatch(service_cluster, aliases);
  return "--service-cluster " + service_cluster + ": the credentials define no alias " +
         Quote(service_cluster) +
         (guess.empty() ? " (in-cluster is the service cluster already)"
                        : "; did you mean " + Quote(guess) + "?");
}

std::unique_ptr<LintRun> RunLint(const LintRequest& request, const LoadProgress& progress,
                                 const SideOptions& side) {
  auto run = std::make_unique<LintRun>();
  if (side.seed) run->deploy.sources = *side.seed;
  Diagnostics diag;
  LoadDeploy(request.paths, request.threads, run->deploy, diag, progress, side.cache);
  Baseline baseline;
  if (!request.baseline_path.empty())
    baseline = LoadBaseline(request.baseline_path, run->deploy.sources, diag);
  if (diag.HasErrors()) {
    run->input_errors = std::move(diag.errors);
    return run;
  }
  // The version first: every other note is read in its light.
  Notes version_notes;
  run->target = ChooseTargetVersion(request.target_version, run->deploy.manifests,
                                    run->deploy.sources, version_notes);
  run->semantics = SemanticsFor(run->target.version);
  run->notes.Add(VersionNote(run->target, run->semantics, run->deploy.sources));
  run->notes.Append(version_notes);
  run->notes.Append(diag.notes);
  run->usage_error = CheckInventoryAliases(run->deploy);
  if (run->usage_error.empty())
    run->usage_error =
        CheckServiceClusterAlias(run->deploy, request.run.cluster_options.service_cluster);
  if (!run->usage_error.empty()) return run;

  run->clusters = ResolveClusters(run->deploy.credentials, run->deploy.config, run->semantics,
                                  request.run.cluster_options, run->notes);
  const Analysis analysis{run->deploy, request.run, run->target, run->clusters};
  EngineOptions engine = request.engine;
  if (!request.baseline_path.empty()) engine.baseline = &baseline;
  run->result = RunRules(analysis, request.rules, engine, run->notes);
  return run;
}

Comparison RunComparison(const LintRequest& request, const BaseSide& base,
                         const LoadProgress& progress) {
  Comparison c;
  ParseCache cache;
  SourceSet base_sources;
  BaseInputs inputs = MapBaseInputs(request.paths, base.locate, base_sources);
  LintRequest base_request = request;
  base_request.paths = std::move(inputs.paths);
  base_request.target_version = base.version;
  base_request.run.current_version.reset();
  base_request.baseline_path.clear();  // a baseline is about the head
  c.base = RunLint(base_request, {}, {&cache, &base_sources});
  for (const std::string& note : base.notes) c.base->notes.Add(note);
  const std::string mapped = BaseInputsNote(inputs);
  if (!mapped.empty()) c.base->notes.Add(mapped);
  if (!request.paths.manifests.stdin_text.empty())
    c.base->notes.Add("standard input (--deploy-manifest -) has no base revision: the base is "
                      "judged without it");

  LintRequest head_request = request;
  if (!head_request.run.current_version) head_request.run.current_version = c.base->semantics.version;
  SourceSet head_sources = c.base->deploy.sources;
  head_sources.ClearReadMaps();
  c.head = RunLint(head_request, progress, {&cache, &head_sources});
  // What the comparison read from where is the run's to say, not only the
  // base's: reports show the head's notes.
  c.head->comparison_notes = base.notes;
  if (!mapped.empty()) c.head->comparison_notes.push_back(mapped);
  for (const std::string& note : c.head->comparison_notes) c.head->notes.Add(note);
  return c;
}

Verdict Judge(const LintRun& run, std::optional<Severity> fail_on) {
  if (!run.input_errors.empty()) return Verdict::kInputError;
  if (!run.usage_error.empty()) return Verdict::kUsageError;
  if (run.result.internal_error) return Verdict::kInternalError;
  if (!fail_on) return Verdict::kClean;
  for (const Finding& f : run.result.findings)
    if (!f.suppressed && f.severity >= *fail_on) return Verdict::kFindings;
  return Verdict::kClean;
}

}  // namespace prowlint
