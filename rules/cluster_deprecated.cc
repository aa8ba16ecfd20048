// Flags jobs on a cluster alias the policy lists as deprecated. Why: see
// rules/cluster_deprecated.md.
#include <map>

#include "lint/job_group.h"
#include "lint/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ClusterDeprecated final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "cluster-deprecated",
        "A job runs on a cluster alias that the deployment policy lists as deprecated.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    if (policy.deprecated_clusters.empty()) return;
    std::map<std::string, std::vector<const Job*>> by_alias;
    for (const Job& job : analysis.deploy.jobs)
      if (job.UsesClusterAlias() && policy.IsDeprecated(job.alias.value))
        by_alias[job.alias.value].push_back(&job);
    std::vector<std::string> allowed;
    if (policy.allowed_clusters)
      for (const auto& a : *policy.allowed_clusters) allowed.push_back(a.value);
    for (const auto& [alias, jobs] : by_alias) {
      Finding& f = sink.Report(
          jobs.front()->alias.pos,
          CountedJobs(jobs) + (jobs.size() == 1 ? " runs" : " run") + " on cluster " +
              Quote(alias) + ", which .prowlint.yaml lists as deprecated",
          allowed.empty() ? "move the jobs to a current cluster"
                          : "move the jobs to one of " + SampleNames(allowed, 8));
      AttachJobs(f, jobs);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewClusterDeprecated() { return std::make_unique<ClusterDeprecated>(); }

}  // namespace prowlint::rules
