// SPDX-License-Identifier: Apache-2.0
// Tide's context policy for one branch of one repository, as Prow builds it
// (pkg/config/tide.go GetTideContextPolicy, pkg/config/branch_protection.go
// GetBranchProtection and BranchRequirements), and the collisions its
// Validate refuses. When Validate fails Tide cannot judge the branch's pull
// requests and merges none of them; checkconfig warns (tide-context-policy).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lint/go/go_regexp.h"
#include "lint/prow/branch_protection.h"
#include "lint/model/job.h"
#include "lint/model/merge_policy.h"

namespace prowlint {

struct TideContextPolicy {
  ContextClass required;
  ContextClass required_if_present;
  ContextClass optional;
  std::vector<Located<std::string>> optional_regex;
  /// from-branch-protection is set for the branch, but branch-protection
  /// has no entry for the org, so Prow adds no context from it.
  bool from_branch_protection_ignored = false;
  Position from_branch_protection_pos;
  /// A branch regex of a job could not be evaluated here: the policy may be
  /// incomplete, so nothing is concluded from it.
  bool unsure = false;
};

/// `presubmits`: the repository's presubmits (any branch). `org`/`repo`
/// split the "org/repo" key.
TideContextPolicy BuildTideContextPolicy(const MergePolicy& merge, const std::string& org,
                                         const std::string& repo, const std::string& branch,
                                         const std::vector<const Job*>& presubmits,
                                         GoRegexpCache& regexps);

/// What TideContextPolicy.Validate refuses, each collision once.
struct ContextCollision {
  enum class Kind {
    kRequiredAndOptional,
    kRequiredAndRequiredIfPresent,
    kOptionalAndRequiredIfPresent,
    kOptionalRegexMatchesRequired,
    kOptionalRegexMatchesRequiredIfPresent,
    /// An optional-regex-contexts entry Go cannot compile (`context` holds
    /// it): the policy is refused on every branch it applies to.
    kOptionalRegexInvalid,
  };
  Kind kind;
  std::string context;
  std::vector<ContextOrigin> first;   // the first class's origins
  std::vector<ContextOrigin> second;  // the second's (for a regex: its entry)
};
std::vector<ContextCollision> Collisions(const TideContextPolicy& policy, GoRegexpCache& regexps);

/// Each repository's presubmits; in-repo ones only with `in_repo`.
using PresubmitsByRepo = std::map<std::string, std::vector<const Job*>>;
PresubmitsByRepo RepoPresubmits(const std::vector<Job>& jobs, bool in_repo);

/// One branch of one repository to judge, with the repository's presubmits.
struct RepoBranch {
  const std::string& key;  // "org/repo"
  std::string org, repo;
  const std::string& branch;
  const std::vector<const Job*>& presubmits;
};
/// Calls `each(RepoBranch)` for every branch KnownBranches gives.
template <typename Each>
void ForKnownBranches(const MergePolicy& merge, const PresubmitsByRepo& presubmits, Each each);

/// The branches checkconfig judges for a repository (validateTideContextPolicy):
/// its presubmits' `branches` entries as written, branch-protection's and
/// context_options' branch keys, or "master" when there is none.
std::map<std::string, std::vector<std::string>> KnownBranches(
    const MergePolicy& merge, const std::map<std::string, std::vector<const Job*>>& presubmits);

template <typename Each>
void ForKnownBranches(const MergePolicy& merge, const PresubmitsByRepo& presubmits, Each each) {
  static const std::vector<const Job*> kNone;
  for (const auto& [key, branches] : KnownBranches(merge, presubmits)) {
    const auto jobs = presubmits.find(key);
    const std::size_t slash = key.find('/');
    for (const std::string& branch : branches)
      each(RepoBranch{key, key.substr(0, slash), key.substr(slash + 1), branch,
                      jobs == presubmits.end() ? kNone : jobs->second});
  }
}

}  // namespace prowlint
