// SPDX-License-Identifier: Apache-2.0
// The explicit list of rules (no static self-registration). Adding a rule:
// its .cc and .md, one declaration and one list entry here, one line in
// CMakeLists.txt's RULE_SOURCES, and its fixtures under testdata/rules/.
#include "rules/registry.h"

namespace prowlint::rules {

// Defined in rules/<rule_id>.cc.
std::unique_ptr<Rule> NewBuildClusterDefaultRequired();
std::unique_ptr<Rule> NewClusterDeprecated();
std::unique_ptr<Rule> NewClusterNotAllowed();
std::unique_ptr<Rule> NewClusterReferenceUnknown();
std::unique_ptr<Rule> NewComponentAliasMismatch();
std::unique_ptr<Rule> NewComponentFlagRequired();
std::unique_ptr<Rule> NewComponentFlagUnknown();
std::unique_ptr<Rule> NewComponentRbacMissing();
std::unique_ptr<Rule> NewComponentResourcesUnset();
std::unique_ptr<Rule> NewComponentRolloutStalled();
std::unique_ptr<Rule> NewComponentSecretMissing();
std::unique_ptr<Rule> NewConfigDuplicateKey();
std::unique_ptr<Rule> NewConfigFieldConflict();
std::unique_ptr<Rule> NewConfigFieldUnknown();
std::unique_ptr<Rule> NewConfigUpdaterDefaultCluster();
std::unique_ptr<Rule> NewConfigUpdaterTooLarge();
std::unique_ptr<Rule> NewConfigUpdaterUnmapped();
std::unique_ptr<Rule> NewCredentialDuplicateServer();
std::unique_ptr<Rule> NewCredentialExpiring();
std::unique_ptr<Rule> NewCredentialMalformed();
std::unique_ptr<Rule> NewDecorationConfigInvalid();
std::unique_ptr<Rule> NewInputEmpty();
std::unique_ptr<Rule> NewJobClusterUnknown();
std::unique_ptr<Rule> NewJobConfigBasenameDuplicate();
std::unique_ptr<Rule> NewJobConfigmapMissing();
std::unique_ptr<Rule> NewJobNameDuplicate();
std::unique_ptr<Rule> NewJobNameInvalid();
std::unique_ptr<Rule> NewJobResourcesUnset();
std::unique_ptr<Rule> NewJobSecretMissing();
std::unique_ptr<Rule> NewJobServiceAccountMissing();
std::unique_ptr<Rule> NewJobSpecInvalid();
std::unique_ptr<Rule> NewJobTriggerInvalid();
std::unique_ptr<Rule> NewJobVolumeUndefined();
std::unique_ptr<Rule> NewKubeconfigContextDuplicate();
std::unique_ptr<Rule> NewLabelInvalid();
std::unique_ptr<Rule> NewLiteralDefaultAlias();
std::unique_ptr<Rule> NewPluginUnknown();
std::unique_ptr<Rule> NewPodUtilitiesSkew();
std::unique_ptr<Rule> NewPresetConflict();
std::unique_ptr<Rule> NewPresubmitOnTrustedCluster();
std::unique_ptr<Rule> NewProwImageLatest();
std::unique_ptr<Rule> NewProwToolImageSkew();
std::unique_ptr<Rule> NewProwVersionDowngrade();
std::unique_ptr<Rule> NewProwVersionKnownBad();
std::unique_ptr<Rule> NewProwVersionMixed();
std::unique_ptr<Rule> NewSecretRestricted();
std::unique_ptr<Rule> NewServiceClusterSchedulable();
std::unique_ptr<Rule> NewSuppressionExpired();
std::unique_ptr<Rule> NewSuppressionUnknownRule();
std::unique_ptr<Rule> NewSuppressionWithoutReason();
std::unique_ptr<Rule> NewTrustedClusterPath();

std::vector<std::unique_ptr<Rule>> AllRules() {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(NewBuildClusterDefaultRequired());
  rules.push_back(NewClusterDeprecated());
  rules.push_back(NewClusterNotAllowed());
  rules.push_back(NewClusterReferenceUnknown());
  rules.push_back(NewComponentAliasMismatch());
  rules.push_back(NewComponentFlagRequired());
  rules.push_back(NewComponentFlagUnknown());
  rules.push_back(NewComponentRbacMissing());
  rules.push_back(NewComponentResourcesUnset());
  rules.push_back(NewComponentRolloutStalled());
  rules.push_back(NewComponentSecretMissing());
  rules.push_back(NewConfigDuplicateKey());
  rules.push_back(NewConfigFieldConflict());
  rules.push_back(NewConfigFieldUnknown());
  rules.push_back(NewConfigUpdaterDefaultCluster());
  rules.push_back(NewConfigUpdaterTooLarge());
  rules.push_back(NewConfigUpdaterUnmapped());
  rules.push_back(NewCredentialDuplicateServer());
  rules.push_back(NewCredentialExpiring());
  rules.push_back(NewCredentialMalformed());
  rules.push_back(NewDecorationConfigInvalid());
  rules.push_back(NewInputEmpty());
  rules.push_back(NewJobClusterUnknown());
  rules.push_back(NewJobConfigBasenameDuplicate());
  rules.push_back(NewJobConfigmapMissing());
  rules.push_back(NewJobNameDuplicate());
  rules.push_back(NewJobNameInvalid());
  rules.push_back(NewJobResourcesUnset());
  rules.push_back(NewJobSecretMissing());
  rules.push_back(NewJobServiceAccountMissing());
  rules.push_back(NewJobSpecInvalid());
  rules.push_back(NewJobTriggerInvalid());
  rules.push_back(NewJobVolumeUndefined());
  rules.push_back(NewKubeconfigContextDuplicate());
  rules.push_back(NewLabelInvalid());
  rules.push_back(NewLiteralDefaultAlias());
  rules.push_back(NewPluginUnknown());
  rules.push_back(NewPodUtilitiesSkew());
  rules.push_back(NewPresetConflict());
  rules.push_back(NewPresubmitOnTrustedCluster());
  rules.push_back(NewProwImageLatest());
  rules.push_back(NewProwToolImageSkew());
  rules.push_back(NewProwVersionDowngrade());
  rules.push_back(NewProwVersionKnownBad());
  rules.push_back(NewProwVersionMixed());
  rules.push_back(NewSecretRestricted());
  rules.push_back(NewServiceClusterSchedulable());
  rules.push_back(NewSuppressionExpired());
  rules.push_back(NewSuppressionUnknownRule());
  rules.push_back(NewSuppressionWithoutReason());
  rules.push_back(NewTrustedClusterPath());
  return rules;
}

}  // namespace prowlint::rules
