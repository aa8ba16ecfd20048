// SPDX-License-Identifier: Apache-2.0
// Flags keys Prow refuses in combination: the two forms of one setting set
// at once, settings that contradict each other, and plugins.yaml entries
// Prow's plugin config validation refuses. Why: see
// rules/config_field_conflict.md.
#include <map>
#include <set>

#include "lint/base/text.h"
#include "lint/prow/versioned_decoration.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

class ConfigFieldConflict final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-field-conflict",
        "Keys Prow refuses together are set together (two forms of one setting, contradictory "
        "settings, or plugins.yaml entries its validation refuses), so Prow refuses the whole "
        "config or plugin config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    Ctx ctx{analysis.deploy, ValidationRules(analysis.target.version), analysis.run, sink};
    CheckPlank(ctx);
    CheckDeck(ctx);
    CheckTide(ctx);
    CheckOthers(ctx);
    CheckJobs(ctx);
    CheckPlugins(ctx);
  }

 private:
  struct Ctx {
    const Deploy& deploy;
    ValidationRules rules;
    const RunContext& run;
    FindingSink& sink;

    // One finding when `change` applies to the version; `other` is the key
    // it clashes with.
    // `subject` names the key or entry at fault (Subject::object).
    Finding* Add(const std::string& subject, C change, Position pos, const std::string& message,
                 const std::string& hint, std::optional<Position> other = std::nullopt,
                 const std::string& what = "refuses the whole config") {
      const InEffect effect = rules.Get(change);
      const auto severity = RefusalSeverity(effect, run);
      if (!severity) return nullptr;
      Finding& f =
          sink.Report(*severity, pos,
                      message + "; Prow " + what +
                          (effect == InEffect::kMaybe ? MaybeClause(effect, rules, change) : ""),
                      hint);
      f.subject = {subject, ""};
      if (other) f.related.push_back({*other, "the other key is here"});
      return &f;
    }
  };

  static void CheckPlank(Ctx& c) {
    const ComponentKeys& k = c.deploy.config.components;
    if (k.decoration_configs_map && k.decoration_config_entries)
      c.Add("key plank.default_decoration_config_entries", C::kDecorationConfigEntries,
            *k.decoration_config_entries,
            "plank.default_decoration_config_entries and plank.default_decoration_configs are "
            "both set",
            "move the default_decoration_configs entries into default_decoration_config_entries",
            k.decoration_configs_map);
    // 2019-10-11..2020-04-23: the legacy single form and the map, once a
    // job is decorated.
    if (k.decoration_config_legacy && k.decoration_configs_map &&
        c.rules.Maybe(C::kDecorationMapStarRequired) &&
        c.rules.Maybe(C::kLegacyDefaultDecoration) && AnyDecorated(c)) {
      c.Add("key plank.default_decoration_configs", C::kLegacyDefaultDecoration,
            *k.decoration_configs_map,
            "plank.default_decoration_config and plank.default_decoration_configs are both set",
            "move plank.default_decoration_config into default_decoration_configs[\"*\"]",
            k.decoration_config_legacy);
    }
    if (k.plank_report_template && k.plank_report_templates)
      c.Add("key plank.report_templates", C::kReportTemplates, *k.plank_report_templates,
            "plank.report_template and plank.report_templates are both set",
            "move report_template into report_templates[\"*\"]", k.plank_report_template);
    for (const JenkinsOperatorKeys& j : k.jenkins_operators) {
      if (j.report_template && j.report_templates)
        c.Add(JenkinsName(j) + " report_templates", C::kReportTemplates, *j.report_templates,
              "a jenkins operator sets both report_template and report_templates",
              "move report_template into report_templates[\"*\"]", j.report_template);
      const bool empty = !j.label_selector || j.label_selector->value.empty();
      if (k.jenkins_operators.size() > 1 && empty)
        c.Add(JenkinsName(j) + " label_selector", C::kAlways, j.pos,
              "jenkins_operators has several operators and this one has no label_selector",
              "give every jenkins operator its own label_selector");
      if (k.jenkins_operators.size() == 1 && !empty)
        c.Add(JenkinsName(j) + " label_selector", C::kAlways, j.label_selector->pos,
              "the only jenkins operator has a label_selector",
              "remove label_selector: a single operator handles every Jenkins job");
    }
  }

  // A jenkins operator by its label selector: operators have no name.
  static std::string JenkinsName(const JenkinsOperatorKeys& j) {
    return j.label_selector && !j.label_selector->value.empty()
               ? "jenkins operator " + j.label_selector->value
               : "jenkins operator without label_selector";
  }

  // A tide query by what it covers: queries have no name.
  static std::string QueryName(const TideQueryKeys& q) {
    std::string covers;
    for (const auto* list : {&q.orgs, &q.repos})
      for (const auto& x : *list) covers += (covers.empty() ? "" : ",") + x.value;
    return covers.empty() ? "tide query without orgs or repos" : "tide query " + covers;
  }

  static bool AnyDecorated(Ctx& c) {
    for (const Job& j : c.deploy.jobs)
      if (IsDecorated(j, c.deploy.config, c.rules)) return true;
    return false;
  }

  static void CheckDeck(Ctx& c) {
    const ComponentKeys& k = c.deploy.config.components;
    if (k.deck_rerun_auth_configs && k.deck_default_rerun_auth_configs)
      c.Add("key deck.default_rerun_auth_configs", C::kDefaultRerunAuthConfigs,
            *k.deck_default_rerun_auth_configs,
            "deck.rerun_auth_configs and deck.default_rerun_auth_configs are both set",
            "move the rerun_auth_configs entries into default_rerun_auth_configs",
            k.deck_rerun_auth_configs);
    if (k.deck_rerun_auth_config && k.deck_rerun_auth_configs)
      c.Add("key deck.rerun_auth_config", C::kLegacyRerunAuthConflict, *k.deck_rerun_auth_config,
            "deck.rerun_auth_config and deck.rerun_auth_configs are both set",
            "move rerun_auth_config into rerun_auth_configs[\"*\"]", k.deck_rerun_auth_configs);
    for (const RerunAuth& a : k.deck_rerun_auths)
      if (a.allow_anyone && a.allow_anyone->value && a.restricts)
        c.Add("allow_anyone of a deck rerun auth config", C::kRerunAuthAllowAnyone,
              a.allow_anyone->pos,
              "a deck rerun auth config allows anyone and also lists who may rerun",
              "drop allow_anyone, or drop the lists of users, teams and orgs");
    if (k.additional_allowed_buckets &&
        !(k.skip_storage_path_validation && !k.skip_storage_path_validation->value))
      c.Add("key deck.additional_allowed_buckets", C::kAdditionalAllowedBuckets,
            *k.additional_allowed_buckets,
            "deck.additional_allowed_buckets is set while skip_storage_path_validation is not "
            "false",
            "set deck.skip_storage_path_validation: false");
    if (k.gcs_browser_prefix && k.gcs_browser_prefixes_star)
      c.Add("key deck.spyglass.gcs_browser_prefixes", C::kGcsBrowserPrefixes,
            *k.gcs_browser_prefixes_star,
            "deck.spyglass.gcs_browser_prefix and gcs_browser_prefixes[\"*\"] are both set",
            "keep gcs_browser_prefixes[\"*\"] and drop gcs_browser_prefix", k.gcs_browser_prefix);
    if (k.gcs_browser_prefix && k.gcs_browser_prefixes_by_bucket_star)
      c.Add("key deck.spyglass.gcs_browser_prefixes_by_bucket", C::kGcsBrowserPrefixesByBucket,
            *k.gcs_browser_prefixes_by_bucket_star,
            "deck.spyglass.gcs_browser_prefix and gcs_browser_prefixes_by_bucket[\"*\"] are both "
            "set",
            "keep gcs_browser_prefixes_by_bucket[\"*\"] and drop gcs_browser_prefix",
            k.gcs_browser_prefix);
  }

  static void CheckTide(Ctx& c) {
    const ComponentKeys& k = c.deploy.config.components;
    if (k.tide_target_url && k.tide_target_urls)
      c.Add("key tide.target_urls", C::kTideTargetUrls, *k.tide_target_urls,
            "tide.target_url and tide.target_urls are both set",
            "move target_url into target_urls[\"*\"]", k.tide_target_url);
    if (k.tide_pr_status_base_url && k.tide_pr_status_base_urls)
      c.Add("key tide.pr_status_base_urls", C::kTidePrStatusBaseUrls, *k.tide_pr_status_base_urls,
            "tide.pr_status_base_url and tide.pr_status_base_urls are both set",
            "move pr_status_base_url into pr_status_base_urls[\"*\"]", k.tide_pr_status_base_url);
    else if (k.tide_pr_status_base_urls && !k.tide_pr_status_base_urls_star)
      c.Add("key tide.pr_status_base_urls", C::kTidePrStatusBaseUrls, *k.tide_pr_status_base_urls,
            "tide.pr_status_base_urls has no \"*\" entry",
            "add a \"*\" entry to pr_status_base_urls");
    for (const TideQueryKeys& q : k.tide_queries) {
      if (q.included_branches && q.excluded_branches)
        c.Add(QueryName(q) + " branches", C::kTideQueryBranches, *q.excluded_branches,
              "a tide query sets both includedBranches and excludedBranches", "keep one of the two",
              q.included_branches);
      std::set<std::string> orgs;
      for (const auto& o : q.orgs) orgs.insert(o.value);
      for (const auto& r : q.repos) {
        const std::string org = r.value.substr(0, r.value.find('/'));
        if (orgs.count(org))
          c.Add(QueryName(q) + " repo " + r.value, C::kAlways, r.pos,
                "tide query repo " + Quote(r.value) + " is already included by org " + Quote(org),
                "remove the repo from the query (the org covers it)");
      }
      if (q.orgs.empty() && q.repos.empty())
        c.Add(QueryName(q), C::kAlways, q.pos, "a tide query has neither orgs nor repos",
              "list the orgs or repos the query covers");
      for (const auto& e : q.excluded_repos) {
        const std::string org = e.value.substr(0, e.value.find('/'));
        if (!orgs.count(org))
          c.Add(QueryName(q) + " excludedRepos " + e.value, C::kTideQueryBranches, e.pos,
                "tide query excludedRepos " + Quote(e.value) + " has no effect: org " + Quote(org) +
                    " is not in the query's orgs",
                "remove it, or add the org to orgs");
      }
      std::set<std::string> required;
      for (const auto& l : q.labels) required.insert(l.value);
      for (const auto& l : q.missing_labels)
        if (required.count(l.value))
          c.Add(QueryName(q) + " label " + l.value, C::kAlways, l.pos,
                "tide query label " + Quote(l.value) + " is both required and forbidden",
                "keep it in labels or in missingLabels, not both");
    }
  }

  static void CheckOthers(Ctx& c) {
    const ComponentKeys& k = c.deploy.config.components;
    if (k.pubsub_subscriptions && k.pubsub_triggers)
      c.Add("key pubsub_triggers", C::kPubsubTriggers, *k.pubsub_triggers,
            "pubsub_subscriptions and pubsub_triggers are both set",
            "move pubsub_subscriptions into pubsub_triggers", k.pubsub_subscriptions);
    if (k.branch_protection_include && k.branch_protection_exclude)
      c.Add("key branch-protection.include", C::kBranchProtectionInclude,
            *k.branch_protection_include,
            "branch-protection.include and branch-protection.exclude are both set",
            "keep one of the two", k.branch_protection_exclude);
  }

  // Per job: its rerun_auth_config, and skip_report against Gerrit's
  // report label (validateReporting).
  static void CheckJobs(Ctx& c) {
    const InEffect anyone = c.rules.Get(C::kRerunAuthAllowAnyone);
    const InEffect gerrit = c.rules.Get(C::kGerritReportLabel);
    JobShares shares(c.sink);
    for (const Job& j : c.deploy.jobs) {
      const auto& a = j.base->rerun_auth;
      // RerunAuthConfig.Validate runs only for jobs with containers.
      const bool containers = j.spec && !j.spec->containers.empty();
      if (a && containers && a->allow_anyone && a->allow_anyone->value && a->restricts &&
          anyone != InEffect::kNo)
        shares.Report(*RefusalSeverity(anyone, c.run), a->allow_anyone->pos, j, "anyone",
                      "rerun_auth_config allows anyone and also lists who may rerun" +
                          RefusedClause(anyone, c.rules, C::kRerunAuthAllowAnyone),
                      "drop allow_anyone, or drop the lists of users, teams and orgs");
      if (j.kind == JobKind::kPeriodic || gerrit == InEffect::kNo) continue;
      if (!j.triggers->skip_report || !j.triggers->skip_report->value) continue;
      for (const Label& l : j.labels)
        if (l.key.value == "prow.k8s.io/gerrit-report-label" && !l.value.value.empty())
          shares.Report(*RefusalSeverity(gerrit, c.run), l.key.pos, j, "gerrit",
                        "skip_report: true and a non-empty prow.k8s.io/gerrit-report-label are "
                        "both set" +
                            RefusedClause(gerrit, c.rules, C::kGerritReportLabel),
                        "drop the label, or report (skip_report: false)");
    }
  }

  // Configuration.Validate (pkg/plugins/config.go): hook refuses the plugin
  // config, and with it every plugin.
  static void CheckPlugins(Ctx& c) {
    const PluginConfig& p = c.deploy.plugins;
    if (!p.given) return;
    const std::string what = "refuses the plugin config";
    std::map<std::string, const EnabledPlugins*> by_target;
    for (const EnabledPlugins& e : p.plugins) by_target.emplace(e.target.value, &e);
    const bool excluded_repos = c.rules.Maybe(C::kPluginExcludedRepos);
    for (const EnabledPlugins& e : p.plugins) {
      auto has = [](const EnabledPlugins& x, std::string_view name) {
        for (const auto& n : x.plugins)
          if (n.value == name) return &n;
        return static_cast<const Located<std::string>*>(nullptr);
      };
      if (has(e, "blunderbuss") && has(e, "rifle"))
        c.Add("plugins blunderbuss and rifle for " + e.target.value, C::kBlunderbussRifle,
              has(e, "rifle")->pos, Quote(e.target.value) + " enables both blunderbuss and rifle",
              "enable one of the two", has(e, "blunderbuss")->pos, what);
      const std::size_t slash = e.target.value.find('/');
      if (slash == std::string::npos) continue;
      auto org = by_target.find(e.target.value.substr(0, slash));
      if (org == by_target.end()) continue;
      bool excluded = false;
      if (excluded_repos)
        for (const auto& r : org->second->excluded_repos)
          excluded = excluded || r.value == e.target.value.substr(slash + 1);
      if (excluded) continue;
      for (const auto& name : e.plugins)
        if (const auto* at_org = has(*org->second, name.value))
          c.Add("plugin " + name.value + " for " + e.target.value, C::kAlways, name.pos,
                "plugin " + Quote(name.value) + " is enabled for " + Quote(e.target.value) +
                    " and again for its org " + Quote(org->first),
                "remove it from the repo's list (the org enables it), or exclude the repo",
                at_org->pos, what);
      if ((has(e, "blunderbuss") && has(*org->second, "rifle")) ||
          (has(e, "rifle") && has(*org->second, "blunderbuss")))
        c.Add("plugins blunderbuss and rifle for " + e.target.value + " and its org",
              C::kBlunderbussRifle, e.target.pos,
              Quote(e.target.value) + " and its org " + Quote(org->first) +
                  " enable blunderbuss and rifle between them",
              "enable one of the two, or exclude the repo from the org's plugins",
              org->second->target.pos, what);
    }
    std::map<std::string, const ExternalPlugins*> external;
    for (const ExternalPlugins& e : p.external_plugins) external.emplace(e.target.value, &e);
    for (const ExternalPlugins& e : p.external_plugins) {
      const std::size_t slash = e.target.value.find('/');
      if (slash == std::string::npos) continue;
      auto org = external.find(e.target.value.substr(0, slash));
      if (org == external.end()) continue;
      for (const auto& n : e.names)
        for (const auto& o : org->second->names)
          if (n.value == o.value)
            c.Add("external plugin " + n.value + " for " + e.target.value, C::kAlways, n.pos,
                  "external plugin " + Quote(n.value) + " is configured for " +
                      Quote(e.target.value) + " and again for its org " + Quote(org->first),
                  "remove it from the repo's list (the org has it)", o.pos, what);
    }
    CheckConfigUpdater(c, what);
  }

  // validateConfigUpdater.
  static void CheckConfigUpdater(Ctx& c, const std::string& what) {
    const PluginConfig& p = c.deploy.plugins;
    std::set<std::string> groups;
    for (const auto& g : p.cluster_groups) groups.insert(g.name.value);
    std::map<std::string, const ConfigUpdaterMap*> keys;  // configmap/ns/cluster/key
    for (const ConfigUpdaterMap& m : p.maps) {
      const bool named = m.name && !m.name->value.empty();
      if (named && !m.partitioned_names.empty())
        c.Add("config_updater map " + m.pattern.value + " name", C::kConfigUpdaterPartitions,
              m.pattern.pos,
              "config_updater map " + Quote(m.pattern.value) +
                  " sets both name and "
                  "partitioned_names",
              "keep one of the two", m.name->pos, what);
      if (m.partitioned_names.size() > 256)
        c.Add("config_updater map " + m.pattern.value + " partitions", C::kConfigUpdaterPartitions,
              m.pattern.pos,
              "config_updater map " + Quote(m.pattern.value) + " has " +
                  std::to_string(m.partitioned_names.size()) + " partitions, more than 256",
              "use at most 256 partitioned_names", std::nullopt, what);
      if (!m.clusters.empty() && !m.cluster_groups.empty())
        c.Add("config_updater map " + m.pattern.value + " clusters", C::kConfigUpdaterClusterGroups,
              m.pattern.pos,
              "config_updater map " + Quote(m.pattern.value) +
                  " sets both clusters and "
                  "cluster_groups",
              "keep one of the two", std::nullopt, what);
      else if (m.clusters.empty() && c.rules.Maybe(C::kConfigUpdaterClusterGroups))
        for (const auto& g : m.cluster_groups)
          if (!groups.count(g.value))
            c.Add("config_updater map " + m.pattern.value + " cluster group " + g.value,
                  C::kConfigUpdaterClusterGroups, g.pos,
                  "config_updater map " + Quote(m.pattern.value) + " names cluster group " +
                      Quote(g.value) + ", which config_updater.cluster_groups does not define",
                  "define the group, or fix its name", std::nullopt, what);
      // Two maps writing one key of one ConfigMap: the key is the map's key,
      // else the base name of its pattern, as validateConfigUpdater reads it.
      std::string name = m.name ? m.name->value : "";
      if (name.empty())
        for (const auto& n : m.partitioned_names) name += (name.empty() ? "" : ",") + n.value;
      const std::string key = m.key && !m.key->value.empty()
                                  ? m.key->value
                                  : m.pattern.value.substr(m.pattern.value.rfind('/') + 1);
      std::vector<std::pair<std::string, std::string>> targets;  // cluster, namespace
      for (const auto& cl : m.clusters)
        for (const auto& ns : cl.namespaces) targets.emplace_back(cl.alias.value, ns.value);
      if (m.clusters.empty() && m.cluster_groups.empty()) targets.emplace_back("default", "");
      for (const auto& [cluster, ns] : targets) {
        auto [it, fresh] = keys.emplace(name + "\x1f" + ns + "\x1f" + cluster + "\x1f" + key, &m);
        if (!fresh)
          c.Add("key " + key + " of ConfigMap " + name + (ns.empty() ? "" : " in " + ns) + " on " +
                    cluster,
                C::kAlways, m.pattern.pos,
                "config_updater maps " + Quote(it->second->pattern.value) + " and " +
                    Quote(m.pattern.value) + " both write key " + Quote(key) + " of ConfigMap " +
                    Quote(name),
                "give one of them another name or key", it->second->pattern.pos, what);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigFieldConflict() { return std::make_unique<ConfigFieldConflict>(); }

}  // namespace prowlint::rules
