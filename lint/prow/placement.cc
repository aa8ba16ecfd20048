// SPDX-License-Identifier: Apache-2.0
// See placement.h.
#include "lint/prow/placement.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace prowlint {
namespace {

LandingHow HowOf(Likelihood l) {
  switch (l) {
    case Likelihood::kAlways:
      return LandingHow::kAlways;
    case Likelihood::kRandomPerRestart:
      return LandingHow::kRandom;
    case Likelihood::kDependsOnBuild:
      return LandingHow::kMay;
  }
  return LandingHow::kAlways;
}

// The landing that matters for a job whose alias may reach several clusters:
// the service cluster when it is among them (that is the outage), else the
// first destination.
Landing LandingOf(const Job& job, const ClusterResolution& clusters) {
  Landing l;
  if (!clusters.judged) {
    l.alias = job.alias.value;
    return l;
  }
  if (!clusters.startup_failure.empty()) {
    l.kind = Landing::Kind::kNowhere;
    return l;
  }
  const Route* route = clusters.Find(job.alias.value);
  if (!route || route->destinations.empty()) {
    l.kind = Landing::Kind::kUnknownAlias;
    l.alias = job.alias.value;
    return l;
  }
  const Destination* chosen = &route->destinations.front();
  for (const Destination& d : route->destinations)
    if (d.service_cluster) {
      chosen = &d;
      break;
    }
  l.kind = chosen->service_cluster ? Landing::Kind::kServiceCluster : Landing::Kind::kBuildCluster;
  if (chosen->context && !chosen->service_cluster) l.alias = chosen->context->alias.value;
  l.how = HowOf(chosen->likelihood);
  // An alias that some builds of a boundary-day tag do not load.
  if (!route->loaded_in_every_build && l.how == LandingHow::kAlways) l.how = LandingHow::kMay;
  return l;
}

}  // namespace

const char* LandingHowName(LandingHow how) {
  switch (how) {
    case LandingHow::kAlways:
      return "always";
    case LandingHow::kRandom:
      return "random";
    case LandingHow::kMay:
      return "may";
  }
  return "always";
}

std::string Landing::Name() const { return KeyOf(*this).Name(); }

DestinationKey KeyOf(const Landing& landing) {
  // The service cluster and "nowhere" are one row whichever alias led there.
  const bool named = landing.kind == Landing::Kind::kBuildCluster ||
                     landing.kind == Landing::Kind::kUnknownAlias;
  return {landing.kind, named ? landing.alias : std::string()};
}

bool operator<(const DestinationKey& a, const DestinationKey& b) {
  const std::string an = a.Name(), bn = b.Name();
  return std::tie(an, a.kind, a.alias) < std::tie(bn, b.kind, b.alias);
}

std::string DestinationKey::Name() const {
  switch (kind) {
    case Landing::Kind::kBuildCluster:
      return alias;
    case Landing::Kind::kServiceCluster:
      return "service-cluster";
    case Landing::Kind::kUnknownAlias:
      return "unknown:" + alias;
    case Landing::Kind::kNowhere:
      return "nowhere";
  }
  return alias;
}

std::string HowCell(const KindCounts& c) {
  if (c.jobs() == 0) return "";
  if (c.random == 0 && c.may == 0) return "always";
  std::string out;
  if (c.random) out = std::to_string(c.random) + " at random";
  if (c.may) out += (out.empty() ? "" : ", ") + std::to_string(c.may) + " may";
  return out;
}

void KindCounts::Add(JobKind kind, LandingHow how) {
  if (how == LandingHow::kRandom) ++random;
  if (how == LandingHow::kMay) ++may;
  switch (kind) {
    case JobKind::kPresubmit:
      ++presubmits;
      break;
    case JobKind::kPostsubmit:
      ++postsubmits;
      break;
    case JobKind::kPeriodic:
      ++periodics;
      break;
  }
}

Placement Place(const Deploy& deploy, const ClusterResolution& clusters) {
  Placement p;
  p.judged = clusters.judged;
  for (const Job& job : deploy.jobs) {
    if (!job.UsesClusterAlias()) continue;
    PlacedJob placed{&job, LandingOf(job, clusters)};
    p.by_destination[KeyOf(placed.landing)].Add(job.kind, placed.landing.how);
    p.jobs.push_back(std::move(placed));
  }
  return p;
}

std::vector<Move> Moves(const Placement& base, const Placement& head) {
  // Jobs of one key on one side (a config Prow refuses: job-name-duplicate)
  // pair up in load order, the n-th with the n-th, so identical sides still
  // compare each job with itself.
  std::unordered_map<std::string, std::vector<const Landing*>> before;
  for (const PlacedJob& p : base.jobs) before[JobKey(*p.job)].push_back(&p.landing);
  std::unordered_map<std::string, std::size_t> seen;
  std::vector<Move> moves;
  for (const PlacedJob& p : head.jobs) {
    const std::string key = JobKey(*p.job);
    const std::size_t nth = seen[key]++;
    auto it = before.find(key);
    if (it == before.end() || nth >= it->second.size()) continue;
    const Landing& was = *it->second[nth];
    if (was == p.landing) continue;
    auto same = [&](const Move& m) { return m.from == was && m.to == p.landing; };
    auto move = std::find_if(moves.begin(), moves.end(), same);
    if (move == moves.end()) move = moves.insert(moves.end(), Move{was, p.landing, {}, ""});
    move->jobs.push_back(p.job);
  }
  for (Move& m : moves)
    std::sort(m.jobs.begin(), m.jobs.end(),
              [](const Job* a, const Job* b) { return a->name.value < b->name.value; });
  // The biggest move first; ties by destination names, for stable output.
  std::sort(moves.begin(), moves.end(), [](const Move& a, const Move& b) {
    return std::make_tuple(b.jobs.size(), a.from.Name(), a.to.Name()) <
           std::make_tuple(a.jobs.size(), b.from.Name(), b.to.Name());
  });
  return moves;
}

}  // namespace prowlint
