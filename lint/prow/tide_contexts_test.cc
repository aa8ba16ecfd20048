// SPDX-License-Identifier: Apache-2.0
// Tide's context policy as Prow builds it: which class each job's context
// lands in, when branch protection's contexts count, and what Validate
// refuses.
#include "lint/prow/tide_contexts.h"

#include <gtest/gtest.h>

namespace prowlint {
namespace {

Job Presubmit(const std::string& name, const std::string& repo) {
  Job j;
  j.name.value = name;
  j.repo = repo;
  j.kind = JobKind::kPresubmit;
  j.triggers.Mutable();
  return j;
}

Located<bool> True() { return {true, {}}; }

TEST(TideContexts, JobsLandInTheirClass) {
  Job always = Presubmit("always", "a/b");
  always.triggers.Mutable().always_run = True();
  Job changed = Presubmit("changed", "a/b");
  changed.triggers.Mutable().run_if_changed = Located<std::string>{"\\.go$", {}};
  Job manual = Presubmit("manual", "a/b");
  Job optional = Presubmit("optional", "a/b");
  optional.triggers.Mutable().optional = True();
  optional.triggers.Mutable().always_run = True();
  Job elsewhere = Presubmit("elsewhere", "a/b");
  elsewhere.triggers.Mutable().always_run = True();
  elsewhere.triggers.Mutable().branches = {{"^release-", {}}};
  GoRegexpCache regexps;
  const std::vector<const Job*> jobs{&always, &changed, &manual, &optional, &elsewhere};
  const TideContextPolicy p = BuildTideContextPolicy({}, "a", "b", "main", jobs, regexps);
  EXPECT_FALSE(p.unsure);
  EXPECT_EQ(p.required.size(), 1u);
  EXPECT_TRUE(p.required.count("always"));
  EXPECT_TRUE(p.required_if_present.count("changed"));
  EXPECT_TRUE(p.required_if_present.count("manual"));
  EXPECT_TRUE(p.optional.count("optional"));
  EXPECT_FALSE(p.required.count("elsewhere"));
  EXPECT_TRUE(Collisions(p, regexps).empty());
}

// With from-branch-protection, the branch's protection decides: its
// contexts join the required ones only where it protects, and its
// require_manually_triggered_jobs makes on-request jobs required.
TEST(TideContexts, BranchProtectionCountsOnlyWhereItProtects) {
  Job manual = Presubmit("manual", "a/b");
  MergePolicy m;
  m.context_options.options.from_branch_protection = True();
  ProtectionLevel& org = m.branch_protection.orgs["a"].policy;
  org.protect = True();
  org.status_checks = true;
  org.contexts = {{"manual", {}}};
  GoRegexpCache regexps;
  const std::vector<const Job*> jobs{&manual};
  TideContextPolicy p = BuildTideContextPolicy(m, "a", "b", "main", jobs, regexps);
  ASSERT_EQ(Collisions(p, regexps).size(), 1u);
  EXPECT_EQ(Collisions(p, regexps)[0].kind, ContextCollision::Kind::kRequiredAndRequiredIfPresent);

  org.require_manually_triggered_jobs = True();  // the job's context is required too
  p = BuildTideContextPolicy(m, "a", "b", "main", jobs, regexps);
  EXPECT_TRUE(Collisions(p, regexps).empty());

  org.require_manually_triggered_jobs.reset();
  org.protect = Located<bool>{false, {}};  // an unprotected policy adds nothing...
  m.branch_protection.allow_disabled_policies = true;
  p = BuildTideContextPolicy(m, "a", "b", "main", jobs, regexps);
  EXPECT_TRUE(Collisions(p, regexps).empty());
  EXPECT_FALSE(p.from_branch_protection_ignored);

  m.branch_protection.orgs.clear();  // ...and a missing org is said
  p = BuildTideContextPolicy(m, "a", "b", "main", jobs, regexps);
  EXPECT_TRUE(p.from_branch_protection_ignored);
}

// GetBranch: a branch policy must say protect (or unmanaged) somewhere up
// its chain, or Prow errs and Tide takes nothing from it.
TEST(TideContexts, ABranchPolicyWithoutProtectGivesNoContexts) {
  Job changed = Presubmit("changed", "a/b");
  changed.triggers.Mutable().run_if_changed = Located<std::string>{"x", {}};
  MergePolicy m;
  m.context_options.options.from_branch_protection = True();
  ProtectionLevel& branch = m.branch_protection.orgs["a"].repos["b"].branches["main"];
  branch.status_checks = true;
  branch.contexts = {{"changed", {}}};
  GoRegexpCache regexps;
  const std::vector<const Job*> jobs{&changed};
  EXPECT_TRUE(Collisions(BuildTideContextPolicy(m, "a", "b", "main", jobs, regexps), regexps).empty());
  branch.protect = True();
  EXPECT_EQ(Collisions(BuildTideContextPolicy(m, "a", "b", "main", jobs, regexps), regexps).size(),
            1u);
}

TEST(TideContexts, KnownBranchesAreCheckconfigs) {
  Job j = Presubmit("j", "a/b");
  j.triggers.Mutable().branches = {{"^release-1$", {}}};
  Job g = Presubmit("g", "https://host/repo");
  MergePolicy m;
  m.context_options.orgs["c"].repos["d"].branches["dev"];
  std::map<std::string, std::vector<const Job*>> presubmits{{"a/b", {&j}},
                                                           {"https://host/repo", {&g}}};
  const auto known = KnownBranches(m, presubmits);
  ASSERT_EQ(known.size(), 2u);  // the Gerrit URL is skipped
  // As written (checkconfig), and the branch the anchored name means.
  EXPECT_EQ(known.at("a/b"), (std::vector<std::string>{"^release-1$", "release-1"}));
  EXPECT_EQ(known.at("c/d"), std::vector<std::string>{"dev"});
}

}  // namespace
}  // namespace prowlint
