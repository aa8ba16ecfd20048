// SPDX-License-Identifier: Apache-2.0
// The config.yaml keys of Prow's components whose combinations Prow refuses
// at load (config-field-conflict) and the cluster aliases config.yaml names
// outside jobs (cluster-reference-unknown). A key counts as set when Prow
// would see it non-empty; each is positioned at its key.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lint/base/position.h"
#include "lint/model/job_fields.h"

namespace prowlint {

struct TideQueryKeys {
  Position pos;  // the list item
  std::vector<Located<std::string>> orgs, repos, excluded_repos;
  std::vector<Located<std::string>> labels, missing_labels;
  std::optional<Position> included_branches, excluded_branches;  // non-empty lists
};

struct JenkinsOperatorKeys {
  Position pos;
  std::optional<Located<std::string>> label_selector;
  std::optional<Position> report_template, report_templates;
};

struct ComponentKeys {
  // deck
  std::optional<Position> deck_rerun_auth_config;           // the 2019-2021 single form
  std::optional<Position> deck_rerun_auth_configs;          // a non-empty map
  bool deck_rerun_auth_configs_star = false;                // it has "*"
  std::optional<Position> deck_default_rerun_auth_configs;  // a non-empty list
  std::vector<RerunAuth> deck_rerun_auths;                  // every form's entries
  std::vector<Located<std::string>>
      deck_rerun_auth_clusters;                        // default_rerun_auth_configs[].cluster
  std::optional<Position> additional_allowed_buckets;  // a non-empty list
  std::optional<Located<bool>> skip_storage_path_validation;
  std::optional<Position> gcs_browser_prefix;         // non-empty
  std::optional<Position> gcs_browser_prefixes_star;  // gcs_browser_prefixes["*"]
  std::optional<Position> gcs_browser_prefixes_by_bucket_star;
  // tide
  std::optional<Position> tide_target_url, tide_target_urls;
  std::optional<Position> tide_pr_status_base_url, tide_pr_status_base_urls;
  bool tide_pr_status_base_urls_star = false;
  std::vector<TideQueryKeys> tide_queries;
  // plank
  std::optional<Position> plank_report_template, plank_report_templates;
  std::vector<std::string> job_queue_capacities;      // queue names
  std::optional<Position> decoration_config_legacy;   // default_decoration_config
  std::optional<Position> decoration_configs_map;     // non-empty default_decoration_configs
  std::optional<Position> decoration_config_entries;  // non-empty ..._entries
  std::vector<JenkinsOperatorKeys> jenkins_operators;
  // pubsub
  std::optional<Position> pubsub_subscriptions, pubsub_triggers;  // non-empty
  std::vector<Located<std::string>> pubsub_allowed_clusters;
  // branch-protection (top level)
  std::optional<Position> branch_protection_include, branch_protection_exclude;
  // Cluster aliases named outside jobs.
  std::vector<Located<std::string>> prowjob_default_clusters;
  /// in_repo_config.allowed_clusters: org, org/repo or "*" → aliases.
  std::vector<std::pair<std::string, std::vector<Located<std::string>>>> in_repo_allowed_clusters;
  /// scheduler.failover.mappings: alias → alias.
  std::vector<std::pair<Located<std::string>, Located<std::string>>> failover_mappings;

  // Values Prow checks as it loads the config (config-value-invalid), as
  // written: a number stays text so a non-number is seen too.
  std::optional<Located<std::string>> log_level;
  std::vector<Located<std::string>> github_reporter_job_types;
  /// tide.merge_method: org or org/repo → a method written as a string.
  std::vector<std::pair<Located<std::string>, Located<std::string>>> tide_merge_methods;
  std::optional<Located<std::string>> tide_max_goroutines;
  std::optional<Located<std::string>> plank_max_goroutines;
  std::optional<Located<std::string>> plank_max_concurrency;
  /// slack_reporter_configs: org, org/repo or "*" (merged from shards).
  std::vector<Located<std::string>> slack_reporter_keys;
};

}  // namespace prowlint
