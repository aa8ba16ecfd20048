// SPDX-License-Identifier: Apache-2.0
// Flags StatefulSets and DaemonSets of the deploy whose update strategy never
// replaces running pods. Why: see rules/component_rollout_stalled.md.
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ComponentRolloutStalled final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "component-rollout-stalled",
        "A StatefulSet or DaemonSet of the deploy updates with OnDelete, so a bump changes "
        "nothing until each pod is deleted by hand.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const WorkloadRollout& w : analysis.deploy.manifests.rollouts) {
      // Deployments have no OnDelete (the API server rejects it).
      if (w.kind == WorkloadKind::kDeployment || !w.update_strategy ||
          w.update_strategy->value != "OnDelete")
        continue;
      sink.Report(w.update_strategy->pos,
                  std::string(WorkloadKindName(w.kind)) + " " + Quote(w.name.value) +
                      " updates with OnDelete: a new image (" +
                      (w.image.empty() ? std::string("no image") : w.image) +
                      ") reaches no running pod until that pod is deleted",
                  "use updateStrategy type RollingUpdate, or delete the pods in the bump's "
                  "rollout")
          .subject = {"update strategy of " + std::string(WorkloadKindName(w.kind)) + " " +
                          (w.ns.empty() ? "" : w.ns + "/") + w.name.value,
                      ""};
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewComponentRolloutStalled() {
  return std::make_unique<ComponentRolloutStalled>();
}

}  // namespace prowlint::rules
