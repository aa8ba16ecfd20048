// SPDX-License-Identifier: Apache-2.0
// The rule interface. A rule is a check over the whole deploy.
#pragma once

#include <string_view>
#include <vector>

#include "lint/engine/analysis.h"
#include "lint/engine/finding_sink.h"
#include "lint/engine/policy.h"
#include "lint/model/finding.h"

namespace prowlint {

/// Kinds of rules the steps after the engine treat alike. They ask a rule's
/// tags, never its id.
enum class RuleTag : unsigned {
  /// Says where jobs run, or that they cannot: plan counts its findings
  /// toward the moves of the jobs they name.
  kPlacement = 1u << 0,
  /// Judges the target version itself: plan lists the base's errors of such
  /// a rule as "already there" rather than as the change's doing.
  kVersion = 1u << 1,
  /// About the suppression directives themselves: never suppressed by one.
  kAboutSuppressions = 1u << 2,
};

constexpr unsigned operator|(RuleTag a, RuleTag b) {
  return static_cast<unsigned>(a) | static_cast<unsigned>(b);
}

struct RuleInfo {
  std::string_view id;       // kebab-case, stable forever
  std::string_view summary;  // the first paragraph of rules/<id>.md
  Severity default_severity;
  unsigned tags = 0;  // RuleTag bits
  /// The .prowlint.yaml policy keys the rule reads, with what applies
  /// without them (`prowlint rules <id>` shows them in effect).
  std::vector<PolicyOption> options = {};

  bool Has(RuleTag tag) const { return (tags & static_cast<unsigned>(tag)) != 0; }
};

// Rules are independent: they do not see each other's findings and may run
// in any order or in parallel.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& Info() const = 0;
  /// Reports problems in the analysed deploy to `sink`. Does not throw,
  /// print, read files or keep state between calls.
  virtual void Check(const Analysis& analysis, FindingSink& sink) const = 0;
};

}  // namespace prowlint
