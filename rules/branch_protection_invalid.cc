// SPDX-License-Identifier: Apache-2.0
// Flags branch-protection policies branchprotector cannot apply: a branch
// policy that says neither protect nor unmanaged, protect: false where
// required presubmits run, or protect: false with other policy fields.
// branchprotector reports each and fails its run. One finding per
// repository and cause, listing the branches.
// Why: see rules/branch_protection_invalid.md.
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "lint/base/text.h"
#include "lint/prow/branch_protection.h"
#include "lint/prow/tide_contexts.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

using Error = BranchPolicy::Error;

struct Group {
  BranchPolicy policy;
  std::vector<std::string> branches;
};

class BranchProtectionInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "branch-protection-invalid",
        "branchprotector cannot compute a branch's policy: a branch policy without protect or "
        "unmanaged, or protect: false where required presubmits run or other policy fields are "
        "set. It reports the branch and fails its whole run.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const MergePolicy& merge = deploy.config.merge_policy;
    if (merge.branch_protection.orgs.empty()) return;
    GoRegexpCache regexps;
    std::map<std::tuple<std::string, Error, Position>, Group> groups;
    std::vector<std::tuple<std::string, Error, Position>> order;
    // branchprotector reads the central presubmits only (GetPresubmitsStatic).
    ForKnownBranches(merge, RepoPresubmits(deploy.jobs, false), [&](const RepoBranch& b) {
      BranchPolicy p =
          GetBranchPolicy(merge.branch_protection, b.org, b.repo, b.branch, b.presubmits, regexps);
      if (p.unsure || p.unmanaged || p.skipped || p.error == Error::kNone ||
          p.error == Error::kOrgNotConfigured || !p.at.Known())
        return;
      const auto id = std::make_tuple(b.key, p.error, p.at);
      auto [it, fresh] = groups.try_emplace(id, Group{std::move(p), {}});
      if (fresh) order.push_back(id);
      it->second.branches.push_back(b.branch);
    });
    for (const auto& id : order) Report(std::get<0>(id), groups.at(id), sink);
  }

 private:
  static void Report(const std::string& repo, const Group& g, FindingSink& sink) {
    std::string branches;
    for (const std::string& b : g.branches) branches += (branches.empty() ? "" : ", ") + Quote(b);
    const std::string where =
        repo + (g.branches.size() == 1 ? " branch " : " branches ") + branches;
    std::string message, hint, cause;
    switch (g.policy.error) {
      case Error::kBranchNeedsProtect:
        message = "the branch policy of " + where + " sets neither protect nor unmanaged: true, "
                  "which Prow requires of a branch policy (\"defined branch policies must set "
                  "protect or unmanaged=true\")";
        hint = "add protect: true (or protect: false, or unmanaged: true) to the branch's policy";
        cause = "branch policy without protect";
        break;
      case Error::kRequiredJobsNeedProtection: {
        std::string jobs;
        std::size_t n = 0;
        for (const auto& [context, origins] : g.policy.required_jobs)
          if (++n <= 3) jobs += (jobs.empty() ? "" : ", ") + Quote(context);
        if (n > 3) jobs += " and " + std::to_string(n - 3) + " more";
        message = "protect: false applies to " + where +
                  (jobs.empty() ? ", where presubmits run and protect_repos_with_optional_jobs "
                                  "asks for protection"
                                : ", where required presubmits run (" + jobs + ")") +
                  "; Prow refuses that policy (\"required prow jobs require branch "
                  "protection\")";
        hint = "protect the branch, make those jobs optional there, set unmanaged: true, or set "
               "branch-protection.allow_disabled_job_policies: true";
        cause = "protect false with required jobs";
        break;
      }
      case Error::kDisabledPolicyDefined:
        message = "protect: false applies to " + where + ", whose policy sets other fields; "
                  "Prow refuses that (\"defines a policy, which requires protect: true\")";
        hint = "drop the other fields, protect the branch, or set "
               "branch-protection.allow_disabled_policies: true";
        cause = "protect false with a policy";
        break;
      case Error::kNone:
      case Error::kOrgNotConfigured:
        return;
    }
    Finding& f = sink.Report(g.policy.at, message + "; branchprotector reports it and fails its run",
                             hint);
    f.subject = {"branch-protection of " + repo + ": " + cause, ""};
  }
};

}  // namespace

std::unique_ptr<Rule> NewBranchProtectionInvalid() {
  return std::make_unique<BranchProtectionInvalid>();
}

}  // namespace prowlint::rules
