// SPDX-License-Identifier: Apache-2.0
// See allow_list.h.
#include "lint/engine/allow_list.h"

#include <algorithm>

#include "lint/base/text.h"

namespace prowlint {

bool Allows(const AllowEntry& e, const Finding& f) {
  if (e.rule && e.rule->value != f.rule_id) return false;
  if (!e.job.empty() && f.job != e.job) return false;
  if (e.alias.empty()) return true;
  if (f.subject.cluster == e.alias) return true;
  return std::any_of(f.jobs.begin(), f.jobs.end(),
                     [&](const JobRef& j) { return j.alias == e.alias; });
}

std::vector<const AllowEntry*> ApplyAllowList(const std::vector<AllowEntry>& allow,
                                              std::vector<Finding>& findings) {
  std::vector<bool> used(allow.size(), false);
  for (Finding& f : findings) {
    if (f.suppressed) continue;
    for (std::size_t i = 0; i < allow.size(); ++i) {
      if (!Allows(allow[i], f)) continue;
      used[i] = true;
      f.suppressed = true;
      f.external = true;
      f.justification = allow[i].reason;
      break;
    }
  }
  std::vector<const AllowEntry*> unused;
  for (std::size_t i = 0; i < allow.size(); ++i)
    if (!used[i]) unused.push_back(&allow[i]);
  return unused;
}

}  // namespace prowlint
