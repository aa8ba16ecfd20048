// SPDX-License-Identifier: Apache-2.0
// See load_component_keys.h. Keys from Prow's ProwConfig (pkg/config/
// config.go): Deck, Spyglass, Tide, TideQuery, Plank, JenkinsOperator,
// PubSubTrigger, BranchProtection, ProwJobDefaultEntry, InRepoConfig,
// Scheduler.
#include "lint/load/load_component_keys.h"

namespace prowlint {
namespace {

// The key's position when `key` holds a non-empty value (what Prow's
// `len(x) > 0` and `x != ""` checks see).
std::optional<Position> SetKey(const yaml::Node& map, std::string_view key) {
  const yaml::Node v = map.Get(key);
  const bool set = v.IsScalar() ? !v.Text().empty()
                   : v.IsMap()  ? !v.Entries().empty()
                   : v.IsSeq()  ? !v.Items().empty()
                                : false;
  if (!set) return std::nullopt;
  return map.Key(key).pos();
}

std::vector<Located<std::string>> Strings(const yaml::Node& list) {
  std::vector<Located<std::string>> out;
  for (const yaml::Node& item : list.Items())
    if (item.IsScalar()) out.push_back({item.Str(), item.pos()});
  return out;
}

std::optional<Located<std::string>> String(const yaml::Node& map, std::string_view key) {
  const yaml::Node v = map.Get(key);
  if (!v.IsScalar()) return std::nullopt;
  return Located<std::string>{v.Str(), v.pos()};
}

void LoadDeck(const yaml::Node& deck, ComponentKeys& k) {
  if (deck.Get("rerun_auth_config").IsMap()) {
    k.deck_rerun_auth_config = deck.Key("rerun_auth_config").pos();
    k.deck_rerun_auths.push_back(LoadRerunAuth(deck.Get("rerun_auth_config")));
  }
  k.deck_rerun_auth_configs = SetKey(deck, "rerun_auth_configs");
  for (const yaml::Entry& e : deck.Get("rerun_auth_configs").Entries()) {
    if (e.key.Text() == "*") k.deck_rerun_auth_configs_star = true;
    k.deck_rerun_auths.push_back(LoadRerunAuth(e.value));
  }
  k.deck_default_rerun_auth_configs = SetKey(deck, "default_rerun_auth_configs");
  for (const yaml::Node& item : deck.Get("default_rerun_auth_configs").Items()) {
    if (auto c = String(item, "cluster"); c && !c->value.empty())
      k.deck_rerun_auth_clusters.push_back(*c);
    if (item.Get("rerun_auth_configs").IsMap())
      k.deck_rerun_auths.push_back(LoadRerunAuth(item.Get("rerun_auth_configs")));
  }
  k.additional_allowed_buckets = SetKey(deck, "additional_allowed_buckets");
  if (auto b = deck.Get("skip_storage_path_validation").AsBool())
    k.skip_storage_path_validation =
        Located<bool>{*b, deck.Get("skip_storage_path_validation").pos()};
  const yaml::Node spyglass = deck.Get("spyglass");
  k.gcs_browser_prefix = SetKey(spyglass, "gcs_browser_prefix");
  for (const char* key : {"gcs_browser_prefixes", "gcs_browser_prefixes_by_bucket"}) {
    const yaml::Node m = spyglass.Get(key);
    if (!m.Get("*").Present()) continue;
    (std::string(key) == "gcs_browser_prefixes" ? k.gcs_browser_prefixes_star
                                                : k.gcs_browser_prefixes_by_bucket_star) =
        m.Key("*").pos();
  }
}

void LoadTide(const yaml::Node& tide, ComponentKeys& k) {
  k.tide_target_url = SetKey(tide, "target_url");
  k.tide_target_urls = SetKey(tide, "target_urls");
  k.tide_pr_status_base_url = SetKey(tide, "pr_status_base_url");
  k.tide_pr_status_base_urls = SetKey(tide, "pr_status_base_urls");
  k.tide_pr_status_base_urls_star = tide.Get("pr_status_base_urls").Get("*").Present();
  for (const yaml::Entry& e : tide.Get("merge_method").Entries())
    if (e.value.IsScalar())
      k.tide_merge_methods.emplace_back(Located<std::string>{e.key.Str(), e.key.pos()},
                                        Located<std::string>{e.value.Str(), e.value.pos()});
  k.tide_max_goroutines = String(tide, "max_goroutines");
  for (const yaml::Node& q : tide.Get("queries").Items()) {
    if (!q.IsMap()) continue;
    TideQueryKeys t;
    t.pos = q.pos();
    t.orgs = Strings(q.Get("orgs"));
    t.repos = Strings(q.Get("repos"));
    t.excluded_repos = Strings(q.Get("excludedRepos"));
    t.labels = Strings(q.Get("labels"));
    t.missing_labels = Strings(q.Get("missingLabels"));
    t.included_branches = SetKey(q, "includedBranches");
    t.excluded_branches = SetKey(q, "excludedBranches");
    k.tide_queries.push_back(std::move(t));
  }
}

void LoadPlank(const yaml::Node& plank, ComponentKeys& k) {
  k.plank_report_template = SetKey(plank, "report_template");
  k.plank_report_templates = SetKey(plank, "report_templates");
  for (const yaml::Entry& e : plank.Get("job_queue_capacities").Entries())
    k.job_queue_capacities.push_back(e.key.Str());
  if (plank.Get("default_decoration_config").Present() &&
      !plank.Get("default_decoration_config").IsNull())
    k.decoration_config_legacy = plank.Key("default_decoration_config").pos();
  k.decoration_configs_map = SetKey(plank, "default_decoration_configs");
  k.decoration_config_entries = SetKey(plank, "default_decoration_config_entries");
  k.plank_max_goroutines = String(plank, "max_goroutines");
  k.plank_max_concurrency = String(plank, "max_concurrency");
}

}  // namespace

RerunAuth LoadRerunAuth(const yaml::Node& node) {
  RerunAuth a;
  a.pos = node.pos();
  if (auto b = node.Get("allow_anyone").AsBool())
    a.allow_anyone = Located<bool>{*b, node.Get("allow_anyone").pos()};
  for (const char* key : {"github_users", "github_team_ids", "github_team_slugs", "github_orgs"})
    a.restricts = a.restricts || !node.Get(key).Items().empty();
  return a;
}

ComponentKeys LoadComponentKeys(const yaml::Node& root) {
  ComponentKeys k;
  if (!root.IsMap()) return k;
  LoadDeck(root.Get("deck"), k);
  LoadTide(root.Get("tide"), k);
  LoadPlank(root.Get("plank"), k);
  k.log_level = String(root, "log_level");
  for (const yaml::Entry& e : root.Get("slack_reporter_configs").Entries())
    k.slack_reporter_keys.push_back({e.key.Str(), e.key.pos()});
  k.github_reporter_job_types = Strings(root.Get("github_reporter").Get("job_types_to_report"));
  for (const yaml::Node& op : root.Get("jenkins_operators").Items()) {
    if (!op.IsMap()) continue;
    JenkinsOperatorKeys j;
    j.pos = op.pos();
    j.label_selector = String(op, "label_selector");
    j.report_template = SetKey(op, "report_template");
    j.report_templates = SetKey(op, "report_templates");
    k.jenkins_operators.push_back(std::move(j));
  }
  k.pubsub_subscriptions = SetKey(root, "pubsub_subscriptions");
  k.pubsub_triggers = SetKey(root, "pubsub_triggers");
  for (const yaml::Node& t : root.Get("pubsub_triggers").Items())
    for (auto& c : Strings(t.Get("allowed_clusters"))) k.pubsub_allowed_clusters.push_back(c);
  const yaml::Node bp = root.Get("branch-protection");
  k.branch_protection_include = SetKey(bp, "include");
  k.branch_protection_exclude = SetKey(bp, "exclude");
  for (const yaml::Node& e : root.Get("prowjob_default_entries").Items())
    if (auto c = String(e, "cluster"); c && !c->value.empty())
      k.prowjob_default_clusters.push_back(*c);
  for (const yaml::Entry& e : root.Get("in_repo_config").Get("allowed_clusters").Entries())
    k.in_repo_allowed_clusters.emplace_back(e.key.Text(), Strings(e.value));
  for (const yaml::Entry& e : root.Get("scheduler").Get("failover").Get("mappings").Entries())
    if (e.value.IsScalar())
      k.failover_mappings.emplace_back(Located<std::string>{e.key.Str(), e.key.pos()},
                                       Located<std::string>{e.value.Str(), e.value.pos()});
  return k;
}

}  // namespace prowlint
