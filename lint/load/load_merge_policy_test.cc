// SPDX-License-Identifier: Apache-2.0
// config.yaml's branch-protection and tide.context_options, read level by
// level with positions, and a mistyped value reported where it is.
#include "lint/load/load_merge_policy.h"

#include <gtest/gtest.h>

#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

TEST(LoadMergePolicy, ReadsEveryLevel) {
  Diagnostics diag;
  auto docs = ParseYaml(
      "branch-protection:\n"
      "  protect-tested-repos: true\n"
      "  protect: false\n"
      "  orgs:\n"
      "    a:\n"
      "      protect: true\n"
      "      required_status_checks:\n"
      "        contexts: [cla]\n"
      "      repos:\n"
      "        b:\n"
      "          enforce_admins: true\n"
      "          branches:\n"
      "            main:\n"
      "              unmanaged: true\n"
      "tide:\n"
      "  context_options:\n"
      "    from-branch-protection: true\n"
      "    optional-regex-contexts: [^opt-]\n"
      "    orgs:\n"
      "      a:\n"
      "        repos:\n"
      "          b:\n"
      "            required-if-present-contexts: [cov]\n"
      "            branches:\n"
      "              main:\n"
      "                optional-contexts: [lint]\n",
      0, {}, diag);
  const MergePolicy m = LoadMergePolicy(docs.front().root(), diag);
  EXPECT_TRUE(diag.errors.empty());
  const BranchProtection& bp = m.branch_protection;
  EXPECT_TRUE(bp.protect_tested_repos);
  EXPECT_FALSE(bp.allow_disabled_policies);
  ASSERT_TRUE(bp.policy.protect);
  EXPECT_FALSE(bp.policy.protect->value);
  const ProtectedOrg& a = bp.orgs.at("a");
  EXPECT_TRUE(a.policy.status_checks);
  ASSERT_EQ(a.policy.contexts.size(), 1u);
  EXPECT_EQ(a.policy.contexts[0].value, "cla");
  EXPECT_EQ(a.policy.contexts[0].pos.line, 8);
  EXPECT_TRUE(a.repos.at("b").policy.other_fields);
  EXPECT_FALSE(a.repos.at("b").policy.status_checks);
  EXPECT_TRUE(a.repos.at("b").branches.at("main").unmanaged->value);
  const TideContextOptions& co = m.context_options;
  EXPECT_TRUE(co.options.from_branch_protection->value);
  EXPECT_EQ(co.options.optional_regex.at(0).value, "^opt-");
  const ContextOptionsRepo& b = co.orgs.at("a").repos.at("b");
  EXPECT_EQ(b.options.required_if_present.at(0).value, "cov");
  EXPECT_EQ(b.branches.at("main").optional.at(0).value, "lint");
  EXPECT_EQ(b.branches.at("main").optional.at(0).pos.line, 26);
}

TEST(LoadMergePolicy, AMistypedValueIsAnErrorAtIt) {
  Diagnostics diag;
  auto docs = ParseYaml(
      "branch-protection:\n  orgs:\n    a:\n      protect: maybe\n"
      "tide:\n  context_options:\n    orgs: [a]\n",
      0, {}, diag);
  const MergePolicy m = LoadMergePolicy(docs.front().root(), diag);
  ASSERT_EQ(diag.errors.size(), 2u);
  EXPECT_EQ(diag.errors[0].pos.line, 4);
  EXPECT_EQ(diag.errors[1].pos.line, 7);
  EXPECT_FALSE(m.branch_protection.orgs.at("a").policy.protect);
  EXPECT_TRUE(m.context_options.orgs.empty());
}

TEST(LoadMergePolicy, NothingWrittenIsNothingRead) {
  Diagnostics diag;
  auto docs = ParseYaml("tide:\n  sync_period: 1m\n", 0, {}, diag);
  const MergePolicy m = LoadMergePolicy(docs.front().root(), diag);
  EXPECT_TRUE(diag.errors.empty());
  EXPECT_TRUE(m.branch_protection.orgs.empty());
  EXPECT_FALSE(m.context_options.options.from_branch_protection);
}

}  // namespace
}  // namespace prowlint
