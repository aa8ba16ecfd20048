// Flags jobs on a trusted cluster defined outside the job-config files the
// policy allows for it, and (with `required`) jobs in those files that run
// elsewhere. Why: see rules/trusted_cluster_path.md.
#include <map>

#include "lint/job_group.h"
#include "lint/text.h"
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
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    if (!policy.trusted_clusters) return;
    const SourceSet& sources = analysis.deploy.sources;
    // One cause per (trusted alias, file): the file is or is not allowed.
    std::map<std::pair<std::string, FileId>, std::vector<const Job*>> outside, elsewhere;
    for (const Job& job : analysis.deploy.jobs) {
      // Presubmits on a trusted cluster are presubmit-on-trusted-cluster's.
      if (job.kind == JobKind::kPresubmit || !job.UsesClusterAlias()) continue;
      const std::string path = sources.Path(job.name.pos.file);
      for (const TrustedCluster& t : *policy.trusted_clusters) {
        if (t.allowed_paths.empty()) continue;
        const bool allowed = Allowed(t, path);
        if (job.alias.value == t.alias.value && !allowed)
          outside[{t.alias.value, job.name.pos.file}].push_back(&job);
        if (t.required && allowed && job.alias.value != t.alias.value)
          elsewhere[{t.alias.value, job.name.pos.file}].push_back(&job);
      }
    }
    for (const auto& [key, jobs] : outside) {
      const TrustedCluster& t = *policy.Trusted(key.first);
      Finding& f = sink.Report(
          jobs.front()->alias.pos,
          CountedJobs(jobs) + " in " + sources.Path(key.second) + (jobs.size() == 1 ? " runs" : " run") +
              " on trusted cluster " + Quote(key.first) + ", which only jobs under " +
              Paths(t) + " may use",
          "move the job to a file under those paths, or run it on an untrusted cluster");
      AttachJobs(f, jobs);
    }
    for (const auto& [key, jobs] : elsewhere) {
      const TrustedCluster& t = *policy.Trusted(key.first);
      std::vector<std::string> aliases;
      for (const Job* j : jobs) aliases.push_back(j->alias.value);
      Finding& f = sink.Report(
          jobs.front()->alias.pos,
          CountedJobs(jobs) + " in " + sources.Path(key.second) + (jobs.size() == 1 ? " runs" : " run") +
              " on " + SampleNames(aliases) + ", but jobs under " + Paths(t) + " must run on " +
              "trusted cluster " + Quote(key.first),
          "set cluster: " + key.first + ", or move the job out of those paths");
      AttachJobs(f, jobs);
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
