// SPDX-License-Identifier: Apache-2.0
// Flags a target Prow tag older than .prowlint.yaml's max-prow-age days on
// the run date: one finding at the scheduling component's image line.
// Why: see rules/prow_version_stale.md.
#include <string>

#include "lint/base/text.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ProwVersionStale final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "prow-version-stale",
        "The Prow tag being deployed is older than the max-prow-age days .prowlint.yaml sets "
        "(180 is a good start) on the run date: the bump after it crosses every change Prow made "
        "since.",
        Severity::kWarning,
        static_cast<unsigned>(RuleTag::kVersion),
        {{"max-prow-age", "unset: the rule is off"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const auto& version = analysis.target.version;
    // Judged as today's Prow, or "latest": there is no build day.
    if (analysis.target.source == VersionSource::kToday || !version || version->date == 0) return;
    const std::optional<Day> today = RunDay(analysis.run.today);
    if (!today) return;
    // Off unless the deployment says how old a tag it accepts: every frozen
    // tree (a corpus snapshot, the bundled 2019 reproduction) would warn on
    // each run, and a job-config pull request would be told about a Prow it
    // does not change.
    const auto& policy = analysis.run.policy.max_prow_age_days;
    if (!policy) return;
    const int max_age = policy->value;
    const int age = DaysBetween(version->date, *today);
    if (age <= max_age) return;
    // The age itself is left out: the report of a frozen tree stays the same
    // from day to day once the tag is stale.
    const std::string message =
        "Prow " + version->tag + ", built " + DayText(version->date) + ", is older than " +
        "max-prow-age (" + std::to_string(max_age) + " days) on the run date: the bump after it "
        "crosses every change Prow made since, flags, RBAC and config refusals included";
    const std::string hint =
        "bump to a recent tag in small steps (prowlint plan shows what each one changes), or "
        "raise max-prow-age in .prowlint.yaml";
    const Position at = VersionAnchor(analysis);
    if (!at.Known()) {
      sink.Note(message + ": " + hint);
      return;
    }
    Finding& f = sink.Report(at, message, hint);
    f.subject = {"target Prow version age", ""};
  }
};

}  // namespace

std::unique_ptr<Rule> NewProwVersionStale() { return std::make_unique<ProwVersionStale>(); }

}  // namespace prowlint::rules
