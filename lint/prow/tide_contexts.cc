// SPDX-License-Identifier: Apache-2.0
// See tide_contexts.h. Each function names the Prow function it follows
// (kubernetes-sigs/prow pkg/config at a61940897).
#include "lint/prow/tide_contexts.h"

#include <algorithm>
#include <optional>
#include <set>

namespace prowlint {
namespace {

using Source = ContextOrigin::Source;

void MergeOptions(ContextOptions& into, const ContextOptions& level) {
  if (level.from_branch_protection) into.from_branch_protection = level.from_branch_protection;
  auto add = [](auto& to, const auto& from) { to.insert(to.end(), from.begin(), from.end()); };
  add(into.required, level.required);
  add(into.required_if_present, level.required_if_present);
  add(into.optional, level.optional);
  add(into.optional_regex, level.optional_regex);
}

// ParseTideContextPolicyOptions: global, then org, repo and branch.
ContextOptions OptionsFor(const TideContextOptions& co, const std::string& org,
                          const std::string& repo, const std::string& branch) {
  ContextOptions out = co.options;
  if (const auto o = co.orgs.find(org); o != co.orgs.end()) {
    MergeOptions(out, o->second.options);
    if (const auto r = o->second.repos.find(repo); r != o->second.repos.end()) {
      MergeOptions(out, r->second.options);
      if (const auto b = r->second.branches.find(branch); b != r->second.branches.end())
        MergeOptions(out, b->second);
    }
  }
  return out;
}

void AddListed(ContextClass& into, const std::vector<Located<std::string>>& items, Source source) {
  for (const auto& item : items) into[item.value].push_back({source, item.pos, nullptr, false});
}

void AddAll(ContextClass& into, const ContextClass& from) {
  for (const auto& [context, origins] : from)
    into[context].insert(into[context].end(), origins.begin(), origins.end());
}

}  // namespace


TideContextPolicy BuildTideContextPolicy(const MergePolicy& merge, const std::string& org,
                                         const std::string& repo, const std::string& branch,
                                         const std::vector<const Job*>& presubmits,
                                         GoRegexpCache& regexps) {
  TideContextPolicy policy;
  const ContextOptions options = OptionsFor(merge.context_options, org, repo, branch);
  AddListed(policy.required, options.required, Source::kContextOptions);
  AddListed(policy.required_if_present, options.required_if_present, Source::kContextOptions);
  AddListed(policy.optional, options.optional, Source::kContextOptions);
  policy.optional_regex = options.optional_regex;
  bool require_manual = false;
  if (IsTrue(options.from_branch_protection)) {
    if (!merge.branch_protection.orgs.count(org)) {
      policy.from_branch_protection_ignored = true;
      policy.from_branch_protection_pos = options.from_branch_protection->pos;
    }
    const BranchPolicy bp = GetBranchPolicy(merge.branch_protection, org, repo, branch,
                                            presubmits, regexps);
    policy.unsure = policy.unsure || bp.unsure;
    if (bp.policy) {
      require_manual = IsTrue(bp.policy->require_manually_triggered_jobs);
      if (IsTrue(bp.policy->protect) && bp.policy->status_checks)
        AddListed(policy.required, bp.policy->contexts, Source::kBranchProtection);
    }
  }
  ContextRequirements prow = BranchRequirements(branch, presubmits, require_manual, regexps);
  policy.unsure = policy.unsure || prow.unsure;
  AddAll(policy.required, prow.required);
  AddAll(policy.required_if_present, prow.required_if_present);
  AddAll(policy.optional, prow.optional);
  return policy;
}

std::vector<ContextCollision> Collisions(const TideContextPolicy& policy, GoRegexpCache& regexps) {
  using Kind = ContextCollision::Kind;
  std::vector<ContextCollision> out;
  auto both = [&](const ContextClass& a, const ContextClass& b, Kind kind) {
    for (const auto& [context, origins] : a)
      if (const auto it = b.find(context); it != b.end())
        out.push_back({kind, context, origins, it->second});
  };
  both(policy.required, policy.optional, Kind::kRequiredAndOptional);
  both(policy.required, policy.required_if_present, Kind::kRequiredAndRequiredIfPresent);
  both(policy.optional, policy.required_if_present, Kind::kOptionalAndRequiredIfPresent);
  for (const auto& re : policy.optional_regex) {
    const ContextOrigin entry{Source::kContextOptions, re.pos, nullptr, false};
    if (!GoRegexpError(re.value).empty()) {
      out.push_back({Kind::kOptionalRegexInvalid, re.value, {}, {entry}});
      continue;
    }
    auto matching = [&](const ContextClass& cls, Kind kind) {
      for (const auto& [context, origins] : cls)
        if (regexps.Matches(re.value, context).value_or(false))
          out.push_back({kind, context, origins, {entry}});
    };
    matching(policy.required, Kind::kOptionalRegexMatchesRequired);
    matching(policy.required_if_present, Kind::kOptionalRegexMatchesRequiredIfPresent);
  }
  return out;
}

std::map<std::string, std::vector<std::string>> KnownBranches(
    const MergePolicy& merge, const std::map<std::string, std::vector<const Job*>>& presubmits) {
  std::map<std::string, std::set<std::string>> known;
  for (const auto& [repo, jobs] : presubmits) {
    auto& branches = known[repo];
    for (const Job* job : jobs)
      for (const auto& b : job->triggers->branches) {
        branches.insert(b.value);  // as checkconfig does, even a regexp
        // and the branch an anchored name means (^main$: main), which
        // branchprotector and Tide meet on GitHub.
        const std::string& v = b.value;
        if (v.size() > 2 && v.front() == '^' && v.back() == '$' &&
            v.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-/",
                                1) == v.size() - 1)
          branches.insert(v.substr(1, v.size() - 2));
      }
  }
  for (const auto& [org, o] : merge.branch_protection.orgs)
    for (const auto& [repo, r] : o.repos) {
      auto& branches = known[org + "/" + repo];
      for (const auto& [branch, level] : r.branches) branches.insert(branch);
    }
  for (const auto& [org, o] : merge.context_options.orgs)
    for (const auto& [repo, r] : o.repos) {
      auto& branches = known[org + "/" + repo];
      for (const auto& [branch, level] : r.branches) branches.insert(branch);
    }
  std::map<std::string, std::vector<std::string>> out;
  for (auto& [repo, branches] : known) {
    if (std::count(repo.begin(), repo.end(), '/') != 1) continue;  // Gerrit's URLs
    if (branches.empty()) branches.insert("master");
    out[repo].assign(branches.begin(), branches.end());
  }
  return out;
}

PresubmitsByRepo RepoPresubmits(const std::vector<Job>& jobs, bool in_repo) {
  PresubmitsByRepo out;
  for (const Job& job : jobs)
    if (job.kind == JobKind::kPresubmit && (in_repo || !job.in_repo)) out[job.repo].push_back(&job);
  return out;
}

}  // namespace prowlint
