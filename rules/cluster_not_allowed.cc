// SPDX-License-Identifier: Apache-2.0
// Flags jobs on a cluster alias outside the policy's allowed list. Why: see
// rules/cluster_not_allowed.md.
#include <algorithm>

#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
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
        Severity::kError,
        0,
        {{"clusters.allowed", "none: every alias is allowed"},
         {"clusters.deprecated", "none (deprecated aliases are cluster-deprecated's)"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    if (!policy.allowed_clusters) {
      sink.CouldNotJudge(Unjudged::kNoPolicy);
      return;
    }
    std::vector<std::string> allowed;
    for (const auto& a : *policy.allowed_clusters) allowed.push_back(a.value);
    for (const Job& job : analysis.deploy.jobs) {
      const std::string& alias = job.alias.value;
      if (!job.UsesClusterAlias() || policy.IsDeprecated(alias)) continue;
      if (std::find(allowed.begin(), allowed.end(), alias) != allowed.end()) continue;
      const std::string guess = ClosestMatch(alias, allowed);
      const std::string what = " on cluster " + Quote(alias) +
                               ", which is not among the allowed clusters of .prowlint.yaml (" +
                               SampleNames(allowed, 8) + ")";
      Finding& f = sink.Report(job.alias.pos, "job " + Quote(job.name.value) + " runs" + what,
                               guess.empty() ? "move the jobs to an allowed cluster, or add " +
                                                   Quote(alias) + " to clusters.allowed"
                                             : "did you mean " + Quote(guess) + "?");
      ShareCause(f, JobRefOf(job, job.alias.pos, alias), {"alias " + alias, ""},
                 {"", "jobs", " run" + what});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewClusterNotAllowed() { return std::make_unique<ClusterNotAllowed>(); }

}  // namespace prowlint::rules
