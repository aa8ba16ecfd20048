// SPDX-License-Identifier: Apache-2.0
// Flags jobs that, under the target version, may run in the service cluster
// (where Prow itself runs): one finding per alias and destination, listing
// every job. Why: see rules/service_cluster_schedulable.md.
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"
#include "rules/support/credentials_hint.h"
#include "rules/support/missing_objects.h"

namespace prowlint::rules {
namespace {

class ServiceClusterSchedulable final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "service-cluster-schedulable",
        "Under the target Prow version some jobs resolve to the service cluster, where "
        "Prow's own components run and the jobs' secrets usually do not exist.",
        Severity::kError, static_cast<unsigned>(RuleTag::kPlacement)};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ClusterResolution& res = analysis.clusters;
    if (!res.judged) {  // ResolveClusters notes it
      sink.CouldNotJudge(Unjudged::kNoCredentials);
      return;
    }
    for (const Job& job : analysis.deploy.jobs) {
      if (!job.UsesClusterAlias()) continue;
      const Route* route = res.Find(job.alias.value);
      if (!route) continue;
      for (const Destination& d : route->destinations) {
        if (!d.service_cluster) continue;
        if (d.context) {
          ReportServiceAlias(analysis, job, d, sink);
        } else if (d.fallback != FallbackCause::kLiteralDefaultClobbered &&
                   d.fallback != FallbackCause::kBuildClusterIgnored) {
          // Those two are a literal "default" the version does not honour:
          // literal-default-alias reports them, with where the jobs go.
          ReportFallback(analysis, job, d, sink);
        }
      }
    }
  }

 private:
  // Where the fallback comes from, as a related note at `d.cause`.
  static std::string CauseNote(const Destination& d, const std::string& version) {
    switch (d.fallback) {
      case FallbackCause::kDisabledLiteralDefault:
        return "disabled_clusters removes \"default\" here";
      case FallbackCause::kBuildClusterUnread:
        return "this \"default\" is in a build-cluster file " + version + " does not read";
      case FallbackCause::kKubeconfigDropped:
        return "this context fails to load, so " + version + " drops every $KUBECONFIG context";
      case FallbackCause::kNoBuildClusterFile:
      case FallbackCause::kNoLiteralDefault:
        return "these credentials define no \"default\" alias " + version + " loads";
      case FallbackCause::kNone:
      case FallbackCause::kBuildClusterIgnored:
      case FallbackCause::kLiteralDefaultClobbered:
        break;
    }
    return "the cause";
  }

  static std::string FallbackHint(const Analysis& analysis, FallbackCause cause) {
    switch (cause) {
      case FallbackCause::kDisabledLiteralDefault:
        return "remove \"default\" from disabled_clusters, or move the jobs to another alias";
      case FallbackCause::kBuildClusterUnread:
        return ConvertBuildClusterHint(analysis);
      case FallbackCause::kNoBuildClusterFile:
      case FallbackCause::kNoLiteralDefault:
        return AddAliasHint(analysis, "default", " for the build cluster");
      case FallbackCause::kKubeconfigDropped:
        return "fix the context that fails to load (credential-malformed says how): one bad "
               "context drops every $KUBECONFIG context";
      case FallbackCause::kNone:
      case FallbackCause::kBuildClusterIgnored:
      case FallbackCause::kLiteralDefaultClobbered:
        break;
    }
    return "deploy a Prow version that honours the literal \"default\" alias";
  }

  // "default" became the in-cluster config: Prow's fallback.
  static void ReportFallback(const Analysis& analysis, const Job& job, const Destination& d,
                             FindingSink& sink) {
    const std::string version = analysis.clusters.semantics.Name();
    const std::string& alias = job.alias.value;
    const bool maybe = d.likelihood == Likelihood::kDependsOnBuild;
    const std::string when =
        d.likelihood == Likelihood::kAlways ? "" : LikelihoodClause(d.likelihood);
    const std::string where = " in the service cluster" + when + ": " + d.Why(version);
    Finding& f =
        sink.Report(maybe ? analysis.run.UncertainSeverity() : Severity::kError, job.alias.pos,
                    "job " + Quote(job.name.value) + " on alias " + Quote(alias) +
                        (maybe ? " may run" : " runs") + where,
                    FallbackHint(analysis, d.fallback));
    ShareCause(f, JobRefOf(job, job.alias.pos, alias), {"alias " + alias, "service-cluster"},
               {"", "jobs", " on alias " + Quote(alias) + (maybe ? " may run" : " run") + where});
    if (d.cause.Known()) f.related.push_back({d.cause, CauseNote(d, version)});
  }

  // The alias itself is (or shares a server with) the service cluster.
  static void ReportServiceAlias(const Analysis& analysis, const Job& job, const Destination& d,
                                 FindingSink& sink) {
    const std::string& service_cluster = analysis.run.cluster_options.service_cluster;
    const std::string& alias = job.alias.value;
    const bool explicit_alias = d.context->alias.value == service_cluster;
    const bool presubmit = job.kind == JobKind::kPresubmit;
    const std::string reason =
        explicit_alias ? " (--service-cluster)"
                       : " (same server as --service-cluster " + Quote(service_cluster) + ")";
    // Presubmits run untrusted pull request code; trusted jobs on the service
    // cluster are a deliberate set-up (prow.k8s.io's test-infra-trusted).
    Severity severity = Severity::kError;
    std::string noun = "jobs";
    std::string hint =
        "point this alias at a build cluster, or pass it as --service-cluster if running "
        "trusted jobs there is deliberate";
    if (explicit_alias && presubmit) {
      noun = "presubmits";
      hint =
          "run presubmits (untrusted pull request code) in a build cluster, not in the "
          "service cluster";
    } else if (explicit_alias) {
      severity = Severity::kWarning;
      noun = "postsubmits and periodics";
      hint = "make sure only trusted postsubmits and periodics use the service cluster";
    }
    const std::string where = " in the service cluster" + reason;
    Finding& f = sink.Report(severity, job.alias.pos,
                             std::string(JobKindName(job.kind)) + " " + Quote(job.name.value) +
                                 " on alias " + Quote(alias) + " runs" + where,
                             hint);
    ShareCause(f, JobRefOf(job, job.alias.pos, alias),
               {(explicit_alias ? noun + " on alias " : "alias ") + alias, "service-cluster"},
               {"", noun, " on alias " + Quote(alias) + " run" + where});
    f.related.push_back(
        {d.context->alias.pos, "alias " + Quote(d.context->alias.value) + " is defined here"});
  }
};

}  // namespace

std::unique_ptr<Rule> NewServiceClusterSchedulable() {
  return std::make_unique<ServiceClusterSchedulable>();
}

}  // namespace prowlint::rules
