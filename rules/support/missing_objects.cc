// SPDX-License-Identifier: Apache-2.0
// See missing_objects.h.
#include "rules/support/missing_objects.h"

#include <algorithm>
#include <optional>
#include <set>

#include "lint/base/text.h"
#include "lint/prow/job_identity.h"

namespace prowlint {
namespace {

// The namespaces plank of the judged version may create job pods in: one,
// or both on a day that changed it.
struct PodNs {
  std::string name;
  bool prowjob_namespace;
};
std::vector<PodNs> JobPodNamespaces(const Analysis& analysis) {
  const ProwConfig& config = analysis.deploy.config;
  std::vector<PodNs> out;
  for (PodNamespace p : analysis.clusters.semantics.pod_namespaces) {
    const bool prowjob = p == PodNamespace::kProwJobNamespace;
    const std::string& name = prowjob ? config.prowjob_namespace.value : config.pod_namespace.value;
    bool seen = false;
    for (const PodNs& o : out) seen = seen || o.name == name;
    if (!seen) out.push_back({name, prowjob});
  }
  if (out.empty()) out.push_back({config.pod_namespace.value, false});
  return out;
}

std::string JoinList(const std::set<std::string>& items) {
  return Join({items.begin(), items.end()}, ", ");
}

}  // namespace

std::string LikelihoodClause(Likelihood likelihood) {
  switch (likelihood) {
    case Likelihood::kAlways:
      return "";
    case Likelihood::kRandomPerRestart:
      return " at random on each plank restart";
    case Likelihood::kDependsOnBuild:
      // The change may be the bug or its fix: say which side matters neutrally.
      return ", depending on which side of that day's change the tag was built";
  }
  return "";
}

namespace {

// Where a job may land, with the inventory that says what is there.
struct InventoryLanding {
  std::string description;
  std::string cluster;
  Likelihood likelihood;
  const Inventory* inventory;
};

// The job's landings an inventory judges for `kind`; those it cannot judge
// are collected in `unjudged` (no inventory) and `unlisted` (an inventory
// listing no object of the kind). nullopt: nothing to check for this job.
std::optional<std::vector<InventoryLanding>> LandingsOf(const Job& job, const Analysis& analysis,
                                                        ObjectKind kind, bool needs_kind,
                                                        std::set<std::string>& unjudged,
                                                        std::set<std::string>& unlisted) {
  const Deploy& deploy = analysis.deploy;
  std::vector<InventoryLanding> landings;
  if (!analysis.clusters.judged) {
    auto it = deploy.inventories.find(job.alias.value);
    if (it == deploy.inventories.end()) {
      unjudged.insert("cluster \"" + job.alias.value + "\"");
      return std::nullopt;
    }
    if (!it->second.Judges(kind)) {
      if (needs_kind) unlisted.insert(Quote(it->second.alias));
      return std::nullopt;
    }
    landings.push_back(
        {"cluster \"" + job.alias.value + "\"", job.alias.value, Likelihood::kAlways, &it->second});
    return landings;
  }
  const Route* route = analysis.clusters.Find(job.alias.value);
  if (!route) return std::nullopt;
  for (const Destination& d : route->destinations) {
    const Inventory* inv = analysis.InventoryFor(d);
    if (!inv) {
      unjudged.insert(d.Describe());
      continue;
    }
    if (!inv->Judges(kind)) {
      if (needs_kind) unlisted.insert(Quote(inv->alias));
      continue;
    }
    std::string where = d.Describe();
    if (!d.context || d.likelihood != Likelihood::kAlways)
      where += " (where alias " + Quote(job.alias.value) + " sends it" +
               LikelihoodClause(d.likelihood) + ")";
    landings.push_back(
        {where, d.context ? d.context->alias.value : "service-cluster", d.likelihood, inv});
  }
  return landings;
}

// Each need of the job missing where it may land.
void AddMissing(const Job& job, const std::vector<Need>& needs,
                const std::vector<InventoryLanding>& landings, const std::vector<PodNs>& namespaces,
                ObjectKind kind, MissingScan& scan) {
  for (const Need& need : needs) {
    for (const InventoryLanding& l : landings) {
      // Missing in only some of the possible namespaces: it depends on
      // which side of that day's change the tag was built.
      const PodNs* missing_in = nullptr;
      std::size_t missing = 0;
      for (const PodNs& ns : namespaces) {
        if (l.inventory->Has(kind, ns.name, need.name)) continue;
        if (!missing_in) missing_in = &ns;
        ++missing;
      }
      if (!missing_in) continue;
      const Likelihood likelihood =
          missing < namespaces.size() ? Likelihood::kDependsOnBuild : l.likelihood;
      scan.missing.push_back({&job, need, l.description, l.cluster, likelihood, missing_in->name,
                              missing_in->prowjob_namespace});
    }
  }
}

}  // namespace

MissingScan FindMissing(const Analysis& analysis, ObjectKind kind) {
  const Deploy& deploy = analysis.deploy;
  MissingScan scan;
  if (deploy.inventories.empty()) {
    // The same words for the three kinds, so the note is said once.
    scan.notes.push_back(
        "no --inventory given: secrets, config maps and service accounts jobs need were not "
        "checked");
    scan.no_inventory = true;
    return scan;
  }
  const std::vector<PodNs> namespaces = JobPodNamespaces(analysis);
  std::set<std::string> unjudged;
  std::set<std::string> unlisted;  // inventories that list no object of `kind`
  for (const Job& job : deploy.jobs) {
    std::vector<Need> needs = JobNeeds(job, deploy.presets);
    // Clusters without an inventory are collected over every kind of need,
    // so the three job-*-missing rules note the same clusters, once.
    if (needs.empty()) continue;
    needs.erase(
        std::remove_if(needs.begin(), needs.end(), [&](const Need& n) { return n.kind != kind; }),
        needs.end());
    const auto landings = LandingsOf(job, analysis, kind, !needs.empty(), unjudged, unlisted);
    if (landings) AddMissing(job, needs, *landings, namespaces, kind, scan);
  }
  if (!unjudged.empty())
    scan.notes.push_back("no --inventory for " + JoinList(unjudged) +
                         ": what jobs need there was not checked");
  if (!unlisted.empty())
    scan.notes.push_back("the inventory of " + JoinList(unlisted) + " lists no " +
                         ObjectKindName(kind) + "s: the " + ObjectKindName(kind) +
                         "s jobs need there were not checked");
  return scan;
}

void ReportMissing(const Analysis& analysis, ObjectKind kind, FindingSink& sink) {
  MissingScan scan = FindMissing(analysis, kind);
  for (std::string& note : scan.notes) sink.Note(std::move(note));
  if (scan.no_inventory) sink.CouldNotJudge(Unjudged::kNoInventory);
  const std::string version = analysis.clusters.semantics.Name();
  for (const MissingObject& m : scan.missing) {
    const std::string& ns = m.ns;
    // The 2019-02-05 window: plank put pods in prowjob_namespace.
    const std::string why_ns =
        m.prowjob_namespace ? " (" + version + " creates job pods in prowjob_namespace)" : "";
    const bool maybe = m.likelihood == Likelihood::kDependsOnBuild;
    const Severity severity = m.need.soft ? Severity::kWarning
                              : maybe     ? analysis.run.UncertainSeverity()
                                          : Severity::kError;
    const std::string what = std::string(ObjectKindName(kind)) + " " + Quote(m.need.name);
    const std::string lacks = ", which does not exist in namespace " + Quote(ns) + why_ns + " of " +
                              m.where +
                              (m.need.soft ? "; pulling a private image fails without it" : "");
    Finding& f = sink.Report(
        severity, m.need.pos,
        "job " + Quote(m.job->name.value) + " needs " + what + " (" + m.need.via + ")" + lacks,
        m.prowjob_namespace ? "deploy a tag that creates pods in pod_namespace " +
                                  Quote(analysis.deploy.config.pod_namespace.value) +
                                  " (see prow-version-known-bad)"
                            : "create " + what + " in " + Quote(ns) +
                                  " there, or move what needs it to a cluster that has it");
    ShareCause(f, JobRefOf(*m.job, m.need.pos, m.job->alias.value),
               {std::string(ObjectKindName(kind)) + " " + ns + "/" + m.need.name, m.cluster},
               {"", "jobs", " need " + what + lacks});
    if (m.need.source.Known())
      f.related.push_back({m.need.source, Quote(m.need.name) + " is referenced here"});
  }
}

namespace {

class MissingObjectRule final : public Rule {
 public:
  MissingObjectRule(const RuleInfo& info, ObjectKind kind) : info_(info), kind_(kind) {}
  const RuleInfo& Info() const override { return info_; }
  void Check(const Analysis& analysis, FindingSink& sink) const override {
    ReportMissing(analysis, kind_, sink);
  }

 private:
  const RuleInfo& info_;
  ObjectKind kind_;
};

}  // namespace

std::unique_ptr<Rule> NewMissingObjectRule(const RuleInfo& info, ObjectKind kind) {
  return std::make_unique<MissingObjectRule>(info, kind);
}

}  // namespace prowlint
