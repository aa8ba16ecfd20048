// SPDX-License-Identifier: Apache-2.0
// Flags jobs that need a config map absent from a cluster they run in.
// Why: see rules/job_configmap_missing.md. The check itself is shared with the other
// job-*-missing rules (rules/support/missing_objects.cc).
#include "rules/registry.h"
#include "rules/support/missing_objects.h"

namespace prowlint::rules {

std::unique_ptr<Rule> NewJobConfigmapMissing() {
  static const RuleInfo info{"job-configmap-missing",
                             "A job needs a config map that does not exist in the pod namespace of "
                             "a cluster it runs in, so its pods never start.",
                             Severity::kError, static_cast<unsigned>(RuleTag::kPlacement)};
  return NewMissingObjectRule(info, ObjectKind::kConfigMap);
}

}  // namespace prowlint::rules
