// SPDX-License-Identifier: Apache-2.0
// Tests for the deployment policy keys of .prowlint.yaml (lint/engine/policy.h),
// read through ParseProjectConfig as prowlint reads the file.
#include "lint/engine/policy.h"

#include <gtest/gtest.h>

#include "lint/load/project_config.h"
#include "lint/testing/test_certificates.h"
#include "lint/testing/test_util.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

using testing::Errors;

struct Parsed {
  DeploymentPolicy policy;
  Diagnostics diag;
};

Parsed Parse(const std::string& text) {
  Parsed p;
  p.policy = ParseProjectConfig(text, "repo/.prowlint.yaml", 0, p.diag).policy;
  return p;
}

std::vector<std::string> Messages(const Diagnostics& diag) {
  std::vector<std::string> out;
  for (const InputError& e : diag.errors)
    out.push_back(std::to_string(e.pos.line) + ":" + std::to_string(e.pos.column) + " " + e.message);
  return out;
}

TEST(PolicyTest, ReadsEveryKey) {
  const Parsed p = Parse(
      "trusted-clusters:\n"
      "  build-trusted:\n"
      "    allowed-paths: [jobs/trusted/**]\n"
      "    required: true\n"
      "  other-trusted: {}\n"
      "clusters:\n"
      "  allowed: [build, build-trusted]\n"
      "  deprecated: default\n"
      "restricted-secrets:\n"
      "  promoter: {repos: [kubernetes/k8s.io], kinds: [postsubmits, periodics]}\n"
      "resources:\n"
      "  build: {require: requests-equal-limits, except-service-accounts: [gcb-builder]}\n"
      "expiry-warning: 14\n");
  EXPECT_FALSE(p.diag.HasErrors()) << Errors(p.diag);
  ASSERT_TRUE(p.policy.trusted_clusters);
  ASSERT_EQ(p.policy.trusted_clusters->size(), 2u);
  const TrustedCluster& t = p.policy.trusted_clusters->front();
  EXPECT_EQ(t.alias.value, "build-trusted");
  EXPECT_TRUE(t.required);
  ASSERT_EQ(t.allowed_paths.size(), 1u);
  EXPECT_TRUE(PathMatches(t.allowed_paths[0], "repo/jobs/trusted/a/b.yaml"));
  EXPECT_TRUE(PathMatches(t.allowed_paths[0], "./repo/jobs/../jobs/trusted/x.yaml"));
  EXPECT_FALSE(PathMatches(t.allowed_paths[0], "repo/jobs/other.yaml"));
  EXPECT_FALSE(PathMatches(t.allowed_paths[0], "jobs/trusted/x.yaml")) << "relative to the file";
  EXPECT_TRUE(p.policy.IsTrusted("other-trusted"));
  EXPECT_FALSE(p.policy.IsTrusted("build")) << "a listed policy replaces the name heuristic";
  ASSERT_TRUE(p.policy.allowed_clusters);
  EXPECT_EQ(p.policy.allowed_clusters->size(), 2u);
  EXPECT_TRUE(p.policy.IsDeprecated("default"));
  ASSERT_EQ(p.policy.restricted_secrets.size(), 1u);
  EXPECT_EQ(p.policy.restricted_secrets[0].kinds,
            (std::vector<JobKind>{JobKind::kPostsubmit, JobKind::kPeriodic}));
  const ClusterResources* r = p.policy.ResourcesFor("build");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->require, ResourceRequirement::kRequestsEqualLimits);
  EXPECT_EQ(r->except_service_accounts.at(0).value, "gcb-builder");
  EXPECT_EQ(p.policy.expiry_warning_days->value, 14);
}

TEST(PolicyTest, WithoutAPolicyTrustedIsInTheName) {
  const Parsed p = Parse("config-path: config.yaml\n");
  EXPECT_FALSE(p.policy.trusted_clusters);
  EXPECT_TRUE(p.policy.IsTrusted("k8s-infra-prow-build-trusted"));
  EXPECT_FALSE(p.policy.IsTrusted("k8s-infra-prow-build"));
  EXPECT_TRUE(p.policy.IsTrusted("trusted-workload"));
  EXPECT_FALSE(p.policy.IsTrusted("untrusted-workload"));
  EXPECT_TRUE(p.policy.IsTrusted("untrusted-or-trusted"));
  EXPECT_FALSE(p.policy.allowed_clusters);
  EXPECT_FALSE(p.policy.expiry_warning_days);
}

TEST(PolicyTest, TyposAreErrorsWithASuggestion) {
  const Parsed p = Parse(
      "trusted-cluster: {}\n"                                          // 1
      "trusted-clusters:\n"                                            // 2
      "  t:\n"                                                         // 3
      "    allowed-path: [a]\n"                                        // 4
      "    required: true\n"                                           // 5
      "clusters:\n"                                                    // 6
      "  alowed: [a]\n"                                                // 7
      "restricted-secrets:\n"                                          // 8
      "  s: {kinds: [postsubmit]}\n"                                   // 9
      "  everyone: {}\n"                                               // 10
      "resources:\n"                                                   // 11
      "  b: {require: request-equal-limits}\n"                         // 12
      "  c: {}\n"                                                      // 13
      "expiry-warning: soon\n");                                       // 14
  EXPECT_EQ(Messages(p.diag),
            (std::vector<std::string>{
                "1:1 unknown key \"trusted-cluster\"; did you mean \"trusted-clusters\"?",
                "4:5 unknown key \"allowed-path\" in \"trusted-clusters.t\"; did you mean "
                "\"allowed-paths\"?",
                "5:5 \"required\" needs \"allowed-paths\": the files whose jobs must run on \"t\"",
                "7:3 unknown key \"alowed\" in \"clusters\"; did you mean \"allowed\"?",
                "9:15 \"postsubmit\" is not a job kind in \"restricted-secrets.s\" (presubmits, "
                "postsubmits, periodics); did you mean \"postsubmits\"?",
                "9:3 \"restricted-secrets.s\" allows every job: give repos, paths or kinds",
                "10:3 \"restricted-secrets.everyone\" allows every job: give repos, paths or kinds",
                "12:16 \"request-equal-limits\" is not a requirement in \"resources.b\" (requests, "
                "requests-equal-limits); did you mean \"requests-equal-limits\"?",
                "13:3 \"resources.c\" needs \"require\": requests or requests-equal-limits",
                "14:17 \"expiry-warning\" must be a number of days (0 to 99999)",
            }));
}

TEST(PolicyTest, OptionsAreDiscoverable) {
  EXPECT_TRUE(rules::FindRule("job-cluster-unknown")->Info().options.empty());
  const auto& options = rules::FindRule("cluster-not-allowed")->Info().options;
  ASSERT_EQ(options.size(), 2u);
  EXPECT_EQ(options[0].key, "clusters.allowed");
  const Parsed p = Parse("clusters: {allowed: [a, b]}\nexpiry-warning: 7\n");
  EXPECT_EQ(DescribePolicyValue(p.policy, "clusters.allowed"), "[a, b]");
  EXPECT_EQ(DescribePolicyValue(p.policy, "expiry-warning"), "7");
  EXPECT_EQ(DescribePolicyValue(p.policy, "clusters.deprecated"), "");
}

TEST(PolicyTest, RulesCommandShowsTheOptionsInEffect) {
  testing::TempDir dir;
  dir.Write(".git/HEAD", "ref: refs/heads/main\n");
  const auto defaults = testing::RunInProcess({"rules", "credential-expiring"}, dir.path());
  EXPECT_EQ(defaults.code, 0);
  EXPECT_NE(defaults.out.find("## Options in effect (no .prowlint.yaml found here: defaults)\n\n"
                              "- expiry-warning: (default) 30 (--expiry-warning DAYS overrides "
                              "it)\n"),
            std::string::npos)
      << defaults.out;
  dir.Write(".prowlint.yaml", "expiry-warning: 60\n");
  const auto set = testing::RunInProcess({"rules", "credential-expiring"}, dir.path());
  EXPECT_NE(set.out.find("## Options in effect (from .prowlint.yaml)\n\n- expiry-warning: 60\n"),
            std::string::npos)
      << set.out;
}

TEST(PolicyTest, ExpiryWarningFlagWinsOverTheFile) {
  // A CA that expires 19 days after the tests' date (2026-01-01).
  testing::TempDir dir;
  dir.Write(".git/HEAD", "");
  dir.Write("config.yaml", "pod_namespace: test-pods\n");
  dir.Write("kubeconfig.yaml",
            "clusters:\n- name: c\n  cluster:\n    server: https://c\n"
            "    certificate-authority-data: " +
                testing::Base64(testing::MakeCertificatePem({"ca", "2025-01-01", "2026-01-20", ""})) +
                "\ncontexts:\n- name: default\n  context: {cluster: c, user: u}\n"
                "users:\n- name: u\n  user: {token: placeholder}\n");
  dir.Write(".prowlint.yaml",
            "config-path: config.yaml\nkubeconfig: kubeconfig.yaml\nexpiry-warning: 60\n");
  const std::vector<std::string> lint = {"lint", "--only", "credential-expiring", "--fail-on",
                                         "warning"};
  const auto file = testing::RunInProcess(lint, dir.path());
  EXPECT_EQ(file.code, 1) << file.out;
  EXPECT_NE(file.out.find("expires on 2026-01-20, in 19 days"), std::string::npos) << file.out;
  std::vector<std::string> narrow = lint;
  narrow.insert(narrow.end(), {"--expiry-warning", "5"});
  EXPECT_EQ(testing::RunInProcess(narrow, dir.path()).code, 0);
  narrow.back() = "19";
  EXPECT_EQ(testing::RunInProcess(narrow, dir.path()).code, 1) << "the last day is inside";
  narrow.back() = "-1";
  EXPECT_EQ(testing::RunInProcess(narrow, dir.path()).code, 2);
}

}  // namespace
}  // namespace prowlint
