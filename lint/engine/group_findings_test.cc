// SPDX-License-Identifier: Apache-2.0
// Unit tests of one finding per cause: grouping, fingerprints, baselines and
// the choice of a finding's place.
#include "lint/engine/group_findings.h"
#include "lint/load/read_baseline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "lint/engine/allow_list.h"
#include "lint/engine/baseline.h"
#include "lint/engine/finding_sink.h"
#include "lint/engine/fingerprint.h"
#include "rules/support/anchor.h"

namespace prowlint {
namespace {

struct Files {
  Files() {
    a = sources.Add("jobs/a.yaml");
    b = sources.Add("jobs/b.yaml");
    secret = sources.Add("/tmp/kubeconfig", /*sensitive=*/true);
  }
  SourceSet sources;
  FileId a, b, secret;
};

// One job's share of "secret x missing in cluster build".
Finding Share(const std::string& job, Position pos, const std::string& secret = "x") {
  Finding f;
  f.rule_id = "job-secret-missing";
  f.pos = pos;
  f.message =
      "job \"" + job + "\" needs secret \"" + secret + "\" (volume \"v\"), which is missing";
  f.hint = "create it";
  ShareCause(f, {job, pos, "build", job}, {"secret test-pods/" + secret, "build"},
             {"", "jobs", " need secret \"" + secret + "\", which is missing"});
  return f;
}

TEST(GroupByCause, MergesSharesOfOneCauseListingEveryJobInPlaceOrder) {
  Files fs;
  std::vector<Finding> f = {Share("z-late", {fs.b, 3, 7}), Share("a-early", {fs.a, 9, 7}),
                            Share("m", {fs.a, 2, 7}), Share("other", {fs.a, 5, 7}, "y")};
  f[0].related = {{{fs.a, 1, 1}, "referenced here"}};
  f[1].related = {{{fs.a, 1, 1}, "referenced here"}};
  GroupByCause(f, fs.sources);
  ASSERT_EQ(f.size(), 2u);
  const Finding& x = f[0];
  EXPECT_EQ(x.message, "3 jobs need secret \"x\", which is missing");
  EXPECT_EQ(x.pos, (Position{fs.a, 2, 7}));  // the first job's place
  EXPECT_EQ(x.job, "");
  EXPECT_TRUE(x.grouped);
  ASSERT_EQ(x.jobs.size(), 3u);
  EXPECT_EQ(x.jobs[0].name, "m");
  EXPECT_EQ(x.jobs[1].name, "a-early");
  EXPECT_EQ(x.jobs[2].name, "z-late");
  EXPECT_EQ(x.related.size(), 1u);  // said once
  // A cause of one job keeps that job's own wording.
  EXPECT_EQ(f[1].message, "job \"other\" needs secret \"y\" (volume \"v\"), which is missing");
  EXPECT_EQ(f[1].job, "other");
}

TEST(GroupByCause, SeverityAndSuppressionSplitGroups) {
  Files fs;
  std::vector<Finding> f = {Share("a", {fs.a, 1, 1}), Share("b", {fs.a, 2, 1}),
                            Share("c", {fs.a, 3, 1})};
  f[1].suppressed = true;
  f[1].justification = "accepted";
  f[2].severity = Severity::kWarning;
  GroupByCause(f, fs.sources);
  EXPECT_EQ(f.size(), 3u);
  for (const Finding& g : f) EXPECT_EQ(g.jobs.size(), 1u);
}

TEST(GroupByCause, FindingsWithoutJobsPassThrough) {
  Files fs;
  Finding plain;
  plain.rule_id = "config-duplicate-key";
  plain.pos = {fs.a, 4, 1};
  plain.message = "key \"labels\" is written twice";
  std::vector<Finding> f = {plain, plain};
  GroupByCause(f, fs.sources);
  EXPECT_EQ(f.size(), 2u);
  EXPECT_FALSE(f[0].grouped);
}

TEST(Fingerprint, IgnoresLinesAndTheJobsOfACause) {
  Files fs;
  std::vector<Finding> one = {Share("a", {fs.a, 1, 1})};
  std::vector<Finding> moved = {Share("a", {fs.a, 40, 3}), Share("b", {fs.b, 2, 2})};
  GroupByCause(one, fs.sources);
  GroupByCause(moved, fs.sources);
  EXPECT_EQ(FingerprintOf(one[0]), FingerprintOf(moved[0]));
  EXPECT_EQ(FingerprintOf(one[0]).job, "");
  EXPECT_EQ(Describe(FingerprintOf(one[0])),
            "job-secret-missing secret test-pods/x in cluster \"build\"");
  // Under --per-job (no grouping) the job is part of it.
  const Finding per_job = Share("a", {fs.a, 1, 1});
  EXPECT_EQ(FingerprintOf(per_job).job, "a");
  EXPECT_TRUE(Covers(FingerprintOf(one[0]), FingerprintOf(per_job)));
  EXPECT_FALSE(Covers(FingerprintOf(per_job), FingerprintOf(one[0])));
}

TEST(Baseline, WrittenTextLoadsBackAndCoversItsFindings) {
  Files fs;
  std::vector<Finding> f = {Share("a", {fs.a, 1, 1}), Share("b", {fs.b, 2, 2}),
                            Share("c", {fs.a, 3, 3}, "quote\"d")};
  GroupByCause(f, fs.sources);
  const std::string path =
      (std::filesystem::temp_directory_path() / ("prowlint-baseline-" + std::to_string(getpid())))
          .string();
  std::ofstream(path) << BaselineText(f);
  SourceSet sources;
  Diagnostics diag;
  const Baseline b = LoadBaseline(path, sources, diag);
  std::filesystem::remove(path);
  ASSERT_FALSE(diag.HasErrors()) << diag.errors[0].message;
  ASSERT_EQ(b.entries.size(), 2u);
  EXPECT_EQ(b.entries[0].fingerprint.object, "secret test-pods/quote\"d");
  std::vector<Finding> again = f;
  const BaselineOutcome o = ApplyBaseline(b, {"job-secret-missing"}, again);
  EXPECT_TRUE(again.empty());
  EXPECT_EQ(o.baselined, 2u);
  EXPECT_TRUE(o.stale.empty());
  // Entries of rules that did not run are not stale.
  std::vector<Finding> none;
  EXPECT_TRUE(ApplyBaseline(b, {"other-rule"}, none).stale.empty());
  EXPECT_EQ(ApplyBaseline(b, {"job-secret-missing"}, none).stale.size(), 2u);
}

// Before every rule set a subject, a baseline recorded the message as the
// object of such a finding: that entry still accepts the finding.
TEST(Baseline, AnOlderEntryByMessageStillCovers) {
  Files fs;
  Finding sinker;
  sinker.rule_id = "prow-version-known-bad";
  sinker.pos = {fs.a, 21, 16};
  sinker.message = "sinker v20190208-c35c7e3 renames the service cluster";
  sinker.subject = {"component sinker in the window of test-infra #11157", ""};
  Baseline b;
  b.entries = {{{"prow-version-known-bad", "", sinker.message, ""}, {fs.b, 3, 3}},
               {{"prow-version-known-bad", "", "another message", ""}, {fs.b, 5, 3}}};
  std::vector<Finding> f = {sinker};
  const BaselineOutcome o = ApplyBaseline(b, {"prow-version-known-bad"}, f);
  EXPECT_TRUE(f.empty());
  EXPECT_EQ(o.baselined, 1u);
  ASSERT_EQ(o.stale.size(), 1u);
  EXPECT_EQ(o.stale[0].fingerprint.object, "another message");
}

TEST(AllowList, ByJobAndByAliasWithTheRuleOptional) {
  Files fs;
  AllowEntry by_alias;
  by_alias.alias = "build";
  by_alias.reason = "deliberate";
  AllowEntry by_job;
  by_job.job = "b";
  by_job.rule = Located<std::string>{"job-cluster-unknown", {}};
  by_job.reason = "other rule";
  std::vector<Finding> f = {Share("a", {fs.a, 1, 1}), Share("b", {fs.a, 2, 1})};
  EXPECT_TRUE(Allows(by_alias, f[0]));
  EXPECT_FALSE(Allows(by_job, f[1]));  // a different rule
  const auto unused = ApplyAllowList({by_job}, f);
  ASSERT_EQ(unused.size(), 1u);
  EXPECT_FALSE(f[1].suppressed);
  ApplyAllowList({by_alias}, f);
  EXPECT_TRUE(f[0].suppressed && f[1].suppressed);
  EXPECT_TRUE(f[0].external);
  EXPECT_EQ(f[0].justification, "deliberate");
}

TEST(ChooseAnchor, NeverASensitiveFileWhileAnotherPlaceIsKnown) {
  Files fs;
  Deploy deploy;
  deploy.sources = fs.sources;
  const RunContext run;
  const TargetVersion target;
  const ClusterResolution clusters;
  const Analysis analysis{deploy, run, target, clusters};
  AnchorChoices c;
  c.credentials = {fs.secret, 3, 1};
  EXPECT_EQ(ChooseAnchor(analysis, c), c.credentials);  // nothing else known
  c.config = {fs.b, 7, 3};
  EXPECT_EQ(ChooseAnchor(analysis, c), c.config);
  c.job = {fs.a, 2, 11};
  c.version_dependent = true;  // no manifests: the job
  EXPECT_EQ(ChooseAnchor(analysis, c), c.job);
  EXPECT_FALSE(ChooseAnchor(analysis, AnchorChoices{}).Known());
}

}  // namespace
}  // namespace prowlint
