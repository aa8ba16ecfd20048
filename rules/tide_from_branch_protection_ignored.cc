// SPDX-License-Identifier: Apache-2.0
// Flags tide.context_options' from-branch-protection where branch-protection
// has no entry for the org: Prow then takes no context from branch
// protection, and Tide ignores the contexts it was meant to require. One
// finding per from-branch-protection entry, listing the repositories.
// Why: see rules/tide_from_branch_protection_ignored.md.
#include <map>
#include <string>
#include <vector>

#include "lint/base/text.h"
#include "lint/prow/tide_contexts.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class TideFromBranchProtectionIgnored final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "tide-from-branch-protection-ignored",
        "tide.context_options sets from-branch-protection for a repository whose org has no "
        "branch-protection entry, so Tide takes no required context from branch protection.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const MergePolicy& merge = deploy.config.merge_policy;
    GoRegexpCache regexps;
    // Repositories by the from-branch-protection entry that applies to them.
    std::map<Position, std::vector<std::string>> ignored;
    std::vector<Position> order;
    ForKnownBranches(merge, RepoPresubmits(deploy.jobs, true), [&](const RepoBranch& b) {
      // Tide builds a context policy only for what its queries merge.
      if (merge.branch_protection.orgs.count(b.org) || !merge.TideMerges(b.key)) return;
      const TideContextPolicy policy =
          BuildTideContextPolicy(merge, b.org, b.repo, b.branch, b.presubmits, regexps);
      if (!policy.from_branch_protection_ignored) return;
      auto& repos = ignored[policy.from_branch_protection_pos];
      if (repos.empty()) order.push_back(policy.from_branch_protection_pos);
      if (repos.empty() || repos.back() != b.key) repos.push_back(b.key);
    });
    for (const Position& pos : order) {
      const std::vector<std::string>& repos = ignored[pos];
      std::string names;
      for (std::size_t i = 0; i < repos.size() && i < 5; ++i)
        names += (names.empty() ? "" : ", ") + repos[i];
      if (repos.size() > 5) names += " and " + std::to_string(repos.size() - 5) + " more";
      Finding& f = sink.Report(
          pos,
          "from-branch-protection has no effect for " + names +
              ": branch-protection in config.yaml has no entry for " +
              (repos.size() == 1 ? "its org" : "their orgs") +
              ", and Prow reads no other (not GitHub's settings), so Tide takes no required "
              "context from branch protection there",
          "give the orgs a policy under branch-protection.orgs (branchprotector then applies "
          "it), or list the contexts in context_options' required-contexts");
      f.subject = {"from-branch-protection at " + std::to_string(pos.line), ""};
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewTideFromBranchProtectionIgnored() {
  return std::make_unique<TideFromBranchProtectionIgnored>();
}

}  // namespace prowlint::rules
