// The explicit list of rules (no static self-registration).
#include "rules/registry.h"

namespace prowlint::rules {

std::vector<std::unique_ptr<Rule>> AllRules() {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(NewConfigDuplicateKey());
  rules.push_back(NewJobClusterUnknown());
  rules.push_back(NewJobConfigmapMissing());
  rules.push_back(NewJobSecretMissing());
  rules.push_back(NewJobServiceAccountMissing());
  rules.push_back(NewJobVolumeUndefined());
  rules.push_back(NewLiteralDefaultAlias());
  rules.push_back(NewServiceClusterSchedulable());
  rules.push_back(NewSuppressionExpired());
  rules.push_back(NewSuppressionUnknownRule());
  rules.push_back(NewSuppressionWithoutReason());
  return rules;
}

}  // namespace prowlint::rules
