// SPDX-License-Identifier: Apache-2.0
// See plan.h.
#include "lint/pipeline/plan.h"

#include <algorithm>
#include <map>
#include <set>

#include "lint/prow/job_identity.h"
#include "lint/prow/restarts.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

// Rules whose findings are the consequence of where jobs land.
bool IsPlacementRule(const std::string& id) { return rules::RuleHas(id, RuleTag::kPlacement); }

// Rules that judge the version itself rather than a job.
bool IsVersionRule(const std::string& id) { return rules::RuleHas(id, RuleTag::kVersion); }

// The jobs a finding is about, by JobKey (every job of a cause many jobs
// share). Placement rules name their jobs through JobRefOf; a finding that
// names a job without its key cannot be told apart from a same-named job on
// other branches, so it counts for no move.
std::vector<std::string> JobKeysOf(const Finding& f) {
  std::vector<std::string> keys;
  for (const JobRef& j : f.jobs)
    if (!j.key.empty()) keys.push_back(j.key);
  return keys;
}

PlanSide SideOf(const LintRun& run, bool base) {
  PlanSide side;
  side.version = run.semantics.Name();
  switch (run.target.source) {
    case VersionSource::kToday:
      break;
    case VersionSource::kFlag:
      side.version_source = base ? "--current-version" : "--target-version";
      break;
    case VersionSource::kManifests: {
      const Position& p = run.target.scheduler->image.pos;
      side.version_source = "the " + run.target.scheduler->name + " image at " +
                            run.deploy.sources.Path(p.file) + ":" + std::to_string(p.line) + ":" +
                            std::to_string(p.column);
      break;
    }
  }
  side.placement = Place(run.deploy, run.clusters);
  return side;
}

std::vector<ComponentChange> ComponentChanges(const LintRun* base, const LintRun& head) {
  std::map<std::string, ComponentChange> by_name;
  auto add = [&](const LintRun& run, bool is_base) {
    for (const Component& c : run.deploy.manifests.components) {
      ComponentChange& change = by_name[c.name];
      change.name = c.name;
      auto& tags = is_base ? change.current : change.target;
      const std::string tag = c.tag.empty() ? "(no tag)" : c.tag;
      if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
    }
  };
  if (base) add(*base, true);
  add(head, false);
  std::vector<ComponentChange> out;
  for (auto& [name, change] : by_name) {
    std::sort(change.current.begin(), change.current.end());
    std::sort(change.target.begin(), change.target.end());
    out.push_back(std::move(change));
  }
  return out;
}

// The commit id part of a Prow tag, "" when it is not one.
std::string CommitOf(const std::string& tag, int& date) {
  std::string error;
  const auto v = ParseProwVersion(tag, error);
  if (!v || v->date == 0) return "";
  date = v->date;
  return v->tag.substr(10);
}

// Jobs whose landing is drawn when the scheduler starts (at random, or per
// build) and that did not move: the change restarts the scheduler, so they
// are drawn again. The 2019-02-08 bump moved no job by placement (both tags
// in one window) and still sent 929 jobs to the service cluster.
std::vector<Move> Redrawn(const LintRun& base, const LintRun& head, const Placement& before,
                          const Placement& after) {
  std::vector<Move> moves;
  if (!head.target.scheduler) return moves;
  const std::string scheduler = head.target.scheduler->name;
  if (!RestartedComponents(base.deploy.manifests, head.deploy.manifests).count(scheduler))
    return moves;
  std::map<std::string, const Landing*> was;
  for (const PlacedJob& p : before.jobs) was.emplace(JobKey(*p.job), &p.landing);
  for (const PlacedJob& p : after.jobs) {
    if (p.landing.how == LandingHow::kAlways) continue;
    auto it = was.find(JobKey(*p.job));
    if (it == was.end() || !(*it->second == p.landing)) continue;  // a move of its own
    Landing from;
    from.alias = p.job->alias.value;
    auto same = [&](const Move& m) { return m.from == from && m.to == p.landing; };
    auto move = std::find_if(moves.begin(), moves.end(), same);
    if (move == moves.end()) move = moves.insert(moves.end(), Move{from, p.landing, {}, scheduler});
    move->jobs.push_back(p.job);
  }
  for (Move& m : moves)
    std::sort(m.jobs.begin(), m.jobs.end(),
              [](const Job* a, const Job* b) { return a->name.value < b->name.value; });
  return moves;
}

}  // namespace

std::string MovePhrase(const Move& move) {
  if (move.redrawn_by.empty()) return HowPhrase(move.to.how);
  return std::string(move.to.how == LandingHow::kRandom ? "re-drawn at random"
                                                        : "re-drawn (depending on the build)") +
         " when this change restarts " + move.redrawn_by;
}

std::string ProwCompareUrl(const std::string& from_tag, const std::string& to_tag) {
  int from_date = 0, to_date = 0;
  const std::string from = CommitOf(from_tag, from_date);
  const std::string to = CommitOf(to_tag, to_date);
  if (from.empty() || to.empty() || from == to) return "";
  // Which repository the shas name: the version table knows the split.
  const bool from_sigs = BuiltFromSigsProw(ProwVersion{from_tag, from_date});
  const bool to_sigs = BuiltFromSigsProw(ProwVersion{to_tag, to_date});
  if (from_sigs != to_sigs) return "";
  return std::string("https://github.com/") +
         (to_sigs ? "kubernetes-sigs/prow" : "kubernetes/test-infra") + "/compare/" + from +
         "..." + to;
}

std::string TableChangeText(const TableChange& change) {
  const std::string may = change.sure ? "" : "may be ";
  switch (change.kind) {
    case TableChangeKind::kFlagRemoved:
      return change.component + " flag " + change.what + " " + may +
             "removed; this deploy still passes it";
    case TableChangeKind::kFlagAdded:
      return change.component + " flag " + change.what + " " + may +
             "added; the current tag does not have it";
    case TableChangeKind::kBinaryRemoved:
      return change.component + " image " + may + "no longer built" +
             (change.replacement.empty() ? "" : " (replaced by " + change.replacement + ")");
    case TableChangeKind::kRbacNeeded:
      return change.component + " " + (change.sure ? "needs" : "may need") + " RBAC " +
             change.what + " from here on";
  }
  return "";
}

std::string HowPhrase(LandingHow how) {
  switch (how) {
    case LandingHow::kAlways:
      return "";
    case LandingHow::kRandom:
      return "at random on each plank restart";
    case LandingHow::kMay:
      return "depending on which side of that day's change the tag was built";
  }
  return "";
}

Plan MakePlan(const LintRun* base, const LintRun& head) {
  Plan plan;
  plan.target = SideOf(head, false);
  plan.components = ComponentChanges(base, head);
  if (!base) return plan;
  plan.current = SideOf(*base, true);
  plan.notes = head.comparison_notes;
  plan.table_changes =
      ChangesInSpan(base->semantics.version, head.semantics.version, head.deploy.manifests);
  for (TableChange& c : plan.table_changes)
    c.location = FormatPosition(head.deploy.sources, c.where);

  // (rule, job) pairs the base side already had: not caused by the change.
  std::set<std::pair<std::string, std::string>> before;
  for (const Finding& f : base->result.findings)
    for (const std::string& job : JobKeysOf(f)) before.emplace(f.rule_id, job);

  std::vector<Move> moves =
      Redrawn(*base, head, plan.current->placement, plan.target.placement);
  for (Move& m : Moves(plan.current->placement, plan.target.placement))
    moves.push_back(std::move(m));
  for (Move& m : moves) {
    PlannedMove pm;
    std::set<std::string> jobs;
    for (const Job* j : m.jobs) jobs.insert(JobKey(*j));
    std::set<std::string> rules;
    for (const Finding& f : head.result.findings) {
      if (f.suppressed || !IsPlacementRule(f.rule_id)) continue;
      for (const std::string& job : JobKeysOf(f)) {
        // A re-draw brings again what the base had too.
        if (!jobs.count(job) || (m.redrawn_by.empty() && before.count({f.rule_id, job}))) continue;
        rules.insert(f.rule_id);
        if (!pm.severity || f.severity > *pm.severity) pm.severity = f.severity;
      }
    }
    pm.rules.assign(rules.begin(), rules.end());
    pm.move = std::move(m);
    plan.moves.push_back(std::move(pm));
  }

  // An error of a version rule the base had too (by fingerprint, marked by
  // MarkExisting): the change does not cause it, the deploy is already there
  // (say, inside the 2019-02 alias bug window). Worded as the base says it.
  for (const Finding& f : base->result.findings) {
    if (f.suppressed || f.severity != Severity::kError || !IsVersionRule(f.rule_id)) continue;
    const bool kept = std::any_of(head.result.findings.begin(), head.result.findings.end(),
                                  [&](const Finding& h) {
                                    return h.rule_id == f.rule_id && !h.suppressed &&
                                           h.change == Finding::Change::kExisting;
                                  });
    if (!kept) continue;
    const AlreadyThere already{f.rule_id, f.message};
    if (std::find(plan.already.begin(), plan.already.end(), already) == plan.already.end())
      plan.already.push_back(already);
  }
  return plan;
}

bool PlanFails(const Plan& plan, Severity fail_on) {
  return std::any_of(plan.moves.begin(), plan.moves.end(), [&](const PlannedMove& m) {
    return m.severity && *m.severity >= fail_on;
  });
}

}  // namespace prowlint
