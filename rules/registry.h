// SPDX-License-Identifier: Apache-2.0
// The one list of rules. Each rule lives in rules/<rule_id>.cc with its doc
// in rules/<rule_id>.md; its factory is declared and listed in registry.cc.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "lint/engine/rule.h"

namespace prowlint::rules {

/// Every rule, sorted by id.
std::vector<std::unique_ptr<Rule>> AllRules();

/// The text of rules/<id with - as _>.md, compiled in; "" for an unknown id.
std::string_view RuleDoc(std::string_view id);

/// The rule with this id, or nullptr. The rules live as long as the program.
const Rule* FindRule(std::string_view id);

/// Whether the rule with this id carries `tag` (false for an unknown id).
bool RuleHas(std::string_view id, RuleTag tag);

}  // namespace prowlint::rules
