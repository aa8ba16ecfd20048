// SPDX-License-Identifier: Apache-2.0
// Flags `# prowlint:ignore=` directives naming a rule prowlint does not have
// (a typo suppresses nothing). Why: see rules/suppression_unknown_rule.md.
#include <algorithm>

#include "lint/base/suppression_directive.h"
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class SuppressionUnknownRule final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "suppression-unknown-rule",
        "A prowlint:ignore directive names a rule prowlint does not have, so it suppresses "
        "nothing.",
        Severity::kWarning, static_cast<unsigned>(RuleTag::kAboutSuppressions)};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Suppression& s : analysis.deploy.suppressions) {
      for (const auto& rule : s.rules) {
        const auto& ids = analysis.run.rule_ids;
        if (std::find(ids.begin(), ids.end(), rule.value) != ids.end()) continue;
        const std::string guess = ClosestMatch(rule.value, ids);
        sink.Report(rule.pos,
                    "the suppression names " + Quote(rule.value) + ", which is not a rule",
                    guess.empty() ? "run prowlint rules for the list of rule ids"
                                  : "did you mean " + Quote(guess) + "?")
            .subject = {
            "rule " + rule.value + " named by " + SuppressionName(s, analysis.deploy.sources), ""};
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewSuppressionUnknownRule() {
  return std::make_unique<SuppressionUnknownRule>();
}

}  // namespace prowlint::rules
