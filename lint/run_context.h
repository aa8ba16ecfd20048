// What the user chose for one run, as opposed to what was read (Deploy) and
// what was derived from both (ClusterResolution).
#pragma once

#include <string>
#include <vector>

#include "lint/cluster_resolution.h"
#include "lint/policy.h"

namespace prowlint {

struct RunContext {
  /// The run's date (YYYY-MM-DD), for suppressions with until=.
  std::string today;
  /// Every rule id this build knows, for directives that name others.
  std::vector<std::string> rule_ids;
  ClusterOptions cluster_options;
  /// The deployment policy of .prowlint.yaml (empty without one).
  DeploymentPolicy policy;
  /// --expiry-warning: credentials expiring within this many days warn.
  int expiry_warning_days = kDefaultExpiryWarningDays;
};

}  // namespace prowlint
