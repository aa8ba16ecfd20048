// SPDX-License-Identifier: Apache-2.0
// Flags presubmits (code from any pull request) that run on a trusted
// cluster: one finding per alias, listing every presubmit on it. On the
// service cluster they are service-cluster-schedulable's. Why: see
// rules/presubmit_on_trusted_cluster.md.
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class PresubmitOnTrustedCluster final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "presubmit-on-trusted-cluster",
        "A presubmit, which runs code from any pull request, lands on a trusted build cluster, "
        "next to credentials untrusted code must not reach.",
        Severity::kError,
        0,
        {{"trusted-clusters", "none: aliases whose name contains \"trusted\" are trusted"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    std::vector<std::string> by_name;  // trusted only because of their name
    for (const Job& job : analysis.deploy.jobs) {
      if (job.kind != JobKind::kPresubmit || !job.UsesClusterAlias()) continue;
      const std::string& alias = job.alias.value;
      // A presubmit on the service cluster is service-cluster-schedulable's
      // error, with the same jobs: one cause, one finding.
      if (!policy.IsTrusted(alias)) continue;
      // A cluster trusted only by its name is a guess: a warning. What the
      // policy says is an error.
      const bool guess = !policy.trusted_clusters;
      if (guess) AddOnce(by_name, alias);
      const std::string where = " on trusted cluster " + Quote(alias);
      Finding& f = sink.Report(guess ? Severity::kWarning : Severity::kError, job.alias.pos,
                               "presubmit " + Quote(job.name.value) + " runs" + where,
                               "move presubmits to an untrusted build cluster; keep " +
                                   Quote(alias) + " for postsubmits and periodics");
      ShareCause(f, JobRefOf(job, job.alias.pos, alias), {"presubmits on alias " + alias, alias},
                 {"", "presubmits", " run" + where});
    }
    if (!by_name.empty())
      sink.Note(
          "no trusted-clusters in .prowlint.yaml: aliases whose name contains \"trusted\" "
          "count as trusted (" +
          SampleNames(by_name, 6) +
          "), and presubmits there are "
          "warnings");
  }
};

}  // namespace

std::unique_ptr<Rule> NewPresubmitOnTrustedCluster() {
  return std::make_unique<PresubmitOnTrustedCluster>();
}

}  // namespace prowlint::rules
