// Flags jobs whose cluster alias Prow would not load from the given
// credentials. Why: see rules/job_cluster_unknown.md.
#include "lint/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class JobClusterUnknown final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-cluster-unknown",
        "A job's cluster alias is not among the aliases the target Prow version loads from "
        "the given credentials, so its pods are never created.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const ClusterResolution& res = analysis.clusters;
    if (!res.judged) return;  // ResolveClusters notes it
    // A clusters map without "default" is build-cluster-default-required's.
    if (res.failure == StartupFailure::kNoDefaultInBuildCluster) return;
    if (!res.startup_failure.empty()) {
      sink.Report(res.failure_pos, res.startup_failure + ", so no job runs",
                  "fix the credentials or deploy a version that accepts them");
      return;
    }
    std::vector<std::string> loaded;
    for (const auto& [alias, route] : res.routes) loaded.push_back(alias);
    const std::string consequence = Consequence(res.semantics);

    for (const Job& job : deploy.jobs) {
      if (!job.UsesClusterAlias()) continue;
      const std::string& alias = job.alias.value;
      const Route* route = res.Find(alias);
      if (route && route->loaded_in_every_build) continue;
      std::string why = " is not among the aliases " + res.semantics.Name() +
                        " loads from the given credentials (" + SampleNames(loaded, 8) + ")";
      std::string hint = deploy.credentials.kubeconfig_given
                             ? "add a context named " + Quote(alias) +
                                   " to the build-cluster kubeconfig, or set cluster: to a "
                                   "loaded alias"
                             : "add an alias " + Quote(alias) +
                                   " to the build-cluster file, or set cluster: to a loaded alias";
      bool disabled = false;
      for (const auto& d : res.disabled) {
        if (d.value != alias) continue;
        disabled = true;
        why = " is removed by disabled_clusters";
        hint = "take " + Quote(alias) + " out of disabled_clusters, or move the job to a loaded "
               "alias";
      }
      Severity severity = Severity::kError;
      if (route) {
        severity = Severity::kWarning;
        why = " may not be loaded by " + res.semantics.Name() +
              " (it was built on a day plank's alias loading changed)";
      }
      const std::string guess = disabled ? "" : ClosestMatch(alias, loaded);
      if (!guess.empty()) hint = "did you mean " + Quote(guess) + "?";
      Finding& f = sink.Report(
          severity, job.alias.pos,
          "job " + Quote(job.name.value) + " runs on cluster alias " + Quote(alias) + ", which" +
              why + consequence,
          hint);
      f.job = job.name.value;
    }
  }

 private:
  // What Prow does with such a job (the version table decides).
  static std::string Consequence(const VersionSemantics& s) {
    switch (s.unknown_alias) {
      case UnknownAliasOutcome::kPlankRefusesToStart:
        return "; plank of this version refuses to start";
      case UnknownAliasOutcome::kTerminalError:
        return "; Prow ends the job with a terminal error";
      case UnknownAliasOutcome::kRetriedForever:
        return "; plank retries it forever and it never starts";
    }
    return "";
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobClusterUnknown() { return std::make_unique<JobClusterUnknown>(); }

}  // namespace prowlint::rules
