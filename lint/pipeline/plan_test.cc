// SPDX-License-Identifier: Apache-2.0
// Library tests of MakePlan (lint/pipeline/plan.h) on the real 2019-02-08 deploy:
// the re-draw a restart brings, no move between identical sides, and the
// phrases reports print.
#include "lint/pipeline/plan.h"

#include <gtest/gtest.h>

#include "lint/engine/new_findings.h"
#include "lint/testing/test_util.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

class PlanOf2019 : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
    for (const auto& r : all_) {
      request_.rules.push_back(r.get());
      request_.run.rule_ids.emplace_back(r->Info().id);
    }
    const std::string after = testing::BumpCorpusDir() + "/after";
    request_.paths.config_path = after + "/prow/config.yaml";
    request_.paths.job_config_paths = {after + "/config/jobs"};
    request_.paths.credentials.build_cluster = testing::IncidentBuildClusterSecret();
    request_.paths.manifests.dirs = {after + "/prow/cluster"};
  }

  // The base reads the `before/` manifests and config; jobs and
  // credentials are the same on both sides.
  static BaseSide BeforeBump() {
    const std::string after = testing::BumpCorpusDir() + "/after/prow";
    const std::string before = testing::BumpCorpusDir() + "/before/prow";
    return {[after, before](const std::string& given) {
              if (given.rfind(after, 0) != 0) return BaseLocation{BaseRead::kShared, given};
              return BaseLocation{BaseRead::kOwn, before + given.substr(after.size())};
            },
            {},
            {}};
  }

  std::vector<std::unique_ptr<Rule>> all_ = rules::AllRules();
  LintRequest request_;
};

TEST_F(PlanOf2019, TheBumpRedrawsTheDefaultJobsWhenItRestartsPlank) {
  Comparison c = RunComparison(request_, BeforeBump());
  ASSERT_TRUE(c.head->input_errors.empty() && c.base->input_errors.empty());
  const Plan plan = MakePlan(c.base.get(), *c.head);
  ASSERT_TRUE(plan.current);
  EXPECT_EQ(plan.current->version, "v20190206-b01b288");
  EXPECT_EQ(plan.target.version, "v20190208-c35c7e3");
  ASSERT_EQ(plan.moves.size(), 1u);
  const PlannedMove& m = plan.moves.front();
  EXPECT_EQ(m.move.jobs.size(), 929u);
  EXPECT_EQ(m.move.from.Name(), "default");
  EXPECT_EQ(m.move.to.Name(), "service-cluster");
  EXPECT_EQ(m.move.redrawn_by, "plank");
  EXPECT_EQ(MovePhrase(m.move), "re-drawn at random when this change restarts plank");
  ASSERT_TRUE(m.severity);
  EXPECT_EQ(*m.severity, Severity::kError);
  EXPECT_TRUE(PlanFails(plan, Severity::kError));
  // Both sides place the 929 at random: the table says so.
  const KindCounts& service =
      plan.target.placement.by_destination.at({Landing::Kind::kServiceCluster, ""});
  EXPECT_EQ(service.random, 929u);
  EXPECT_EQ(HowCell(service), "929 at random");
}

TEST_F(PlanOf2019, IdenticalSidesMoveNothingAndRestartNothing) {
  Comparison c = RunComparison(request_, {LocateSame(), {}, {}});
  // As the commands do: "already" reads which head findings the base had.
  MarkExisting(c.base->result.findings, c.head->result.findings);
  const Plan plan = MakePlan(c.base.get(), *c.head);
  EXPECT_TRUE(plan.moves.empty());
  EXPECT_FALSE(PlanFails(plan, Severity::kInfo));
  // The deploy is inside the window already: said, not flagged.
  ASSERT_FALSE(plan.already.empty());
  EXPECT_EQ(plan.already.front().rule, "literal-default-alias");
}

TEST(PlanPhrases, HowAndCompareLinks) {
  EXPECT_EQ(HowPhrase(LandingHow::kAlways), "");
  EXPECT_EQ(HowPhrase(LandingHow::kRandom), "at random on each plank restart");
  Move m;
  m.to.how = LandingHow::kMay;
  m.redrawn_by = "prow-controller-manager";
  EXPECT_EQ(MovePhrase(m),
            "re-drawn (depending on the build) when this change restarts prow-controller-manager");
  EXPECT_EQ(ProwCompareUrl("v20190206-b01b288", "v20190208-c35c7e3"),
            "https://github.com/kubernetes/test-infra/compare/b01b288...c35c7e3");
  EXPECT_EQ(ProwCompareUrl("v20190206-b01b288", "latest"), "");
}

}  // namespace
}  // namespace prowlint
