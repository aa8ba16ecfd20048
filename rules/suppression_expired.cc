// SPDX-License-Identifier: Apache-2.0
// Flags `# prowlint:ignore=` directives whose until= date has passed, or is
// not a date. Why: see rules/suppression_expired.md.
#include "lint/base/suppression_directive.h"
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class SuppressionExpired final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "suppression-expired",
        "A prowlint:ignore directive's until= date has passed, so it no longer suppresses "
        "anything.",
        Severity::kWarning, static_cast<unsigned>(RuleTag::kAboutSuppressions)};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Suppression& s : analysis.deploy.suppressions) {
      if (!s.until) continue;
      const Subject subject{SuppressionName(s, analysis.deploy.sources), ""};
      if (!IsIsoDate(s.until->value)) {
        sink.Report(s.until->pos,
                    "until=" + s.until->value + " is not a date, so the suppression never applies",
                    "write the date as until=YYYY-MM-DD")
            .subject = subject;
      } else if (!s.Active(analysis.run.today)) {
        sink.Report(s.until->pos,
                    "the suppression expired on " + s.until->value + " and applies no more",
                    "fix what it suppressed, or set a new until= date with a reason")
            .subject = subject;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewSuppressionExpired() { return std::make_unique<SuppressionExpired>(); }

}  // namespace prowlint::rules
