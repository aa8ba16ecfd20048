// The one list of rules. Each rule lives in rules/<rule_id>.cc with its doc
// in rules/<rule_id>.md; its factory is declared here.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "lint/rule.h"

namespace prowlint::rules {

std::unique_ptr<Rule> NewConfigDuplicateKey();
std::unique_ptr<Rule> NewJobClusterUnknown();
std::unique_ptr<Rule> NewJobConfigmapMissing();
std::unique_ptr<Rule> NewJobSecretMissing();
std::unique_ptr<Rule> NewJobServiceAccountMissing();
std::unique_ptr<Rule> NewJobVolumeUndefined();
std::unique_ptr<Rule> NewLiteralDefaultAlias();
std::unique_ptr<Rule> NewServiceClusterSchedulable();
std::unique_ptr<Rule> NewSuppressionExpired();
std::unique_ptr<Rule> NewSuppressionUnknownRule();
std::unique_ptr<Rule> NewSuppressionWithoutReason();

/// Every rule, sorted by id.
std::vector<std::unique_ptr<Rule>> AllRules();

/// The text of rules/<id with - as _>.md, compiled in; "" for an unknown id.
std::string_view RuleDoc(std::string_view id);

}  // namespace prowlint::rules
