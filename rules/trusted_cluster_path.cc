// SPDX-License-Identifier: Apache-2.0
// Flags jobs on a trusted cluster defined outside the job-config files the
// policy allows for it, and (with `required`) jobs in those files that run
// elsewhere: one finding per trusted alias and direction, listing every job.
// Why: see rules/trusted_cluster_path.md.
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class TrustedClusterPath final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "trusted-cluster-path",
        "A job runs on a trusted cluster but is defined outside the job-config paths the "
        "deployment policy allows for it, or a job in those paths runs elsewhere.",
        Severity::kError,
        0,
        {{"trusted-clusters", "none: nothing to check"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    bool any_paths = false;
    if (policy.trusted_clusters)
      for (const TrustedCluster& t : *policy.trusted_clusters)
        any_paths = any_paths || !t.allowed_paths.empty();
    if (!any_paths) {
      sink.CouldNotJudge(Unjudged::kNoPolicy);
      return;
    }
    const SourceSet& sources = analysis.deploy.sources;
    for (const Job& job : analysis.deploy.jobs) {
      // Presubmits on a trusted cluster are presubmit-on-trusted-cluster's.
      if (job.kind == JobKind::kPresubmit || !job.UsesClusterAlias()) continue;
      const std::string path = sources.Path(job.name.pos.file);
      for (const TrustedCluster& t : *policy.trusted_clusters) {
        if (t.allowed_paths.empty()) continue;
        const std::string& trusted = t.alias.value;
        const bool allowed = Allowed(t, path);
        if (job.alias.value == trusted && !allowed) {
          const std::string what = " on trusted cluster " + Quote(trusted) +
                                   ", which only jobs under " + Paths(t) + " may use";
          Finding& f = sink.Report(job.alias.pos,
                                   "job " + Quote(job.name.value) + " in " + path + " runs" + what,
                                   "move the job to a file under those paths, or run it on an "
                                   "untrusted cluster");
          ShareCause(f, JobRefOf(job, job.alias.pos, job.alias.value),
                     {"jobs outside the allowed paths of " + trusted, trusted},
                     {"", "jobs", " run" + what});
        }
        if (t.required && allowed && job.alias.value != trusted) {
          const std::string what = ", but jobs under " + Paths(t) + " must run on trusted " +
                                   "cluster " + Quote(trusted);
          Finding& f = sink.Report(
              job.alias.pos,
              "job " + Quote(job.name.value) + " runs on " + Quote(job.alias.value) + what,
              "set cluster: " + trusted + ", or move the job out of those paths");
          ShareCause(f, JobRefOf(job, job.alias.pos, job.alias.value),
                     {"jobs under the paths of " + trusted + " elsewhere", trusted},
                     {"", "jobs", " run on other clusters" + what});
        }
      }
    }
  }

 private:
  static bool Allowed(const TrustedCluster& t, const std::string& path) {
    for (const PathGlob& g : t.allowed_paths)
      if (PathMatches(g, path)) return true;
    return false;
  }

  static std::string Paths(const TrustedCluster& t) {
    std::vector<std::string> globs;
    for (const PathGlob& g : t.allowed_paths) globs.push_back(g.written.value);
    return SampleNames(globs, 4);
  }
};

}  // namespace

std::unique_ptr<Rule> NewTrustedClusterPath() { return std::make_unique<TrustedClusterPath>(); }

}  // namespace prowlint::rules
