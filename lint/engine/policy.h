// SPDX-License-Identifier: Apache-2.0
// The deployment's own placement policy, from .prowlint.yaml: which clusters
// are trusted (and which job files may use them), which clusters jobs may
// use, which secrets are restricted to which repositories, what each cluster
// requires of job resources, and how early to warn about expiring
// credentials. Kept apart from ProjectConfig's flag defaults: these are rule
// options, and `prowlint rules ID` shows the ones a rule reads. Positions in
// a policy point into .prowlint.yaml, which is read before the run's
// SourceSet exists: findings name the file instead of pointing there.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/position.h"
#include "lint/model/job.h"

namespace prowlint {

/// A path glob of the policy: as written, and as matched (absolute).
struct PathGlob {
  Located<std::string> written;
  std::string absolute;
};

struct TrustedCluster {
  Located<std::string> alias;
  /// Job-config files that may put jobs on this alias; empty: any file.
  std::vector<PathGlob> allowed_paths;
  /// Postsubmits and periodics defined under allowed_paths must run here.
  bool required = false;
};

struct SecretRestriction {
  Located<std::string> secret;
  /// Who may use it; an empty list allows everyone on that axis.
  std::vector<Located<std::string>> repos;  // org/repo
  std::vector<PathGlob> paths;
  std::vector<JobKind> kinds;
};

enum class ResourceRequirement {
  kRequests,               // CPU and memory requests on every container
  kRequestsEqualLimits,    // and limits equal to them (Guaranteed QoS)
};

struct ClusterResources {
  Located<std::string> alias;
  ResourceRequirement require = ResourceRequirement::kRequestsEqualLimits;
  /// Jobs running as one of these service accounts are exempt.
  std::vector<Located<std::string>> except_service_accounts;
};

/// The default of --expiry-warning.
inline constexpr int kDefaultExpiryWarningDays = 30;

struct DeploymentPolicy {
  /// nullopt: no trusted-clusters key; aliases whose name contains
  /// "trusted" (not as "untrusted") count as trusted.
  std::optional<std::vector<TrustedCluster>> trusted_clusters;
  /// nullopt: no clusters.allowed key; every alias is allowed.
  std::optional<std::vector<Located<std::string>>> allowed_clusters;
  std::vector<Located<std::string>> deprecated_clusters;
  std::vector<SecretRestriction> restricted_secrets;
  std::vector<ClusterResources> resources;
  std::optional<Located<int>> expiry_warning_days;
  /// max-prow-age: days after which a target tag is stale (prow-version-stale).
  std::optional<Located<int>> max_prow_age_days;

  /// Whether `alias` counts as trusted.
  bool IsTrusted(std::string_view alias) const;
  /// The trusted-clusters entry of `alias`, or nullptr.
  const TrustedCluster* Trusted(std::string_view alias) const;
  bool IsDeprecated(std::string_view alias) const;
  const ClusterResources* ResourcesFor(std::string_view alias) const;
};


/// Whether the job-config file at `path` (as the run names it) matches `glob`.
bool PathMatches(const PathGlob& glob, const std::string& path);

/// One option a rule reads, for `prowlint rules ID`.
struct PolicyOption {
  std::string key;            // "clusters.allowed"
  std::string default_value;  // what applies without it
};


/// The value of option `key` in `policy`, as YAML-ish text; "" when unset.
std::string DescribePolicyValue(const DeploymentPolicy& policy, std::string_view key);

}  // namespace prowlint
