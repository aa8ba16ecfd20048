// SPDX-License-Identifier: Apache-2.0
// What the user chose for one run, as opposed to what was read (Deploy) and
// what was derived from both (ClusterResolution).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/engine/policy.h"
#include "lint/model/finding.h"
#include "lint/prow/cluster_resolution.h"
#include "lint/prow/version_semantics.h"

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
  /// The version deployed now, when known: --current-version, or the base
  /// side's version in a comparison (prowlint plan, lint --base). Rules that
  /// judge a change (a downgrade) need it; nullopt otherwise.
  std::optional<ProwVersion> current_version;
  /// --allow-uncertain-version: what only some builds of a tag do (it was
  /// built on a day plank's behaviour changed) is a warning, not an error.
  bool allow_uncertain_version = false;
  /// --required-job-annotations (checkconfig's): keys every central job carries.
  std::vector<std::string> required_job_annotations;

  /// The severity of a finding that holds for some builds of the target tag
  /// only ("may"): an error unless --allow-uncertain-version.
  Severity UncertainSeverity() const {
    return allow_uncertain_version ? Severity::kWarning : Severity::kError;
  }
};

}  // namespace prowlint
