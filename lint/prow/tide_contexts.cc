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

std::string Joined(const std::vector<Located<std::string>>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "|") + item.value;
  return out;
}

// Brancher.ShouldRun: skip_branches first, then branches; both are joined
// with '|' and searched unanchored, as Prow compiles them.
std::optional<bool> CouldRun(const Job& job, const std::string& branch, GoRegexpCache& regexps) {
  const JobTriggers& t = *job.triggers;
  if (!t.skip_branches.empty()) {
    const auto skip = regexps.Matches(Joined(t.skip_branches), branch);
    if (!skip) return std::nullopt;
    if (*skip) return false;
  }
  if (t.branches.empty()) return true;
  return regexps.Matches(Joined(t.branches), branch);
}

bool Written(const std::optional<Located<std::string>>& s) { return s && !s->value.empty(); }

struct Requirements {
  ContextClass required, required_if_present, optional;
  bool unsure = false;
};

// BranchRequirements: a reporting, non-optional job is required unless it
// runs conditionally (then required if present); manually triggered jobs
// are required when branch protection asks for them.
Requirements BranchRequirements(const std::string& branch, const std::vector<const Job*>& jobs,
                                bool require_manual, GoRegexpCache& regexps) {
  Requirements out;
  for (const Job* job : jobs) {
    const std::optional<bool> runs = CouldRun(*job, branch, regexps);
    if (!runs) out.unsure = true;
    if (!runs.value_or(false)) continue;
    const JobTriggers& t = *job->triggers;
    const bool optional = t.optional && t.optional->value;
    const bool skip_report = t.skip_report && t.skip_report->value;
    const bool changes = Written(t.run_if_changed) || Written(t.skip_if_only_changed);
    const bool explicit_trigger = !(t.always_run && t.always_run->value) && !changes;
    ContextOrigin origin{Source::kJob, t.context ? t.context->pos : job->name.pos, job,
                         explicit_trigger || changes};
    const std::string context = JobContext(*job);
    if (optional || skip_report) {
      out.optional[context].push_back(origin);
    } else if (require_manual && explicit_trigger) {
      out.required[context].push_back(origin);
    } else if (explicit_trigger || changes) {
      out.required_if_present[context].push_back(origin);
    } else {
      origin.conditional = false;
      out.required[context].push_back(origin);
    }
  }
  return out;
}

// Policy.Apply, for the fields kept: a child's bool wins when set; contexts
// are the union.
ProtectionLevel Apply(const ProtectionLevel& parent, const ProtectionLevel& child) {
  ProtectionLevel out = parent;
  if (child.protect) out.protect = child.protect;
  if (child.unmanaged) out.unmanaged = child.unmanaged;
  if (child.require_manually_triggered_jobs)
    out.require_manually_triggered_jobs = child.require_manually_triggered_jobs;
  out.status_checks = parent.status_checks || child.status_checks;
  out.contexts.insert(out.contexts.end(), child.contexts.begin(), child.contexts.end());
  out.other_fields = parent.other_fields || child.other_fields;
  return out;
}

bool IsTrue(const std::optional<Located<bool>>& b) { return b && b->value; }
bool IsFalse(const std::optional<Located<bool>>& b) { return b && !b->value; }

bool Defined(const ProtectionLevel& p) {
  return p.protect || p.status_checks || p.require_manually_triggered_jobs || p.other_fields;
}

// GetBranchProtection and GetPolicy: the merged policy for the branch, or
// nullopt when Prow has none for it or errs (Tide only logs that error).
std::optional<ProtectionLevel> BranchPolicy(const BranchProtection& bp, const std::string& org,
                                            const std::string& repo, const std::string& branch,
                                            const std::vector<const Job*>& presubmits,
                                            GoRegexpCache& regexps, bool* unsure) {
  const auto o = bp.orgs.find(org);
  if (o == bp.orgs.end()) return std::nullopt;  // only configured orgs
  ProtectionLevel policy = Apply(bp.policy, o->second.policy);
  if (const auto r = o->second.repos.find(repo); r != o->second.repos.end()) {
    policy = Apply(policy, r->second.policy);
    if (const auto b = r->second.branches.find(branch); b != r->second.branches.end()) {
      policy = Apply(policy, b->second);
      // "defined branch policies must set protect or unmanaged=true"
      if (!policy.protect && !IsTrue(policy.unmanaged)) return std::nullopt;
    }
  }
  const Requirements prow = BranchRequirements(branch, presubmits,
                                               IsTrue(policy.require_manually_triggered_jobs), regexps);
  *unsure = *unsure || prow.unsure;
  const bool manage = !prow.required.empty() ||
                      (bp.protect_repos_with_optional_jobs &&
                       (!prow.required_if_present.empty() || !prow.optional.empty()));
  if (manage) {
    // "required prow jobs require branch protection", or a disabled policy
    // allowed: either way there is no policy.
    if (IsFalse(policy.protect)) return std::nullopt;
    policy.status_checks = true;  // the jobs' contexts, required anyway
    if (bp.protect_tested_repos) policy.protect = Located<bool>{true, {}};
  }
  if (IsFalse(policy.protect)) {
    ProtectionLevel rest = policy;
    rest.protect.reset();
    if (Defined(rest) && !bp.allow_disabled_policies) return std::nullopt;  // an error
  }
  if (!Defined(policy)) return std::nullopt;
  return policy;
}

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

std::string JobContext(const Job& job) {
  const JobTriggers& t = *job.triggers;
  return t.context && !t.context->value.empty() ? t.context->value : job.name.value;
}

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
    const auto bp = BranchPolicy(merge.branch_protection, org, repo, branch, presubmits, regexps,
                                 &policy.unsure);
    if (bp) {
      require_manual = IsTrue(bp->require_manually_triggered_jobs);
      if (IsTrue(bp->protect) && bp->status_checks)
        AddListed(policy.required, bp->contexts, Source::kBranchProtection);
    }
  }
  Requirements prow = BranchRequirements(branch, presubmits, require_manual, regexps);
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
      for (const auto& b : job->triggers->branches) branches.insert(b.value);
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

}  // namespace prowlint
