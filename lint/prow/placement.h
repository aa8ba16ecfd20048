// SPDX-License-Identifier: Apache-2.0
// Where every job lands under one side's version and credentials, and what
// moves between two sides: the numbers `prowlint plan` prints. In 2019 the
// number nobody computed was "929 jobs: default -> service cluster".
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lint/model/deploy.h"
#include "lint/prow/cluster_resolution.h"
#include "lint/prow/job_identity.h"

namespace prowlint {

/// How sure a landing is (Likelihood, as plan's output names it).
enum class LandingHow { kAlways, kRandom, kMay };

/// "always", "random", "may".
const char* LandingHowName(LandingHow how);

struct Landing {
  enum class Kind {
    kBuildCluster,    // through a credential context of its own
    kServiceCluster,  // the in-cluster config, or an alias that is the service cluster
    kUnknownAlias,    // no loaded alias: the job never starts
    kNowhere,         // plank of this version exits at start-up: no job runs
  };
  Kind kind = Kind::kBuildCluster;
  /// kBuildCluster: the context's alias; kUnknownAlias: the job's alias.
  std::string alias;
  LandingHow how = LandingHow::kAlways;

  /// The destination's name in plan's output: the alias, "service-cluster",
  /// "unknown:<alias>" or "nowhere".
  std::string Name() const;
  friend bool operator==(const Landing& a, const Landing& b) {
    return a.kind == b.kind && a.alias == b.alias && a.how == b.how;
  }
};

/// A place in plan's table of where jobs land: a landing without how.
struct DestinationKey {
  Landing::Kind kind = Landing::Kind::kBuildCluster;
  std::string alias;  // for kBuildCluster and kUnknownAlias

  /// As the reports word it: the alias, "service-cluster", "unknown:<alias>"
  /// or "nowhere".
  std::string Name() const;
  /// In name order, as the tables list them; the kind tells apart a build
  /// cluster whose alias is a name the reports give another destination.
  friend bool operator<(const DestinationKey& a, const DestinationKey& b);
};
DestinationKey KeyOf(const Landing& landing);

struct KindCounts {
  std::size_t presubmits = 0;
  std::size_t postsubmits = 0;
  std::size_t periodics = 0;
  /// Of those, the jobs that land there only at random on each plank
  /// restart, or only with some builds of the tag: the table must not show
  /// them as certain.
  std::size_t random = 0;
  std::size_t may = 0;
  std::size_t jobs() const { return presubmits + postsubmits + periodics; }
  void Add(JobKind kind, LandingHow how = LandingHow::kAlways);
};

/// "always", "929 at random", "12 at random, 3 may": how the jobs of a
/// destination land there.
std::string HowCell(const KindCounts& counts);

struct PlacedJob {
  const Job* job = nullptr;
  Landing landing;
};

struct Placement {
  /// False without credentials: a job's destination is then its alias as
  /// written (nothing says where that alias points).
  bool judged = false;
  std::vector<PlacedJob> jobs;  // every job Prow places by alias, in load order
  std::map<DestinationKey, KindCounts> by_destination;
};

/// Places every job of `deploy` (agents that use cluster aliases) by its
/// alias's route in `clusters`.
Placement Place(const Deploy& deploy, const ClusterResolution& clusters);

/// Jobs that land somewhere else on the head side than on the base side
/// (matched by JobKey), grouped by (from, to, how on the head side). Jobs
/// present on one side only are not moves.
struct Move {
  Landing from;
  Landing to;
  std::vector<const Job*> jobs;  // the head side's jobs, sorted by name
  /// "" for jobs that land elsewhere on the head side. Else the component
  /// this change restarts ("plank"), which draws again where jobs whose
  /// landing is not certain go: `from` is then their alias as written and
  /// `to` where the draw may send them, on both sides alike.
  std::string redrawn_by;
};

std::vector<Move> Moves(const Placement& base, const Placement& head);

}  // namespace prowlint
