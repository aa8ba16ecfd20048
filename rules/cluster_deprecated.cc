// SPDX-License-Identifier: Apache-2.0
// Flags jobs on a cluster alias the policy lists as deprecated. Why: see
// rules/cluster_deprecated.md.
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ClusterDeprecated final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "cluster-deprecated",
        "A job runs on a cluster alias that the deployment policy lists as deprecated.",
        Severity::kWarning,
        0,
        {{"clusters.deprecated", "none"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    if (policy.deprecated_clusters.empty()) {
      sink.CouldNotJudge(Unjudged::kNoPolicy);
      return;
    }
    std::vector<std::string> allowed;
    if (policy.allowed_clusters)
      for (const auto& a : *policy.allowed_clusters) allowed.push_back(a.value);
    for (const Job& job : analysis.deploy.jobs) {
      const std::string& alias = job.alias.value;
      if (!job.UsesClusterAlias() || !policy.IsDeprecated(alias)) continue;
      const std::string what =
          " on cluster " + Quote(alias) + ", which .prowlint.yaml lists as deprecated";
      Finding& f =
          sink.Report(job.alias.pos, "job " + Quote(job.name.value) + " runs" + what,
                      allowed.empty() ? "move the jobs to a current cluster"
                                      : "move the jobs to one of " + SampleNames(allowed, 8));
      ShareCause(f, JobRefOf(job, job.alias.pos, alias), {"alias " + alias, ""},
                 {"", "jobs", " run" + what});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewClusterDeprecated() { return std::make_unique<ClusterDeprecated>(); }

}  // namespace prowlint::rules
