// SPDX-License-Identifier: Apache-2.0
// Flags a target Prow version older than the one deployed now. Why: see
// rules/prow_version_downgrade.md.
#include <set>

#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ProwVersionDowngrade final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "prow-version-downgrade",
        "The Prow tag being deployed is older than the tag deployed now, so changes Prow made "
        "since are undone.",
        Severity::kWarning, static_cast<unsigned>(RuleTag::kVersion)};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const std::optional<ProwVersion>& current = analysis.run.current_version;
    const std::optional<ProwVersion>& target = analysis.target.version;
    if (!current || !target || current->date == 0 || target->date == 0) return;
    // Tags of one day cannot be ordered without the repository.
    if (target->date >= current->date) return;
    // The flag changes of the deployed components that the downgrade undoes.
    std::set<std::string_view> deployed;
    for (const Component& c : analysis.deploy.manifests.components) deployed.insert(c.name);
    std::size_t undone = 0;
    for (const FlagRow& row : FlagHistory()) {
      if (!deployed.count(row.component)) continue;
      for (const Boundary* b : {&row.added, &row.removed})
        if (b->Set() && Contains(current, *b) == Presence::kYes &&
            Contains(target, *b) == Presence::kNo)
          ++undone;
    }
    std::string message = target->tag + " is older than the deployed " + current->tag + " (built " +
                          DayText(target->date) + ", the deployed one " + DayText(current->date) +
                          ")";
    if (undone > 0)
      message += "; it undoes " + std::to_string(undone) + " flag change" +
                 (undone == 1 ? "" : "s") + " of the deployed components";
    const std::string hint = "deploy " + current->tag +
                             " or a later tag, or confirm the rollback and check the flags "
                             "with component-flag-unknown";
    const Position at =
        VersionAnchor(analysis, FirstJobOn(analysis, ""), analysis.deploy.config.pod_namespace.pos);
    if (!at.Known()) {
      sink.Note(message + ": " + hint);
      return;
    }
    Finding& f = sink.Report(at, std::move(message), hint);
    f.subject = {"target version", ""};
    AddCredentialPlaces(analysis, f);
  }
};

}  // namespace

std::unique_ptr<Rule> NewProwVersionDowngrade() { return std::make_unique<ProwVersionDowngrade>(); }

}  // namespace prowlint::rules
