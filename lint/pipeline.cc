// See pipeline.h.
#include "lint/pipeline.h"

#include "lint/analysis.h"
#include "lint/model/inventory.h"
#include "lint/text.h"

namespace prowlint {

std::string VersionNote(const VersionSemantics& s) {
  std::string era;
  for (AliasEra e : s.eras) era += (era.empty() ? "" : "; or ") + std::string(AliasEraName(e));
  if (!s.version) return "no --target-version given: judged as today's Prow (" + era + ")";
  if (s.eras.size() > 1)
    return s.version->tag + " was built on a day plank's alias loading changed: either " + era;
  return s.version->tag + ": " + era;
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
  run->semantics = SemanticsFor(request.target_version);
  run->notes.Add(VersionNote(run->semantics));

  Diagnostics diag;
  LoadDeploy(request.paths, request.threads, run->deploy, diag, progress);
  Baseline baseline;
  if (!request.baseline_path.empty())
    baseline = LoadBaseline(request.baseline_path, run->deploy.sources, diag);
  if (diag.HasErrors()) {
    run->input_errors = std::move(diag.errors);
    return run;
  }
  run->notes.Append(diag.notes);
  run->usage_error = CheckInventoryAliases(run->deploy);
  if (!run->usage_error.empty()) return run;

  run->clusters = ResolveClusters(run->deploy.credentials, run->deploy.config, run->semantics,
                                  request.run.cluster_options, run->notes);
  const Analysis analysis{run->deploy, request.run, run->clusters};
  EngineOptions engine = request.engine;
  if (!request.baseline_path.empty()) engine.baseline = &baseline;
  run->result = RunRules(analysis, request.rules, engine, run->notes);
  return run;
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
