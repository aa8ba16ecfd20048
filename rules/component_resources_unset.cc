// SPDX-License-Identifier: Apache-2.0
// Flags Prow components without CPU and memory requests, and deck, hook and
// tide without a readiness probe. Why: see rules/component_resources_unset.md.
#include "lint/base/text.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ComponentResourcesUnset final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "component-resources-unset",
        "A long-running Prow component requests no CPU or memory, or deck, hook or tide has no "
        "readiness probe, so a bump can starve or cut off the service.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Component& c : analysis.deploy.manifests.components) {
      if (c.init_container) continue;
      // Jobs and CronJobs (branchprotector) run to completion.
      if (c.workload_kind != WorkloadKind::kDeployment &&
          c.workload_kind != WorkloadKind::kStatefulSet &&
          c.workload_kind != WorkloadKind::kDaemonSet)
        continue;
      const std::string who = ComponentWho(c);
      if (!c.requests_cpu && !c.requests_memory) {
        sink.Report(c.resources ? *c.resources : c.image.pos,
                    who +
                        " requests no CPU or memory, so the scheduler may pack it onto a "
                        "node that cannot run it",
                    "set resources.requests.cpu and resources.requests.memory")
            .subject = {"resource requests of " + ComponentSubject(c), ""};
      }
      const bool serves = c.name == "deck" || c.name == "hook" || c.name == "tide";
      if (serves && !c.readiness_probe)
        sink.Report(c.image.pos,
                    who +
                        " has no readiness probe, so a rollout sends traffic to pods that "
                        "are not serving yet",
                    "add a readinessProbe (Prow serves /healthz/ready on --health-port, 8081)")
            .subject = {"readiness probe of " + ComponentSubject(c), ""};
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewComponentResourcesUnset() {
  return std::make_unique<ComponentResourcesUnset>();
}

}  // namespace prowlint::rules
