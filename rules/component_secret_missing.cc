// SPDX-License-Identifier: Apache-2.0
// Flags Secrets and ConfigMaps a Prow component mounts that neither the
// service cluster's inventory nor the deploy manifests hold. Why: see
// rules/component_secret_missing.md.
#include <set>

#include "lint/base/text.h"
#include "lint/model/inventory.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ComponentSecretMissing final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "component-secret-missing",
        "A Prow component mounts a Secret or ConfigMap that neither the service cluster's "
        "inventory nor the deploy manifests hold, so its pod never starts.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    if (deploy.manifests.components.empty()) return;
    const Inventory* inventory = ServiceInventory(analysis);
    if (!inventory) {
      sink.Note(
          "no --inventory in-cluster=... given: the Secrets and ConfigMaps Prow's "
          "components mount were not checked");
      return;
    }
    const std::string& default_ns = deploy.config.prowjob_namespace.value;
    std::set<Position> reported;  // containers of one pod share its volumes
    for (const Component& c : deploy.manifests.components) {
      const std::string ns = c.ns.empty() ? default_ns : c.ns;
      // The kubelet sets up every volume of the pod, mounted or not.
      for (const ComponentVolume& v : c.volumes) {
        for (const ComponentVolume::Source& s : v.sources) {
          if (s.optional || s.name.value.empty() || !reported.insert(s.name.pos).second) continue;
          if (!inventory->Judges(s.kind)) continue;
          if (inventory->Has(s.kind, ns, s.name.value) || InManifests(deploy, s, ns)) continue;
          sink.Report(s.name.pos,
                      ComponentWho(c) + " mounts " + ObjectKindName(s.kind) + " " +
                          Quote(s.name.value) + " (volume " + Quote(v.name.value) +
                          "), which is neither in namespace " + Quote(ns) +
                          " of the service cluster's inventory nor in the deploy manifests; the "
                          "pod stays in ContainerCreating",
                      "create " + std::string(ObjectKindName(s.kind)) + " " + Quote(s.name.value) +
                          " in " + Quote(ns) +
                          " before the bump, or add it to the deploy manifests")
              .subject = {std::string(ObjectKindName(s.kind)) + " " + ns + "/" + s.name.value +
                              " of " + ComponentSubject(c),
                          ""};
        }
      }
    }
  }

 private:
  static const Inventory* ServiceInventory(const Analysis& analysis) {
    const auto& inventories = analysis.deploy.inventories;
    auto it = inventories.find(kInClusterAlias);
    if (it != inventories.end()) return &it->second;
    const std::string& service = analysis.run.cluster_options.service_cluster;
    if (!service.empty()) {
      it = inventories.find(service);
      if (it != inventories.end()) return &it->second;
    }
    return nullptr;
  }

  static bool InManifests(const Deploy& deploy, const ComponentVolume::Source& s,
                          const std::string& ns) {
    for (const ManifestObject& o : deploy.manifests.objects)
      if (o.kind == s.kind && o.name.value == s.name.value && (o.ns.empty() || o.ns == ns))
        return true;
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> NewComponentSecretMissing() {
  return std::make_unique<ComponentSecretMissing>();
}

}  // namespace prowlint::rules
