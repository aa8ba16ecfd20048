// See plan.h.
#include "lint/plan.h"

#include <algorithm>
#include <map>
#include <set>

namespace prowlint {
namespace {

// Rules whose findings are the consequence of where jobs land.
bool IsPlacementRule(const std::string& id) {
  static const char* const kRules[] = {
      "job-cluster-unknown",  "job-configmap-missing",       "job-secret-missing",
      "job-service-account-missing", "literal-default-alias", "service-cluster-schedulable"};
  return std::any_of(std::begin(kRules), std::end(kRules), [&](const char* r) { return id == r; });
}

// Rules that judge the version itself rather than a job.
bool IsVersionRule(const std::string& id) {
  return id == "literal-default-alias" || id.rfind("prow-version-", 0) == 0;
}

// The jobs a finding is about: every job of a cause many jobs share.
std::vector<std::string> JobNamesOf(const Finding& f) {
  std::vector<std::string> names;
  for (const JobRef& j : f.jobs) names.push_back(j.name);
  if (names.empty() && !f.job.empty()) names.push_back(f.job);
  return names;
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

}  // namespace

std::string ProwCompareUrl(const std::string& from_tag, const std::string& to_tag) {
  int from_date = 0, to_date = 0;
  const std::string from = CommitOf(from_tag, from_date);
  const std::string to = CommitOf(to_tag, to_date);
  if (from.empty() || to.empty() || from == to) return "";
  // Tags up to v20240409-13cd3acf7e name kubernetes/test-infra commits, tags
  // from v20240415-7013691e3 kubernetes-sigs/prow commits (prow-semantics §0).
  const bool from_sigs = from_date >= 20240415, to_sigs = to_date >= 20240415;
  if (from_sigs != to_sigs) return "";
  return std::string("https://github.com/") +
         (to_sigs ? "kubernetes-sigs/prow" : "kubernetes/test-infra") + "/compare/" + from +
         "..." + to;
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

  // (rule, job) pairs the base side already had: not caused by the change.
  std::set<std::pair<std::string, std::string>> before;
  for (const Finding& f : base->result.findings)
    for (const std::string& job : JobNamesOf(f)) before.emplace(f.rule_id, job);

  for (Move& m : Moves(plan.current->placement, plan.target.placement)) {
    PlannedMove pm;
    std::set<std::string> jobs;
    for (const Job* j : m.jobs) jobs.insert(j->name.value);
    std::set<std::string> rules;
    for (const Finding& f : head.result.findings) {
      if (f.suppressed || !IsPlacementRule(f.rule_id)) continue;
      for (const std::string& job : JobNamesOf(f)) {
        if (!jobs.count(job) || before.count({f.rule_id, job})) continue;
        rules.insert(f.rule_id);
        if (!pm.severity || f.severity > *pm.severity) pm.severity = f.severity;
      }
    }
    pm.rules.assign(rules.begin(), rules.end());
    pm.move = std::move(m);
    plan.moves.push_back(std::move(pm));
  }

  // An error of a version rule on both sides: the change does not cause it,
  // the deploy is already there (say, inside the 2019-02 alias bug window).
  std::set<std::string> head_errors;
  for (const Finding& f : head.result.findings)
    if (!f.suppressed && f.severity == Severity::kError) head_errors.insert(f.rule_id);
  for (const Finding& f : base->result.findings) {
    if (f.suppressed || f.severity != Severity::kError || !IsVersionRule(f.rule_id)) continue;
    if (!head_errors.count(f.rule_id)) continue;
    const std::string line = f.message + " [" + f.rule_id + "]";
    if (std::find(plan.already.begin(), plan.already.end(), line) == plan.already.end())
      plan.already.push_back(line);
  }
  return plan;
}

bool PlanFails(const Plan& plan, Severity fail_on) {
  return std::any_of(plan.moves.begin(), plan.moves.end(), [&](const PlannedMove& m) {
    return m.severity && *m.severity >= fail_on;
  });
}

}  // namespace prowlint
