// SPDX-License-Identifier: Apache-2.0
// Flags keys the target Prow version does not read: typos, keys in the
// wrong place, keys removed or not yet added. Why: see
// rules/config_field_unknown.md.
#include <algorithm>
#include <utility>
#include <vector>

#include "lint/base/text.h"
#include "lint/prow/prow_schema.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

// Job names for "in job X", by the position of the name. Built only when
// a key is reported: most deployments have none, and it is one entry per job.
class JobsByPosition {
 public:
  explicit JobsByPosition(const std::vector<Job>& all) : all_(all) {}

  const Job* operator()(Position pos) {
    if (jobs_.empty()) {
      jobs_.reserve(all_.size());
      for (const Job& j : all_) jobs_.emplace_back(j.name.pos, &j);
      std::stable_sort(jobs_.begin(), jobs_.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    auto it = std::lower_bound(jobs_.begin(), jobs_.end(), pos,
                               [](const auto& e, const Position& p) { return e.first < p; });
    return it != jobs_.end() && it->first == pos ? it->second : nullptr;
  }

 private:
  const std::vector<Job>& all_;
  std::vector<std::pair<Position, const Job*>> jobs_;
};

class ConfigFieldUnknown final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-field-unknown",
        "A key in config.yaml, a job-config file or plugins.yaml is one the target Prow version "
        "does not read (a typo, a key in the wrong place, or one removed or not yet added), so "
        "Prow silently ignores it.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const auto& version = analysis.target.version;
    const ValidationRules rules(version);
    JobsByPosition job_at(deploy.jobs);
    JobShares shares(sink);
    std::size_t case_only = 0;
    Position case_example;
    for (const KeyUseGroup& g : deploy.keys.groups) {
      // A key under a key this version does not read is reported with it.
      std::vector<const KeyUse*> uses;
      for (const KeyUse& u : g.uses)
        if (SpanInEffect(u.parent_since, 0, version) != InEffect::kNo) uses.push_back(&u);
      if (uses.empty()) continue;
      if (g.case_only) {
        // Prow matches keys regardless of case: not unknown.
        if (case_only++ == 0) case_example = uses.front()->pos;
        continue;
      }
      std::string why, hint;
      if (!Judge(g, rules, why, hint)) continue;
      const std::string what = "key " + Quote(g.key) + " in " + schema::Noun(g.type) + why;
      // What the key is, never how it is worded or the schema's numbering.
      const std::string cause = "key " + g.key + " in " + schema::Noun(g.type);
      std::vector<const KeyUse*> outside;
      for (const KeyUse* u : uses) {
        if (const Job* job = job_at(u->job)) {
          shares.Report(Severity::kWarning, u->pos, *job, cause, what, hint);
        } else {
          outside.push_back(u);
        }
      }
      if (outside.empty()) continue;
      Finding& f = sink.Report(
          outside.front()->pos,
          what + (outside.size() > 1 ? " (" + std::to_string(outside.size()) + " places)" : ""),
          hint);
      f.subject = {cause, ""};
      for (std::size_t i = 1; i < outside.size(); ++i)
        f.related.push_back({outside[i]->pos, "also written here"});
    }
    if (case_only > 0)
      sink.Note(Count(case_only, "key matches", "keys match") +
                " one of Prow's only up to case "
                "(the first at " +
                deploy.sources.Path(case_example.file) + ":" + std::to_string(case_example.line) +
                "); Prow reads them, prowlint's other rules "
                "do not");
  }

 private:
  // Why the version does not read the key, and what to do; false when it does.
  static bool Judge(const KeyUseGroup& g, const ValidationRules& rules, std::string& why,
                    std::string& hint) {
    const std::string version = rules.Name();
    if (g.field < 0) {
      const std::string elsewhere = schema::KnownElsewhere(g.type, g.key);
      if (!elsewhere.empty()) {
        why = " is a key of " + elsewhere + "; Prow ignores it here";
        hint = elsewhere == "the pod spec" ? "move it under spec (containers[] for "
                                             "container settings)"
                                           : "remove it: it has no effect on this job kind";
        return true;
      }
      why = " is not one Prow reads; it is ignored";
      const std::string guess = ClosestMatch(g.key, schema::KeysAt(g.type, rules.version()));
      hint = guess.empty() ? "remove it, or move it where Prow reads it"
                           : "did you mean " + Quote(guess) + "?";
      return true;
    }
    const SchemaField& field = schema::Field(g.field);
    // The job-config file form of decorate_all_jobs parses but is dropped.
    if (field.key == "decorate_all_jobs" && schema::Type(g.type).name == "config.JobConfig") {
      why = " has no effect: Prow reads decorate_all_jobs only from config.yaml";
      hint = "move it to config.yaml, or set decorate on the jobs";
      return true;
    }
    if (schema::Known(field, rules.version()) != InEffect::kNo) return false;
    const std::string ref = field.ref.empty() ? "" : " (" + std::string(field.ref) + ")";
    if (field.removed != 0) {
      why = " was removed on " + DayName(field.removed) + ref + "; " + version + " ignores it";
      hint = "remove it" + (field.after.empty() ? std::string() : ": " + std::string(field.after));
    } else {
      why = " was added on " + DayName(field.since) + ref + "; " + version + " ignores it";
      hint = "remove it, or deploy a Prow version from " + DayName(field.since) + " on";
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigFieldUnknown() { return std::make_unique<ConfigFieldUnknown>(); }

}  // namespace prowlint::rules
