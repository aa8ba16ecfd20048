// SPDX-License-Identifier: Apache-2.0
// Unit tests of a finding's identity across revisions: fingerprints from the
// subject alone (never the message or a tag), the engine refusing a finding
// without one, and which head findings are new and which base findings the
// change fixes.
#include "lint/engine/new_findings.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "lint/engine/engine.h"
#include "lint/engine/fingerprint.h"
#include "lint/engine/group_findings.h"

namespace prowlint {
namespace {

// File 0 of the findings below.
const SourceSet& Files() {
  static const SourceSet* sources = [] {
    auto* s = new SourceSet;
    s->Add("jobs.yaml");
    return s;
  }();
  return *sources;
}

// The same sinker finding as two bumps word it: only the tag differs.
Finding Sinker(const std::string& tag, int line) {
  Finding f;
  f.rule_id = "prow-version-known-bad";
  f.severity = Severity::kWarning;
  f.pos = {0, line, 16};
  f.message = "sinker " + tag + " renames the service cluster to \"default\" at random";
  f.subject = {"component sinker in the window of test-infra #11157", ""};
  return f;
}

// One job's share of a missing secret.
Finding Share(const std::string& job, const std::string& secret = "x") {
  Finding f;
  f.rule_id = "job-secret-missing";
  f.pos = {0, 3, 7};
  f.message = "job \"" + job + "\" needs secret \"" + secret + "\"";
  ShareCause(f, {job, f.pos, "build", job}, {"secret test-pods/" + secret, "build"},
             {"", "jobs", " need secret \"" + secret + "\""});
  return f;
}

TEST(FingerprintOf, IsTheSubjectNeverTheMessageOrTheLine) {
  const Fingerprint before = FingerprintOf(Sinker("v20190206-b01b288", 21));
  const Fingerprint after = FingerprintOf(Sinker("v20190208-c35c7e3", 40));
  EXPECT_EQ(before, after);
  EXPECT_EQ(after.object, "component sinker in the window of test-infra #11157");
  Finding other = Sinker("v20190208-c35c7e3", 21);
  other.subject.object = "component deck in the window of test-infra #11157";
  EXPECT_NE(FingerprintOf(other), after);
}

TEST(HoldsProwTag, FindsTagsAnywhereButNotDatesOrShortShas) {
  EXPECT_TRUE(HoldsProwTag("v20190208-c35c7e3"));
  EXPECT_TRUE(HoldsProwTag("image of sinker:v20190208-c35c7e3-dirty"));
  EXPECT_TRUE(HoldsProwTag("plank v20240101-0123456789ab runs"));
  EXPECT_FALSE(HoldsProwTag("component sinker"));
  EXPECT_FALSE(HoldsProwTag("known-bad range 2019-02-01 to 2019-02-11"));
  EXPECT_FALSE(HoldsProwTag("v20190208-c35c7"));   // too short for a sha
  EXPECT_FALSE(HoldsProwTag("v2019020-c35c7e3"));  // not a date
  EXPECT_FALSE(HoldsProwTag("v20190208"));
}

TEST(StableSubject, NeedsAnObjectWithoutATag) {
  EXPECT_TRUE(StableSubject({"component sinker", ""}));
  EXPECT_TRUE(StableSubject({"alias default", "service-cluster"}));
  EXPECT_FALSE(StableSubject({"", ""}));
  EXPECT_FALSE(StableSubject({"", "build"}));
  EXPECT_FALSE(StableSubject({"sinker v20190208-c35c7e3", ""}));
}

// A rule that forgets its subject, besides one good finding.
class Careless final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{"careless", "forgets subjects", Severity::kWarning};
    return info;
  }
  void Check(const Analysis&, FindingSink& sink) const override {
    sink.Report({}, "no subject at all", "");
    sink.Report({}, "a cluster is not a subject", "").subject = {"", "build"};
    sink.Report({}, "a good one", "").subject = {"component sinker", ""};
  }
};

TEST(RunRules, AFindingWithoutASubjectIsAnInternalError) {
  Deploy deploy;
  RunContext run;
  TargetVersion target;
  ClusterResolution clusters;
  const Analysis analysis{deploy, run, target, clusters};
  Careless rule;
  Notes notes;
  const LintResult r = RunRules(analysis, {&rule}, EngineOptions{}, notes);
  EXPECT_TRUE(r.internal_error);
  ASSERT_EQ(r.findings.size(), 3u);
  std::vector<std::string> rules, subjects;
  for (const Finding& f : r.findings) {
    rules.push_back(f.rule_id);
    subjects.push_back(f.subject.object);
    EXPECT_TRUE(StableSubject(f.subject)) << f.message;
  }
  EXPECT_EQ(std::count(rules.begin(), rules.end(), "internal-error"), 2);
  EXPECT_EQ(std::count(subjects.begin(), subjects.end(), "rule careless"), 2);
  EXPECT_EQ(std::count(subjects.begin(), subjects.end(), "component sinker"), 1);
  bool named = false;
  for (const Finding& f : r.findings)
    named = named || f.message ==
                         "rule careless reported a finding without a subject: no subject at all";
  EXPECT_TRUE(named);
}

TEST(MarkExisting, TheSameComponentFindingAtANewTagIsExisting) {
  std::vector<Finding> head = {Sinker("v20190208-c35c7e3", 40), Share("new-job", "y")};
  MarkExisting({Sinker("v20190206-b01b288", 21)}, head);
  EXPECT_EQ(head[0].change, Finding::Change::kExisting);
  EXPECT_EQ(head[1].change, Finding::Change::kNew);
}

TEST(MarkExisting, ACauseCoversEachJobsShareBothWays) {
  std::vector<Finding> cause = {Share("a"), Share("b")};
  GroupByCause(cause, Files());
  ASSERT_EQ(cause.size(), 1u);
  // Base grouped, head per job (--per-job): each share of the cause is
  // existing, a job's that joined it too; another secret is new.
  std::vector<Finding> per_job = {Share("a"), Share("c"), Share("a", "y")};
  MarkExisting(cause, per_job);
  EXPECT_EQ(per_job[0].change, Finding::Change::kExisting);
  EXPECT_EQ(per_job[1].change, Finding::Change::kExisting);
  EXPECT_EQ(per_job[2].change, Finding::Change::kNew);
  // Base per job, head grouped with a job joining: the cause is existing.
  std::vector<Finding> grouped = {Share("a"), Share("c")};
  GroupByCause(grouped, Files());
  MarkExisting({Share("a")}, grouped);
  EXPECT_EQ(grouped[0].change, Finding::Change::kExisting);
}

TEST(FixedFindings, AreTheBaseFindingsNoHeadFindingMatches) {
  Finding gone = Share("old-job", "gone");
  Finding quiet = Share("old-job", "quiet");
  quiet.suppressed = true;
  const std::vector<Finding> base = {Sinker("v20190206-b01b288", 21), gone, quiet, Share("a")};
  const std::vector<Finding> head = {Sinker("v20190208-c35c7e3", 40), Share("a")};
  const std::vector<Finding> fixed = FixedFindings(base, head);
  ASSERT_EQ(fixed.size(), 1u);
  EXPECT_EQ(fixed[0].subject.object, "secret test-pods/gone");
  EXPECT_TRUE(FixedFindings(head, head).empty());
  EXPECT_EQ(FixedFindings(base, {}).size(), 3u);  // never the suppressed one
}

TEST(FixedFindings, AJobLeavingACauseFixesNothing) {
  std::vector<Finding> base = {Share("a"), Share("b")};
  std::vector<Finding> head = {Share("a")};
  GroupByCause(base, Files());
  GroupByCause(head, Files());
  EXPECT_TRUE(FixedFindings(base, head).empty());
}

TEST(DropExisting, RemovesAndCountsOnlyExisting) {
  std::vector<Finding> f = {Share("a"), Share("b"), Share("c")};
  f[0].change = Finding::Change::kExisting;
  f[2].change = Finding::Change::kExisting;
  EXPECT_EQ(DropExisting(f), 2u);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].job, "b");
}

}  // namespace
}  // namespace prowlint
