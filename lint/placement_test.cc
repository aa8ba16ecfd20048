// Tests for placement (lint/placement.h): landing names, and moves between
// two placements grouped by source, destination and how.
#include "lint/placement.h"

#include <gtest/gtest.h>

namespace prowlint {
namespace {

Job MakeJob(const std::string& name, JobKind kind = JobKind::kPresubmit) {
  Job j;
  j.name.value = name;
  j.kind = kind;
  j.repo = kind == JobKind::kPeriodic ? "" : "org/repo";
  return j;
}

Landing Build(const std::string& alias) { return {Landing::Kind::kBuildCluster, alias, LandingHow::kAlways}; }

TEST(PlacementTest, LandingNames) {
  EXPECT_EQ(Build("eks").Name(), "eks");
  EXPECT_EQ((Landing{Landing::Kind::kServiceCluster, "", LandingHow::kRandom}).Name(), "service-cluster");
  EXPECT_EQ((Landing{Landing::Kind::kUnknownAlias, "typo", LandingHow::kAlways}).Name(), "unknown:typo");
  EXPECT_EQ((Landing{Landing::Kind::kNowhere, "", LandingHow::kAlways}).Name(), "nowhere");
}

TEST(PlacementTest, MovesGroupBySourceDestinationAndHow) {
  const Job a = MakeJob("a"), b = MakeJob("b"), c = MakeJob("c", JobKind::kPeriodic),
            d = MakeJob("d"), added = MakeJob("added");
  Placement base, head;
  const Landing service{Landing::Kind::kServiceCluster, "", LandingHow::kRandom};
  base.jobs = {{&a, Build("default")}, {&b, Build("default")}, {&c, Build("default")},
               {&d, Build("old")}};
  head.jobs = {{&c, service}, {&a, service}, {&b, service}, {&d, Build("new")},
               {&added, service}};
  const std::vector<Move> moves = Moves(base, head);
  ASSERT_EQ(moves.size(), 2u);
  EXPECT_EQ(moves[0].from.Name(), "default");
  EXPECT_EQ(moves[0].to, service);
  ASSERT_EQ(moves[0].jobs.size(), 3u) << "a job only on the head side is not a move";
  EXPECT_EQ(moves[0].jobs[0]->name.value, "a") << "sorted by name";
  EXPECT_EQ(moves[1].to.Name(), "new");
}

TEST(PlacementTest, SameLandingIsNoMoveButAChangedHowIs) {
  const Job a = MakeJob("a");
  Placement base, head;
  base.jobs = {{&a, Build("default")}};
  head.jobs = {{&a, Build("default")}};
  EXPECT_TRUE(Moves(base, head).empty());
  head.jobs[0].landing.how = LandingHow::kMay;
  EXPECT_EQ(Moves(base, head).size(), 1u);
}

TEST(PlacementTest, SameNameOfAnotherKindIsAnotherJob) {
  const Job pre = MakeJob("x"), periodic = MakeJob("x", JobKind::kPeriodic);
  EXPECT_NE(JobKey(pre), JobKey(periodic));
}

}  // namespace
}  // namespace prowlint
