// SPDX-License-Identifier: Apache-2.0
// Flags components that need build-cluster credentials but load a
// different set of cluster aliases from the component that schedules pods.
// Why: see rules/component_alias_mismatch.md.
#include <set>

#include "lint/base/text.h"
#include "lint/prow/target_version.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/component_clusters.h"
#include "rules/support/credentials_hint.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ComponentAliasMismatch final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "component-alias-mismatch",
        "A component that needs the build clusters does not load a cluster alias that the "
        "component scheduling pods loads and jobs use.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const Component* scheduler = analysis.target.scheduler;
    if (!scheduler) return;
    const ComponentClusters reference = TraceComponentClusters(*scheduler, deploy);
    // The aliases that matter: those jobs use, when jobs were given.
    std::set<std::string> used;
    for (const Job& job : deploy.jobs)
      if (job.UsesClusterAlias()) used.insert(job.alias.value);

    std::set<std::string> unknown, readers;
    std::vector<const CredentialRef*> untraced;
    auto say_unknown = [&](const ComponentClusters& cc) {
      for (const std::string& u : cc.unknown) unknown.insert(u);
      for (const TracedRef& t : cc.refs)
        if (!t.known) untraced.push_back(t.ref);
      readers.insert(cc.component->name);
    };
    if (!reference.complete) say_unknown(reference);
    for (const Component& c : deploy.manifests.components) {
      if (&c == scheduler || c.init_container || !NeedsClusters(c)) continue;
      const ComponentClusters cc = TraceComponentClusters(c, deploy);
      if (!cc.complete) {
        say_unknown(cc);
        continue;
      }
      if (!reference.complete) continue;
      std::vector<std::string> missing;
      for (const std::string& alias : reference.aliases) {
        if (cc.aliases.count(alias)) continue;
        if (!deploy.jobs.empty() && !used.count(alias)) continue;
        missing.push_back(alias);
      }
      if (missing.empty()) continue;
      std::string names;
      for (const std::string& m : missing) names += (names.empty() ? "" : ", ") + Quote(m);
      Finding& f = sink.Report(
          cc.refs.front().ref->path.pos,
          ComponentWho(c) + " does not load cluster alias" + (missing.size() == 1 ? " " : "es ") +
              names + ", which " + scheduler->name + " schedules jobs on; " + Consequence(c.name),
          "give " + c.name + " the same build-cluster credentials as " + scheduler->name);
      f.subject = {"build-cluster aliases of " + ComponentSubject(c), ""};
      for (const TracedRef& t : reference.refs)
        f.related.push_back({t.ref->path.pos, scheduler->name + " reads its clusters here"});
    }
    if (!unknown.empty()) NoteUnknown(readers, unknown, untraced, sink);
  }

 private:
  // One note for every component whose credentials were not given.
  static void NoteUnknown(const std::set<std::string>& readers, const std::set<std::string>& unknown,
                          const std::vector<const CredentialRef*>& untraced, FindingSink& sink) {
    auto join = [](const std::set<std::string>& items) {
      std::string out;
      std::size_t n = 0;
      for (const std::string& s : items) {
        if (++n > 4) return out + " and " + std::to_string(items.size() - 4) + " more";
        out += (out.empty() ? "" : ", ") + s;
      }
      return out;
    };
    const std::string hint = GiveCredentialObjectsHint(untraced);
    sink.Note("the build-cluster credentials of " + join(readers) + " (" + join(unknown) +
              ") were not given, so the aliases components load were not compared" +
              (hint.empty() ? "" : "; " + hint));
  }

  // Which components need every build cluster (version-table.md §4): sinker
  // and deck always, crier only with its Kubernetes reporter.
  static bool NeedsClusters(const Component& c) {
    if (SchedulesPods(c.name)) return false;
    if (NeedsBuildClusters(c.name)) return true;
    if (c.name != "crier") return false;
    for (const char* flag : {"kubernetes-blob-storage-workers", "kubernetes-gcs-workers"}) {
      const Flag* f = c.FindFlag(flag);
      if (f && f->value && f->value->value != "0" && !f->value->value.empty()) return true;
    }
    return false;
  }

  static std::string Consequence(const std::string& component) {
    if (component == "sinker") return "their pods are never garbage-collected";
    if (component == "deck") return "deck cannot show their logs (unknown cluster alias)";
    if (component == "crier") return "crier cannot report their pods";
    return "it cannot reach their pods";
  }
};

}  // namespace

std::unique_ptr<Rule> NewComponentAliasMismatch() {
  return std::make_unique<ComponentAliasMismatch>();
}

}  // namespace prowlint::rules
