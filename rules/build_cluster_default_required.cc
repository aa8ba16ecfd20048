// SPDX-License-Identifier: Apache-2.0
// Flags a legacy build-cluster file (clusters.yaml) without a "default"
// alias for a version whose plank refuses to start without one. Why: see
// rules/build_cluster_default_required.md.
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class BuildClusterDefaultRequired final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "build-cluster-default-required",
        "The legacy build-cluster file has no \"default\" alias, and plank of the target "
        "version refuses to start without one.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ClusterResolution& res = analysis.clusters;
    if (res.failure != StartupFailure::kNoDefaultInBuildCluster) return;
    Finding& f = sink.Report(res.failure_pos, res.startup_failure + ", so no job runs",
                             "add a \"default\" alias to the build-cluster file (the cluster jobs "
                             "without cluster: run in), or move to a kubeconfig");
    f.subject = {"alias default of the build-cluster file", ""};
    const Component* s = analysis.target.scheduler;
    if (s) f.related.push_back({s->image.pos, s->name + " " + res.semantics.Name() + " runs here"});
  }
};

}  // namespace

std::unique_ptr<Rule> NewBuildClusterDefaultRequired() {
  return std::make_unique<BuildClusterDefaultRequired>();
}

}  // namespace prowlint::rules
