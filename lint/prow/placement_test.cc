// SPDX-License-Identifier: Apache-2.0
// Tests for placement (lint/prow/placement.h): landing names, and moves between
// two placements grouped by source, destination and how.
#include "lint/prow/placement.h"

#include <gtest/gtest.h>

#include <map>

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

// `job` restricted to `branches` (and kept off `skip`).
Job OnBranches(Job job, const std::vector<std::string>& branches,
               const std::vector<std::string>& skip = {}) {
  for (const std::string& b : branches) job.triggers.Mutable().branches.push_back({b, {}});
  for (const std::string& b : skip) job.triggers.Mutable().skip_branches.push_back({b, {}});
  return job;
}

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

TEST(PlacementTest, SameNameOnDisjointBranchesIsAnotherJob) {
  // kubernetes/test-infra's pull-kubernetes-integration on main and on each
  // release branch, on different clusters: by name alone, identical sides
  // showed phantom moves between the two clusters.
  const Job main = OnBranches(MakeJob("pull-kubernetes-integration"), {"main"});
  const Job release = OnBranches(MakeJob("pull-kubernetes-integration"), {"release-1.34"});
  Placement base, head;
  base.jobs = {{&main, Build("k8s-infra-prow-build")}, {&release, Build("eks-prow-build-cluster")}};
  head.jobs = base.jobs;
  EXPECT_TRUE(Moves(base, head).empty());
  // Load order does not decide which is which.
  std::swap(head.jobs[0], head.jobs[1]);
  EXPECT_TRUE(Moves(base, head).empty());

  head.jobs = {{&main, Build("k8s-infra-prow-build")}, {&release, Build("k8s-infra-prow-build")}};
  const std::vector<Move> moves = Moves(base, head);
  ASSERT_EQ(moves.size(), 1u);
  EXPECT_EQ(moves[0].from.Name(), "eks-prow-build-cluster");
  EXPECT_EQ(moves[0].to.Name(), "k8s-infra-prow-build");
  ASSERT_EQ(moves[0].jobs.size(), 1u);
  EXPECT_EQ(moves[0].jobs[0], &release);
}

TEST(PlacementTest, JobKeyIsProwsIdentity) {
  const Job plain = MakeJob("j");
  EXPECT_EQ(JobKey(OnBranches(plain, {"a", "b"})), JobKey(OnBranches(plain, {"b", "a", "a"})))
      << "branches are a set";
  EXPECT_NE(JobKey(OnBranches(plain, {"a"})), JobKey(OnBranches(plain, {}, {"a"})))
      << "running on a branch is not skipping it";
  EXPECT_NE(JobKey(OnBranches(plain, {"a"})), JobKey(plain));
  Job other_repo = plain;
  other_repo.repo = "org/other";
  EXPECT_NE(JobKey(plain), JobKey(other_repo));
  // A periodic's repo is its first extra_ref: not what Prow names it by.
  Job periodic = MakeJob("p", JobKind::kPeriodic), with_ref = periodic;
  with_ref.repo = "org/repo";
  EXPECT_EQ(JobKey(periodic), JobKey(with_ref));
}

TEST(PlacementTest, JobsOfOneKeyOnOneSidePairInLoadOrder) {
  // A duplicate Prow would refuse (job-name-duplicate reports it): on
  // identical sides each copy still compares with itself.
  const Job first = MakeJob("dup"), second = MakeJob("dup");
  Placement base, head;
  base.jobs = {{&first, Build("a")}, {&second, Build("b")}};
  head.jobs = base.jobs;
  EXPECT_TRUE(Moves(base, head).empty());
}

// Destinations are values: a build cluster whose alias reads like another
// destination's name is its own row, and every alias that leads to the
// service cluster is one row.
TEST(PlacementTest, DestinationsAreKeyedByKindNotName) {
  Landing service{Landing::Kind::kServiceCluster, "default"};
  Landing also_service{Landing::Kind::kServiceCluster, "in-cluster"};
  Landing named_alike{Landing::Kind::kBuildCluster, "service-cluster"};
  std::map<DestinationKey, int> rows;
  ++rows[KeyOf(service)];
  ++rows[KeyOf(also_service)];
  ++rows[KeyOf(named_alike)];
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows.at(KeyOf(service)), 2);
  EXPECT_EQ(rows.at(KeyOf(named_alike)), 1);
  EXPECT_EQ(KeyOf(named_alike).Name(), KeyOf(service).Name());  // worded alike, kept apart
}

}  // namespace
}  // namespace prowlint
