// SPDX-License-Identifier: Apache-2.0
// What config.yaml says about merging: branchprotector's `branch-protection`
// policy and Tide's `tide.context_options`, each a tree of levels (global,
// org, repo, branch) that Prow merges downward (pkg/config/
// branch_protection.go Policy.Apply; pkg/config/tide.go
// ParseTideContextPolicyOptions). Only the fields that decide which status
// contexts are required are kept.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"

namespace prowlint {

/// One level of `branch-protection`.
struct ProtectionLevel {
  Position pos;  // the mapping (or its key)
  std::optional<Located<bool>> protect;
  std::optional<Located<bool>> unmanaged;
  std::optional<Located<bool>> require_manually_triggered_jobs;
  /// `required_status_checks` is written (even with no contexts).
  bool status_checks = false;
  std::vector<Located<std::string>> contexts;  // required_status_checks.contexts
  /// Another policy field is written (enforce_admins, restrictions, ...):
  /// Prow's Policy.defined() counts them.
  bool other_fields = false;
  /// Branch regexps branchprotector applies the policy to (include) or
  /// skips (exclude), for branches not listed under `branches`.
  std::vector<Located<std::string>> include, exclude;

  /// Whether any policy field is written (Prow's Policy.defined(), and
  /// isPolicySet when shards merge).
  bool Defined() const { return protect || status_checks || require_manually_triggered_jobs || other_fields; }
};

struct ProtectedRepo {
  ProtectionLevel policy;
  std::map<std::string, ProtectionLevel> branches;
};

struct ProtectedOrg {
  ProtectionLevel policy;
  std::map<std::string, ProtectedRepo> repos;
};

struct BranchProtection {
  ProtectionLevel policy;  // the global level
  std::map<std::string, ProtectedOrg> orgs;
  bool protect_tested_repos = false;
  bool allow_disabled_policies = false;
  bool allow_disabled_job_policies = false;
  bool protect_repos_with_optional_jobs = false;
  /// Which of those four settings are written (any value), and where: a
  /// supplemental config may set only what the main one leaves unset.
  std::map<std::string, Position> settings_written;
};

/// One level of `tide.context_options`.
struct ContextOptions {
  Position pos;
  std::optional<Located<bool>> from_branch_protection;
  std::vector<Located<std::string>> required;             // required-contexts
  std::vector<Located<std::string>> required_if_present;  // required-if-present-contexts
  std::vector<Located<std::string>> optional;             // optional-contexts
  std::vector<Located<std::string>> optional_regex;       // optional-regex-contexts
};

struct ContextOptionsRepo {
  ContextOptions options;
  std::map<std::string, ContextOptions> branches;
};

struct ContextOptionsOrg {
  ContextOptions options;
  std::map<std::string, ContextOptionsRepo> repos;
};

struct TideContextOptions {
  ContextOptions options;  // the global level
  std::map<std::string, ContextOptionsOrg> orgs;
};

/// Which repositories one of `tide.queries` merges.
struct TideQueryScope {
  std::vector<std::string> orgs, repos, excluded_repos;
};

struct MergePolicy {
  BranchProtection branch_protection;
  TideContextOptions context_options;
  std::vector<TideQueryScope> tide_queries;

  /// Whether a Tide query covers "org/repo".
  bool TideMerges(const std::string& org_repo) const;
};

}  // namespace prowlint
