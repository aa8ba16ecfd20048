// Flags jobs that, under the target version, may run in the service cluster
// (where Prow itself runs). Why: see rules/service_cluster_schedulable.md.
#include <map>

#include "lint/missing_objects.h"
#include "lint/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ServiceClusterSchedulable final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "service-cluster-schedulable",
        "Under the target Prow version some jobs resolve to the service cluster, where "
        "Prow's own components run and the jobs' secrets usually do not exist.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ClusterResolution& res = analysis.clusters;
    if (!res.judged) return;  // ResolveClusters notes it
    std::map<std::string, std::vector<const Job*>> by_alias;
    for (const Job& job : analysis.deploy.jobs)
      if (job.UsesClusterAlias()) by_alias[job.alias.value].push_back(&job);

    for (const auto& [alias, jobs] : by_alias) {
      const Route* route = res.Find(alias);
      if (!route) continue;
      for (const Destination& d : route->destinations) {
        if (!d.service_cluster) continue;
        if (!d.context) {
          ReportFallback(alias, jobs, d, res.semantics.Name(), sink);
        } else {
          ReportServiceAlias(alias, jobs, d, analysis.run.cluster_options.service_cluster, sink);
        }
      }
    }
  }

 private:
  static std::vector<std::string> Names(const std::vector<const Job*>& jobs) {
    std::vector<std::string> names;
    for (const Job* j : jobs) names.push_back(j->name.value);
    return names;
  }

  // "3 presubmits", "2 postsubmits and periodics", "1 job".
  static std::string KindCount(const std::vector<const Job*>& jobs) {
    bool kinds[3] = {false, false, false};
    for (const Job* j : jobs) kinds[static_cast<int>(j->kind)] = true;
    const int n = kinds[0] + kinds[1] + kinds[2];
    if (n != 1) {
      if (!kinds[0]) return std::to_string(jobs.size()) + " postsubmits and periodics";
      return Count(jobs.size(), "job", "jobs");
    }
    const JobKind kind = jobs.front()->kind;
    return Count(jobs.size(), JobKindName(kind), std::string(JobKindName(kind)) + "s");
  }

  // "default" became the in-cluster config: the fallback or the 2019 bug.
  static void ReportFallback(const std::string& alias, const std::vector<const Job*>& jobs,
                             const Destination& d, const std::string& version,
                             FindingSink& sink) {
    const bool maybe = d.likelihood == Likelihood::kDependsOnBuild;
    std::string when = d.likelihood == Likelihood::kRandomPerRestart
                           ? " at random on each plank restart"
                           : maybe ? LikelihoodClause(d.likelihood) : "";
    const Position pos = d.cause.Known() ? d.cause : jobs.front()->alias.pos;
    Finding& f = sink.Report(
        maybe ? Severity::kWarning : Severity::kError, pos,
        Count(jobs.size(), "job", "jobs") + " on alias " + Quote(alias) + " " +
            (maybe ? "may run" : jobs.size() == 1 ? "runs" : "run") + " in the service cluster" +
            when + " (" +
            SampleNames(Names(jobs)) + "): " + d.Why(version),
        FallbackHint(d.fallback));
    f.related.push_back({jobs.front()->alias.pos, "job " + Quote(jobs.front()->name.value) +
                                                      " uses alias " + Quote(alias) + " here"});
  }

  static std::string FallbackHint(FallbackCause cause) {
    switch (cause) {
      case FallbackCause::kDisabledLiteralDefault:
        return "remove \"default\" from disabled_clusters, or move these jobs to another alias";
      case FallbackCause::kNoLiteralDefault:
        return "add a context named \"default\" for the build cluster to the credentials";
      case FallbackCause::kKubeconfigDropped:
        return "fix the context that fails to load (credential-malformed says how): one bad "
               "context drops every $KUBECONFIG context";
      case FallbackCause::kNone:
      case FallbackCause::kNoBuildClusterFile:
      case FallbackCause::kBuildClusterIgnored:
      case FallbackCause::kLiteralDefaultClobbered:
      case FallbackCause::kBuildClusterUnread:
        break;
    }
    return "deploy a Prow version that honours the literal \"default\" alias (see "
           "literal-default-alias)";
  }

  // The alias itself is (or shares a server with) the service cluster.
  static void ReportServiceAlias(const std::string& alias, const std::vector<const Job*>& jobs,
                                 const Destination& d, const std::string& service_cluster,
                                 FindingSink& sink) {
    const bool explicit_alias = d.context->alias.value == service_cluster;
    std::vector<const Job*> presubmits, others;
    for (const Job* j : jobs) (j->kind == JobKind::kPresubmit ? presubmits : others).push_back(j);
    const std::string reason =
        explicit_alias ? " (--service-cluster)"
                       : " (same server as --service-cluster " +
                             Quote(service_cluster) + ")";
    auto report = [&](const std::vector<const Job*>& group, Severity severity,
                      const char* hint) {
      if (group.empty()) return;
      Finding& f = sink.Report(severity, d.context->alias.pos,
                               KindCount(group) + " on alias " + Quote(alias) +
                                   (group.size() == 1 ? " runs" : " run") +
                                   " in the service cluster" + reason + " (" +
                                   SampleNames(Names(group)) + ")",
                               hint);
      f.related.push_back({group.front()->alias.pos, "job " + Quote(group.front()->name.value) +
                                                         " uses alias " + Quote(alias) + " here"});
    };
    if (explicit_alias) {
      report(presubmits, Severity::kError,
             "run presubmits (untrusted pull request code) in a build cluster, not in the "
             "service cluster");
      report(others, Severity::kWarning,
             "make sure only trusted postsubmits and periodics use the service cluster");
    } else {
      report(jobs, Severity::kError,
             "point this alias at a build cluster, or pass it as --service-cluster if running "
             "trusted jobs there is deliberate");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewServiceClusterSchedulable() {
  return std::make_unique<ServiceClusterSchedulable>();
}

}  // namespace prowlint::rules
