// SPDX-License-Identifier: Apache-2.0
// Flags job containers without CPU and memory requests (an error where the
// job can land on the service cluster), and containers whose requests differ
// from their limits on clusters whose policy requires them equal. Why: see
// rules/job_resources_unset.md.
#include <optional>

#include "lint/base/text.h"
#include "lint/go/quantity.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

enum class Problem {
  kNoRequests,          // anywhere: a warning
  kNoRequestsRequired,  // where the policy requires them
  kNoRequestsService,   // where the job can land on the service cluster
  kNotGuaranteed,       // where the policy requires requests equal to limits
};

class JobResourcesUnset final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-resources-unset",
        "A job's container has no CPU or memory request, or, where the deployment policy "
        "requires it, requests that differ from its limits.",
        Severity::kWarning,
        0,
        {{"resources", "none: CPU and memory requests everywhere, as a warning"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    for (const Job& job : analysis.deploy.jobs) {
      if (!job.spec || !job.UsesClusterAlias()) continue;
      const std::string& alias = job.alias.value;
      // An alias Prow does not load runs no pod (job-cluster-unknown says
      // so): what the pod would request does not matter.
      if (analysis.clusters.judged && !analysis.clusters.Find(alias)) continue;
      const ClusterResources* rule = policy.ResourcesFor(alias);
      if (rule && Exempt(*rule, job)) rule = nullptr;
      const bool service = UnplannedServiceCluster(analysis, alias);
      for (const Container& c : job.spec->containers) {
        const Resources& r = c.resources;
        const bool requests =
            Request(r.request_cpu, r.limit_cpu) && Request(r.request_memory, r.limit_memory);
        std::optional<Problem> problem;
        if (!requests) {
          problem = service ? Problem::kNoRequestsService
                    : rule  ? Problem::kNoRequestsRequired
                            : Problem::kNoRequests;
        } else if (rule && rule->require == ResourceRequirement::kRequestsEqualLimits &&
                   !Guaranteed(r)) {
          problem = Problem::kNotGuaranteed;
        }
        if (!problem) continue;
        Report(job, r.pos, *problem, sink);
        break;  // one container is enough to name the job
      }
    }
  }

 private:
  // One cause per alias and problem: a cluster without defaults, or a
  // cluster policy its jobs do not meet.
  static void Report(const Job& job, Position pos, Problem problem, FindingSink& sink) {
    const std::string& alias = job.alias.value;
    std::string what;
    std::string hint = "set resources.requests.cpu and .memory on every container";
    Severity severity = Severity::kError;
    switch (problem) {
      case Problem::kNoRequests:
        severity = Severity::kWarning;
        what = " a container without CPU or memory requests";
        break;
      case Problem::kNoRequestsRequired:
        what =
            " a container without CPU or memory requests, which .prowlint.yaml requires "
            "there";
        break;
      case Problem::kNoRequestsService:
        what =
            " a container without CPU or memory requests, and the alias can land on the "
            "service cluster, where it competes with Prow itself";
        break;
      case Problem::kNotGuaranteed:
        what =
            " a container whose CPU and memory requests do not equal non-zero limits, which "
            ".prowlint.yaml requires there (Guaranteed QoS)";
        hint = "set resources.limits equal to resources.requests for cpu and memory";
        break;
    }
    const std::string on = " on cluster " + Quote(alias);
    Finding& f =
        sink.Report(severity, pos, "job " + Quote(job.name.value) + on + " has" + what, hint);
    ShareCause(f, JobRefOf(job, pos, alias), {Object(problem, alias), alias},
               {"", "jobs", on + " have" + what});
  }

  // The cause's name in a baseline: one per problem, so that a baselined
  // warning never hides an error on the same alias (a job outside the
  // exempt service accounts, or the alias now reaching the service cluster).
  static std::string Object(Problem problem, const std::string& alias) {
    switch (problem) {
      case Problem::kNoRequests:
        return "jobs without requests on " + alias;
      case Problem::kNoRequestsRequired:
        return "jobs without the requests the policy requires on " + alias;
      case Problem::kNoRequestsService:
        return "jobs without requests on " + alias + ", which reaches the service cluster";
      case Problem::kNotGuaranteed:
        return "jobs not Guaranteed on " + alias;
    }
    return alias;
  }

  // The API server defaults a missing request to the limit.
  static bool Request(const std::optional<std::string>& request,
                      const std::optional<std::string>& limit) {
    return (request && !request->empty()) || (limit && !limit->empty());
  }

  static bool Guaranteed(const Resources& r) {
    auto equal = [](const std::optional<std::string>& request,
                    const std::optional<std::string>& limit) {
      if (!limit) return false;
      const auto l = ParseQuantity(*limit);
      if (!l || *l <= 0) return false;
      if (!request) return true;  // defaulted to the limit
      return SameQuantity(*request, *limit);
    };
    return equal(r.request_cpu, r.limit_cpu) && equal(r.request_memory, r.limit_memory);
  }

  // Whether pods of `alias` can land on the service cluster without anyone
  // choosing it: through the "default" fallback or a version's bug, or an
  // alias sharing its server. An alias passed as --service-cluster is a
  // choice (trusted jobs run there on purpose): a warning is enough.
  static bool UnplannedServiceCluster(const Analysis& analysis, const std::string& alias) {
    const Route* route = analysis.clusters.judged ? analysis.clusters.Find(alias) : nullptr;
    if (!route) return false;
    const std::string& chosen = analysis.run.cluster_options.service_cluster;
    for (const Destination& d : route->destinations)
      if (d.service_cluster && (!d.context || d.context->alias.value != chosen)) return true;
    return false;
  }

  static bool Exempt(const ClusterResources& rule, const Job& job) {
    if (!job.spec->service_account_name) return false;
    for (const auto& sa : rule.except_service_accounts)
      if (sa.value == job.spec->service_account_name->value) return true;
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobResourcesUnset() { return std::make_unique<JobResourcesUnset>(); }

}  // namespace prowlint::rules
