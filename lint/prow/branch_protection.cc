// SPDX-License-Identifier: Apache-2.0
// See branch_protection.h. Each function names the Prow function it follows
// (kubernetes-sigs/prow pkg/config at a61940897).
#include "lint/prow/branch_protection.h"

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
  out.include.insert(out.include.end(), child.include.begin(), child.include.end());
  out.exclude.insert(out.exclude.end(), child.exclude.begin(), child.exclude.end());
  return out;
}

bool IsFalse(const std::optional<Located<bool>>& b) { return b && !b->value; }

bool Defined(const ProtectionLevel& p) { return p.Defined(); }

// GetBranchProtection and GetPolicy: the merged policy for the branch, or
// nullopt when Prow has none for it or errs (Tide only logs that error).
}  // namespace

// BranchRequirements: a reporting, non-optional job is required unless it
// runs conditionally (then required if present); manually triggered jobs
// are required when branch protection asks for them.
ContextRequirements BranchRequirements(const std::string& branch,
                                       const std::vector<const Job*>& jobs, bool require_manual,
                                       GoRegexpCache& regexps) {
  ContextRequirements out;
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

BranchPolicy GetBranchPolicy(const BranchProtection& bp, const std::string& org,
                             const std::string& repo, const std::string& branch,
                             const std::vector<const Job*>& presubmits, GoRegexpCache& regexps) {
  using Error = BranchPolicy::Error;
  BranchPolicy out;
  const auto o = bp.orgs.find(org);
  if (o == bp.orgs.end()) {  // only configured orgs
    out.error = Error::kOrgNotConfigured;
    return out;
  }
  ProtectionLevel policy = Apply(bp.policy, o->second.policy);
  const auto r = o->second.repos.find(repo);
  if (r != o->second.repos.end()) policy = Apply(policy, r->second.policy);
  const bool listed = r != o->second.repos.end() && r->second.branches.count(branch);
  // UpdateRepo: a branch not listed is left alone when it misses include or
  // matches exclude.
  if (!listed && (!policy.include.empty() || !policy.exclude.empty())) {
    const auto in = policy.include.empty() ? std::optional<bool>(true)
                                           : regexps.Matches(Joined(policy.include), branch);
    const auto excluded = policy.exclude.empty() ? std::optional<bool>(false)
                                             : regexps.Matches(Joined(policy.exclude), branch);
    if (!in || !excluded) out.unsure = true;
    out.skipped = !in.value_or(false) || (policy.include.empty() && excluded.value_or(true));
  }
  if (r != o->second.repos.end()) {
    if (const auto b = r->second.branches.find(branch); b != r->second.branches.end()) {
      policy = Apply(policy, b->second);
      if (!policy.protect && !IsTrue(policy.unmanaged)) {
        out.error = Error::kBranchNeedsProtect;
        out.at = b->second.pos;
        return out;
      }
    }
  }
  out.unmanaged = IsTrue(policy.unmanaged);
  const ContextRequirements prow = BranchRequirements(
      branch, presubmits, IsTrue(policy.require_manually_triggered_jobs), regexps);
  out.unsure = out.unsure || prow.unsure;
  const bool manage = !prow.required.empty() ||
                      (bp.protect_repos_with_optional_jobs &&
                       (!prow.required_if_present.empty() || !prow.optional.empty()));
  if (manage) {
    if (IsFalse(policy.protect)) {
      // With allow_disabled_job_policies there is no policy and no error.
      if (!bp.allow_disabled_job_policies) {
        out.error = Error::kRequiredJobsNeedProtection;
        out.at = policy.protect->pos;
        out.required_jobs = prow.required;
      }
      return out;
    }
    policy.status_checks = true;  // the jobs' contexts, required anyway
    if (bp.protect_tested_repos) policy.protect = Located<bool>{true, {}};
  }
  if (IsFalse(policy.protect)) {
    ProtectionLevel rest = policy;
    rest.protect.reset();
    if (Defined(rest) && !bp.allow_disabled_policies) {
      out.error = Error::kDisabledPolicyDefined;
      out.at = policy.protect->pos;
      return out;
    }
  }
  if (Defined(policy)) out.policy = policy;
  return out;
}

std::string JobContext(const Job& job) {
  const JobTriggers& t = *job.triggers;
  return t.context && !t.context->value.empty() ? t.context->value : job.name.value;
}

}  // namespace prowlint
