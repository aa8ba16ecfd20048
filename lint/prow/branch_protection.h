// SPDX-License-Identifier: Apache-2.0
// Branch protection as Prow computes it for one branch (kubernetes-sigs/prow
// pkg/config/branch_protection.go: GetBranchProtection, GetPolicy,
// BranchRequirements): which status contexts the presubmits make required,
// required if present or optional, and the merged policy or the error
// branchprotector and Tide get instead.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/go/go_regexp.h"
#include "lint/model/job.h"
#include "lint/model/merge_policy.h"

namespace prowlint {

/// Why a context is in a class of the policy.
struct ContextOrigin {
  enum class Source { kJob, kBranchProtection, kContextOptions };
  Source source = Source::kJob;
  Position pos;                 // the job's context (or name), or the list entry
  const Job* job = nullptr;     // kJob
  bool conditional = false;     // kJob: run_if_changed, skip_if_only_changed or manual
};

using ContextClass = std::map<std::string, std::vector<ContextOrigin>>;

/// BranchRequirements: the contexts of the presubmits that can run on
/// `branch`, by class. `unsure`: a branch regex could not be evaluated.
struct ContextRequirements {
  ContextClass required, required_if_present, optional;
  bool unsure = false;
};
ContextRequirements BranchRequirements(const std::string& branch,
                                       const std::vector<const Job*>& jobs, bool require_manual,
                                       GoRegexpCache& regexps);

/// GetBranchProtection and GetPolicy for one branch.
struct BranchPolicy {
  enum class Error {
    kNone,
    /// The org has no branch-protection entry: Prow considers only
    /// configured orgs (no policy, no error).
    kOrgNotConfigured,
    /// "defined branch policies must set protect or unmanaged=true"
    kBranchNeedsProtect,
    /// "required prow jobs require branch protection": protect: false on a
    /// branch where required presubmits run.
    kRequiredJobsNeedProtection,
    /// "... defines a policy, which requires protect: true"
    kDisabledPolicyDefined,
  };
  Error error = Error::kNone;
  /// The merged policy, when Prow has one (no error, and something defined).
  std::optional<ProtectionLevel> policy;
  /// The merged policy says unmanaged: true (branchprotector leaves it).
  bool unmanaged = false;
  /// branchprotector leaves the branch alone: it is not listed under
  /// `branches` and misses `include` or matches `exclude` (UpdateRepo).
  /// Tide's GetBranchProtection does not look at them.
  bool skipped = false;
  /// Where the error comes from: the branch's key, or the protect: false.
  Position at;
  /// The required contexts of the presubmits (kRequiredJobsNeedProtection).
  ContextClass required_jobs;
  bool unsure = false;
};
BranchPolicy GetBranchPolicy(const BranchProtection& bp, const std::string& org,
                             const std::string& repo, const std::string& branch,
                             const std::vector<const Job*>& presubmits, GoRegexpCache& regexps);

/// A job's status context: `context`, or its name (Prow's default).
std::string JobContext(const Job& job);

}  // namespace prowlint
