// See pipeline.h.
#include "lint/pipeline.h"

#include "lint/analysis.h"
#include "lint/model/inventory.h"
#include "lint/text.h"

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

std::unique_ptr<LintRun> RunLint(const LintRequest& request, const LoadProgress& progress) {
  auto run = std::make_unique<LintRun>();
  Diagnostics diag;
  LoadDeploy(request.paths, request.threads, run->deploy, diag, progress);
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
  if (!run->usage_error.empty()) return run;

  run->clusters = ResolveClusters(run->deploy.credentials, run->deploy.config, run->semantics,
                                  request.run.cluster_options, run->notes);
  const Analysis analysis{run->deploy, request.run, run->target, run->clusters};
  run->result = RunRules(analysis, request.rules, request.engine, run->notes);
  return run;
}

Verdict Judge(const LintRun& run, Severity fail_on) {
  if (!run.input_errors.empty()) return Verdict::kInputError;
  if (!run.usage_error.empty()) return Verdict::kUsageError;
  if (run.result.internal_error) return Verdict::kInternalError;
  for (const Finding& f : run.result.findings)
    if (!f.suppressed && f.severity >= fail_on) return Verdict::kFindings;
  return Verdict::kClean;
}

}  // namespace prowlint
