// Flags jobs on a cluster alias outside the policy's allowed list. Why: see
// rules/cluster_not_allowed.md.
#include <algorithm>
#include <map>

#include "lint/job_group.h"
#include "lint/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ClusterNotAllowed final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "cluster-not-allowed",
        "A job runs on a cluster alias that is not in the deployment policy's list of allowed "
        "clusters.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    if (!policy.allowed_clusters) return;
    std::vector<std::string> allowed;
    for (const auto& a : *policy.allowed_clusters) allowed.push_back(a.value);
    std::map<std::string, std::vector<const Job*>> by_alias;
    for (const Job& job : analysis.deploy.jobs) {
      const std::string& alias = job.alias.value;
      if (!job.UsesClusterAlias() || policy.IsDeprecated(alias)) continue;
      if (std::find(allowed.begin(), allowed.end(), alias) != allowed.end()) continue;
      by_alias[alias].push_back(&job);
    }
    for (const auto& [alias, jobs] : by_alias) {
      const std::string guess = ClosestMatch(alias, allowed);
      Finding& f = sink.Report(
          jobs.front()->alias.pos,
          CountedJobs(jobs) + (jobs.size() == 1 ? " runs" : " run") + " on cluster " +
              Quote(alias) + ", which is not among the allowed clusters of .prowlint.yaml (" +
              SampleNames(allowed, 8) + ")",
          guess.empty() ? "move the jobs to an allowed cluster, or add " + Quote(alias) +
                              " to clusters.allowed"
                        : "did you mean " + Quote(guess) + "?");
      AttachJobs(f, jobs);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewClusterNotAllowed() { return std::make_unique<ClusterNotAllowed>(); }

}  // namespace prowlint::rules
