// SPDX-License-Identifier: Apache-2.0
// The fields of Prow's DecorationConfig that decide what a decorated pod
// needs, and the defaults plank merges into every decorated job.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/base/position.h"

namespace prowlint {

/// A duration as written: Prow's decoder decides by its form (a number of
/// nanoseconds or a Go duration string) whether the version can read it.
struct WrittenDuration {
  Located<std::string> text;
  bool number = false;  // a plain YAML integer
};

/// gcs_configuration: where decorated jobs upload (DecorationConfig.Validate).
struct GcsConfiguration {
  Position pos;  // the key
  std::optional<Located<std::string>> bucket;
  std::optional<Located<std::string>> path_strategy;
  std::optional<Located<std::string>> default_org;
  std::optional<Located<std::string>> default_repo;
  /// mediaTypes: extension → media type.
  std::vector<std::pair<Located<std::string>, Located<std::string>>> media_types;
};

/// What only Prow's DecorationConfig.Validate reads (issue 14).
struct DecorationChecks {
  /// Where `utility_images` is written (Prow refuses a decorated job whose
  /// merged config has none).
  std::optional<Position> utility_images_key;
  std::optional<GcsConfiguration> gcs_configuration;
  std::optional<WrittenDuration> timeout;
  std::optional<WrittenDuration> grace_period;
  /// pod_pending_timeout, pod_running_timeout, pod_unscheduled_timeout
  /// (metav1.Duration: strings only), in that order when written.
  std::vector<std::pair<std::string, WrittenDuration>> pod_timeouts;

  /// Fills what is unset here from `lower`, as DecorationConfig.ApplyDefault.
  void ApplyDefault(const DecorationChecks& lower);
};

/// The secret and service-account fields and what selects them. Absent
/// (nullopt) differs from "": an explicit "" switches a secret off
/// (prow-semantics §3.4).
struct DecorationConfig {
  std::optional<Located<std::string>> gcs_credentials_secret;
  std::optional<Located<std::string>> s3_credentials_secret;
  std::optional<Located<std::string>> default_service_account_name;
  std::optional<Located<std::string>> cookiefile_secret;              // "name" or "name/key"
  std::optional<Located<std::string>> oauth_token_secret;             // its `name`
  std::optional<Located<std::string>> github_app_private_key_secret;  // its `name`
  std::vector<Located<std::string>> ssh_key_secrets;
  std::optional<Located<bool>> skip_cloning;
  /// clonerefs, initupload, entrypoint, sidecar: image references as written.
  std::vector<std::pair<std::string, Located<std::string>>> utility_images;
  /// What only Prow's DecorationConfig.Validate reads; null when none of it
  /// is written. Shared: the jobs that merge one default point at one copy.
  std::shared_ptr<const DecorationChecks> checks;

  /// Prow's DecorationConfig.ApplyDefault: every field unset here is taken
  /// from `lower`; set fields (even "") win; an empty list inherits.
  void ApplyDefault(const DecorationConfig& lower);
};

/// Which of plank's three forms a decoration default is written in.
enum class DecorationDefaultForm {
  kLegacy,   // plank.default_decoration_config (until 2020-04-23)
  kByRepo,   // plank.default_decoration_configs (since 2019-10)
  kEntries,  // plank.default_decoration_config_entries (since 2021-03-17)
};

/// One entry of plank's decoration defaults. All three config forms (the 2019
/// `default_decoration_config`, the `default_decoration_configs` map and
/// `default_decoration_config_entries`) load into a list of these.
struct DecorationDefault {
  Position pos;
  std::string repo;     // "" or "*" = every repo, "org", or "org/repo"
  std::string cluster;  // "" or "*" = every cluster, else an exact alias
  DecorationConfig config;
  DecorationDefaultForm form = DecorationDefaultForm::kByRepo;
  Position cluster_pos;  // where `cluster` is written (entries only)

  /// Prow's matching: exact alias after defaulting; repo by org or org/repo.
  bool Matches(std::string_view job_repo, std::string_view alias) const;
};

}  // namespace prowlint
