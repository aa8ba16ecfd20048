// SPDX-License-Identifier: Apache-2.0
// Flags jobs that need a service account absent from a cluster they run in.
// Why: see rules/job_service_account_missing.md. The check itself is shared with the other
// job-*-missing rules (rules/support/missing_objects.cc).
#include "rules/registry.h"
#include "rules/support/missing_objects.h"

namespace prowlint::rules {

std::unique_ptr<Rule> NewJobServiceAccountMissing() {
  static const RuleInfo info{"job-service-account-missing",
                             "A job runs as a service account that does not exist in the pod "
                             "namespace of a cluster it runs in, so its pods are never created.",
                             Severity::kError, static_cast<unsigned>(RuleTag::kPlacement)};
  return NewMissingObjectRule(info, ObjectKind::kServiceAccount);
}

}  // namespace prowlint::rules
