// SPDX-License-Identifier: Apache-2.0
// Flags config_updater maps that name cluster "default" where the
// credentials give "default" another meaning. Why: see
// rules/config_updater_default_cluster.md.
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ConfigUpdaterDefaultCluster final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-updater-default-cluster",
        "A config_updater map names cluster \"default\", which config-updater always reads as "
        "the service cluster, while the build-cluster credentials define their own \"default\".",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    if (!deploy.plugins.given) return;
    // Each "default" and the map or cluster group that names it.
    std::vector<std::pair<const Located<std::string>*, std::string>> named;
    for (const ConfigUpdaterMap& m : deploy.plugins.maps)
      for (const ConfigMapCluster& c : m.clusters)
        if (c.alias.value == "default")
          named.emplace_back(&c.alias, "config_updater map " + m.pattern.value);
    for (const ConfigUpdaterClusterGroup& g : deploy.plugins.cluster_groups)
      for (const auto& c : g.clusters)
        if (c.value == "default")
          named.emplace_back(&c, "config_updater cluster group " + g.name.value);
    if (named.empty()) return;
    const ClusterResolution& res = analysis.clusters;
    if (!res.judged) {
      sink.Note(
          "no build-cluster credentials given: config_updater's \"default\" was not "
          "compared with theirs");
      return;
    }
    // config-updater's GetConfigMapClient: "default" is hook's own
    // in-cluster client, whatever the credentials call "default".
    if (res.literal_defaults.empty()) return;
    for (const auto& [alias, owner] : named) {
      Finding& f = sink.Report(
          alias->pos,
          "config_updater writes to cluster \"default\", which config-updater reads as the "
          "service cluster, but the build-cluster credentials define their own \"default\"" +
              (res.literal_defaults.front()->server.empty()
                   ? std::string()
                   : " (" + res.literal_defaults.front()->server + ")") +
              ", where jobs without cluster: run",
          "name the service cluster's ConfigMaps without relying on \"default\" meaning the "
          "build cluster; use the build cluster's own alias if the ConfigMap belongs there");
      f.subject = {"cluster default of " + owner, ""};
      f.related.push_back(
          {res.literal_defaults.front()->alias.pos, "the credentials' \"default\" is here"});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigUpdaterDefaultCluster() {
  return std::make_unique<ConfigUpdaterDefaultCluster>();
}

}  // namespace prowlint::rules
