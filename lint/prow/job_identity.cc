// SPDX-License-Identifier: Apache-2.0
// See job_identity.h.
#include "lint/prow/job_identity.h"

#include <algorithm>
#include <vector>

namespace prowlint {
namespace {

// `list` sorted and without repeats, each entry on a line of its own after
// `label`.
std::string CanonicalList(const char* label, const std::vector<Located<std::string>>& list) {
  std::vector<std::string> values;
  for (const auto& v : list) values.push_back(v.value);
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::string out;
  for (const std::string& v : values) out += std::string("\n") + label + v;
  return out;
}

}  // namespace

std::string JobKey(const Job& job) {
  const std::string kind = std::string(JobKindName(job.kind)) + "\n";
  // A periodic's repo is its first extra_ref, not part of its identity.
  if (job.kind == JobKind::kPeriodic) return kind + "\n" + job.name.value;
  return kind + job.repo + "\n" + job.name.value +
         CanonicalList("branch ", job.triggers->branches) +
         CanonicalList("skip ", job.triggers->skip_branches);
}

JobRef JobRefOf(const Job& job, Position pos, std::string alias) {
  return JobRef{job.name.value, pos, std::move(alias), JobKey(job)};
}

}  // namespace prowlint
