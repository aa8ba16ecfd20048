// Flags presubmits (code from any pull request) that run on the service
// cluster or on a trusted cluster. Why: see rules/presubmit_on_trusted_cluster.md.
#include <map>

#include "lint/job_group.h"
#include "lint/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class PresubmitOnTrustedCluster final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "presubmit-on-trusted-cluster",
        "A presubmit, which runs code from any pull request, lands on the service cluster or "
        "on a trusted build cluster, next to credentials untrusted code must not reach.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    std::map<std::string, std::vector<const Job*>> by_alias;
    for (const Job& job : analysis.deploy.jobs)
      if (job.kind == JobKind::kPresubmit && job.UsesClusterAlias())
        by_alias[job.alias.value].push_back(&job);

    std::vector<std::string> by_name;  // trusted only because of their name
    for (const auto& [alias, jobs] : by_alias) {
      const bool service = analysis.clusters.ReachesServiceCluster(alias);
      const bool trusted = policy.IsTrusted(alias);
      if (!service && !trusted) continue;
      if (trusted && !policy.trusted_clusters) by_name.push_back(alias);
      const std::string where = service ? "the service cluster" + Through(alias)
                                        : "trusted cluster " + Quote(alias);
      // A cluster trusted only by its name is a guess: a warning. What the
      // policy (or the resolution) says is an error.
      const bool guess = !service && !policy.trusted_clusters;
      Finding& f = sink.Report(
          guess ? Severity::kWarning : Severity::kError, jobs.front()->alias.pos,
          CountedJobs(jobs, "presubmit", "presubmits") + (jobs.size() == 1 ? " runs" : " run") +
              " on " + where,
          service ? "run presubmits in a build cluster without Prow's own credentials"
                  : "move presubmits to an untrusted build cluster; keep " + Quote(alias) +
                        " for postsubmits and periodics");
      AttachJobs(f, jobs);
    }
    if (!by_name.empty())
      sink.Note("no trusted-clusters in .prowlint.yaml: aliases whose name contains \"trusted\" "
                "count as trusted (" + SampleNames(by_name, 6) + "), and presubmits there are "
                "warnings");
  }

 private:

  static std::string Through(const std::string& alias) {
    return " (through alias " + Quote(alias) + ")";
  }
};

}  // namespace

std::unique_ptr<Rule> NewPresubmitOnTrustedCluster() {
  return std::make_unique<PresubmitOnTrustedCluster>();
}

}  // namespace prowlint::rules
