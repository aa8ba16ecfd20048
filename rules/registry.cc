// SPDX-License-Identifier: Apache-2.0
// The explicit list of rules (no static self-registration), from
// rules/rules.def. Adding a rule: its .cc and .md, one line in rules.def,
// and its fixtures under testdata/rules/.
#include "rules/registry.h"

namespace prowlint::rules {

// Defined in rules/<stem>.cc.
#define PROWLINT_RULE(stem, factory) std::unique_ptr<Rule> New##factory();
#include "rules/rules.def"
#undef PROWLINT_RULE

std::vector<std::unique_ptr<Rule>> AllRules() {
  std::vector<std::unique_ptr<Rule>> rules;
#define PROWLINT_RULE(stem, factory) rules.push_back(New##factory());
#include "rules/rules.def"
#undef PROWLINT_RULE
  return rules;
}

const Rule* FindRule(std::string_view id) {
  static const std::vector<std::unique_ptr<Rule>> rules = AllRules();
  for (const auto& r : rules)
    if (r->Info().id == id) return r.get();
  return nullptr;
}

bool RuleHas(std::string_view id, RuleTag tag) {
  const Rule* rule = FindRule(id);
  return rule != nullptr && rule->Info().Has(tag);
}

}  // namespace prowlint::rules
