// SPDX-License-Identifier: Apache-2.0
// Flags jobs that need a secret absent from a cluster they run in.
// Why: see rules/job_secret_missing.md. The check itself is shared with the other
// job-*-missing rules (rules/support/missing_objects.cc).
#include "rules/registry.h"
#include "rules/support/missing_objects.h"

namespace prowlint::rules {

std::unique_ptr<Rule> NewJobSecretMissing() {
  static const RuleInfo info{"job-secret-missing",
                             "A job needs a secret that does not exist in the pod namespace of a "
                             "cluster it runs in, so its pods never start.",
                             Severity::kError, static_cast<unsigned>(RuleTag::kPlacement)};
  return NewMissingObjectRule(info, ObjectKind::kSecret);
}

}  // namespace prowlint::rules
