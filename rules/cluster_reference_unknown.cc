// SPDX-License-Identifier: Apache-2.0
// Flags cluster aliases named outside jobs (decoration and job defaults,
// in-repo config, scheduler failover, config_updater, pubsub triggers) that
// the credentials do not define. Why: see rules/cluster_reference_unknown.md.
#include <map>

#include "lint/base/text.h"
#include "lint/prow/validation_table.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

// One place an alias is named, and what an unknown alias does there.
struct Reference {
  Located<std::string> alias;
  std::string where;        // "plank.default_decoration_config_entries[].cluster"
  std::string consequence;  // what Prow then does
  Severity severity;
};

class ClusterReferenceUnknown final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "cluster-reference-unknown",
        "A cluster alias named outside jobs (decoration or job defaults, in-repo config, "
        "scheduler failover, config_updater, pubsub triggers) is not one the credentials "
        "define; Prow does not check these at load, and the setting silently fails later.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const ClusterResolution& res = analysis.clusters;
    const std::vector<Reference> refs =
        References(deploy, ValidationRules(analysis.target.version));
    if (refs.empty() || !res.judged) return;  // ResolveClusters notes missing credentials
    std::vector<std::string> loaded;
    for (const auto& [alias, route] : res.routes) loaded.push_back(alias);
    // One finding per alias, at its first reference.
    std::map<std::string, std::vector<const Reference*>> by_alias;
    std::vector<std::string> order;
    for (const Reference& r : refs) {
      const std::string& a = r.alias.value;
      if (a.empty() || a == "*" || res.Find(a)) continue;
      if (by_alias[a].empty()) order.push_back(a);
      by_alias[a].push_back(&r);
    }
    for (const std::string& alias : order) {
      const auto& list = by_alias[alias];
      Severity severity = Severity::kWarning;
      for (const Reference* r : list) severity = std::max(severity, r->severity);
      const std::string guess = ClosestMatch(alias, loaded);
      Finding& f = sink.Report(
          severity, list.front()->alias.pos,
          "cluster " + Quote(alias) + " in " + list.front()->where + " is not among the aliases " +
              res.semantics.Name() + " loads from the given credentials (" +
              SampleNames(loaded, 8) + "); " + list.front()->consequence,
          guess.empty() ? "fix the alias, or add it to the build-cluster credentials"
                        : "did you mean " + Quote(guess) + "?");
      f.subject = {"alias " + alias, ""};
      for (std::size_t i = 1; i < list.size(); ++i)
        f.related.push_back({list[i]->alias.pos, "also named in " + list[i]->where});
    }
  }

 private:
  static std::vector<Reference> References(const Deploy& deploy, const ValidationRules& rules) {
    std::vector<Reference> out;
    const ComponentKeys& k = deploy.config.components;
    const Severity warn = Severity::kWarning;
    for (const DecorationDefault& d : deploy.config.decoration_defaults)
      if (d.form == DecorationDefaultForm::kEntries && d.cluster_pos.Known() &&
          rules.Maybe(C::kDecorationConfigEntries))
        out.push_back({{d.cluster, d.cluster_pos},
                       "plank.default_decoration_config_entries",
                       "the entry never matches a job, so its decoration defaults are silently "
                       "not applied",
                       warn});
    if (rules.Maybe(C::kProwJobDefaultEntries))
      for (const auto& c : k.prowjob_default_clusters)
        out.push_back({c, "prowjob_default_entries", "the entry never matches a job", warn});
    if (rules.Maybe(C::kDefaultRerunAuthConfigs))
      for (const auto& c : k.deck_rerun_auth_clusters)
        out.push_back(
            {c, "deck.default_rerun_auth_configs", "the entry never matches a job", warn});
    if (rules.Maybe(C::kInRepoConfig))
      for (const auto& [repo, clusters] : k.in_repo_allowed_clusters)
        for (const auto& c : clusters)
          out.push_back({c, "in_repo_config.allowed_clusters[" + Quote(repo) + "]",
                         "in-repo jobs that use it are allowed but never run", warn});
    if (rules.Maybe(C::kSchedulerFailover))
      for (const auto& [from, to] : k.failover_mappings) {
        out.push_back({from, "scheduler.failover.mappings", "the mapping never applies", warn});
        out.push_back({to, "scheduler.failover.mappings", "jobs failed over to it are never run",
                       Severity::kError});
      }
    if (rules.Maybe(C::kPubsubTriggers))
      for (const auto& c : k.pubsub_allowed_clusters)
        out.push_back(
            {c, "pubsub_triggers[].allowed_clusters", "jobs triggered for it are refused", warn});
    // config-updater: "default" is always hook's own cluster; any other
    // alias needs a build-cluster client, else each update fails.
    const std::string updater =
        "each config-updater update of it fails (no client for the cluster)";
    for (const ConfigUpdaterMap& m : deploy.plugins.maps)
      for (const ConfigMapCluster& c : m.clusters)
        if (c.alias.value != "default")
          out.push_back(
              {c.alias, "config_updater map " + Quote(m.pattern.value), updater, Severity::kError});
    for (const ConfigUpdaterClusterGroup& g : deploy.plugins.cluster_groups)
      for (const auto& c : g.clusters)
        if (c.value != "default")
          out.push_back({c, "config_updater cluster group " + Quote(g.name.value), updater,
                         Severity::kError});
    return out;
  }
};

}  // namespace

std::unique_ptr<Rule> NewClusterReferenceUnknown() {
  return std::make_unique<ClusterReferenceUnknown>();
}

}  // namespace prowlint::rules
