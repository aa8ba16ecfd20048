// SPDX-License-Identifier: Apache-2.0
// See load_prow_config.h; fields and defaults from prow-semantics §3.1.
#include "lint/load/load_prow_config.h"

#include "lint/load/load_component_keys.h"
#include "lint/load/load_decoration.h"
#include "lint/load/load_merge_policy.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// Prow's top-level config keys (ProwConfig and the inlined JobConfig in
// kubernetes-sigs/prow pkg/config/config.go), with the ones older versions
// had (kubernetes/test-infra prow/config/config.go since 2018).
const char* const kProwKeys[] = {
    "branch-protection", "config_version_sha", "deck", "decorate_all_jobs",
    "default_job_timeout", "disabled_clusters", "gangway", "gerrit", "github",
    "github_reporter", "horologium", "in_repo_config", "jenkins_operators", "log_level",
    "managed_webhooks", "moonraker", "owners_dir_blacklist", "owners_dir_denylist",
    "periodics", "pipeline", "plank", "pod_namespace", "postsubmits", "presets",
    "presubmits", "prow_ignored", "prowjob_default_entries", "prowjob_namespace",
    "pubsub_subscriptions", "pubsub_triggers", "push_gateway", "scheduler", "sinker",
    "slack_reporter", "slack_reporter_configs", "status_error_link", "tide"};

}  // namespace

ProwConfig LoadProwConfig(const yaml::Node& root, Diagnostics& diag) {
  ProwConfig config;
  config.given = true;
  if (!root.IsMap()) return config;  // LoadJobConfig reports the shape
  for (const yaml::Entry& e : root.Entries())
    for (const char* key : kProwKeys)
      if (e.key.Text() == key) ++config.prow_keys;
  // Prow defaults an empty pod_namespace to "default" as well.
  if (auto ns = ReadString(root, "pod_namespace", diag); ns && !ns->value.empty())
    config.pod_namespace = *ns;
  if (auto ns = ReadString(root, "prowjob_namespace", diag); ns && !ns->value.empty())
    config.prowjob_namespace = *ns;
  config.decorate_all_jobs = ReadBool(root, "decorate_all_jobs", diag);
  config.disabled_clusters = ReadStringList(root, "disabled_clusters", diag);
  config.decoration_defaults = LoadDecorationDefaults(root.Get("plank"), diag);
  config.components = LoadComponentKeys(root);
  config.merge_policy = LoadMergePolicy(root, diag);
  return config;
}

}  // namespace prowlint
