// SPDX-License-Identifier: Apache-2.0
// Flags `# prowlint:ignore=` directives without a reason. Why: see
// rules/suppression_without_reason.md.
#include "lint/base/suppression_directive.h"
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class SuppressionWithoutReason final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "suppression-without-reason",
        "A prowlint:ignore directive gives no reason; every suppression must say why.",
        Severity::kWarning, static_cast<unsigned>(RuleTag::kAboutSuppressions)};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Suppression& s : analysis.deploy.suppressions) {
      if (!s.reason.empty()) continue;
      std::vector<std::string> ids;
      for (const auto& r : s.rules) ids.push_back(r.value);
      sink.Report(s.pos, "the suppression of " + SampleNames(ids, 8) + " gives no reason",
                  "say why after the rule ids: # prowlint:ignore=<rule> <reason>")
          .subject = {SuppressionName(s, analysis.deploy.sources), ""};
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewSuppressionWithoutReason() {
  return std::make_unique<SuppressionWithoutReason>();
}

}  // namespace prowlint::rules
