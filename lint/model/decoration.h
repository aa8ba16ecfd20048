// The fields of Prow's DecorationConfig that decide what a decorated pod
// needs, and the defaults plank merges into every decorated job.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/position.h"

namespace prowlint {

/// Only the secret and service-account fields and what selects them. Absent
/// (nullopt) differs from "": an explicit "" switches a secret off
/// (prow-semantics §3.4).
struct DecorationConfig {
  std::optional<Located<std::string>> gcs_credentials_secret;
  std::optional<Located<std::string>> s3_credentials_secret;
  std::optional<Located<std::string>> default_service_account_name;
  std::optional<Located<std::string>> cookiefile_secret;  // "name" or "name/key"
  std::optional<Located<std::string>> oauth_token_secret;             // its `name`
  std::optional<Located<std::string>> github_app_private_key_secret;  // its `name`
  std::vector<Located<std::string>> ssh_key_secrets;
  std::optional<Located<bool>> skip_cloning;
  /// clonerefs, initupload, entrypoint, sidecar: image references as written.
  std::vector<std::pair<std::string, Located<std::string>>> utility_images;

  /// Prow's DecorationConfig.ApplyDefault: every field unset here is taken
  /// from `lower`; set fields (even "") win; an empty list inherits.
  void ApplyDefault(const DecorationConfig& lower);
};

/// One entry of plank's decoration defaults. All three config forms (the 2019
/// `default_decoration_config`, the `default_decoration_configs` map and
/// `default_decoration_config_entries`) load into a list of these.
struct DecorationDefault {
  Position pos;
  std::string repo;     // "" or "*" = every repo, "org", or "org/repo"
  std::string cluster;  // "" or "*" = every cluster, else an exact alias
  DecorationConfig config;

  /// Prow's matching: exact alias after defaulting; repo by org or org/repo.
  bool Matches(std::string_view job_repo, std::string_view alias) const;
};

}  // namespace prowlint
