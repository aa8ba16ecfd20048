// SPDX-License-Identifier: Apache-2.0
// See new_findings.h.
#include "lint/engine/new_findings.h"

#include <algorithm>

#include "lint/engine/fingerprint.h"

namespace prowlint {
namespace {

// A finding's fingerprint and, for a cause, each job's share of it: a cause
// on one side matches each job's share on the other, and the reverse.
std::vector<Fingerprint> Expand(const Finding& f) {
  const Fingerprint fp = FingerprintOf(f);
  std::vector<Fingerprint> out{fp};
  if (fp.job.empty())
    for (const JobRef& j : f.jobs) {
      Fingerprint share = fp;
      share.job = j.name;
      out.push_back(std::move(share));
    }
  return out;
}

// Whether a base finding (expanded) covers a head finding (expanded).
bool Matches(const std::vector<Fingerprint>& base, const std::vector<Fingerprint>& head) {
  return std::any_of(base.begin(), base.end(), [&](const Fingerprint& b) {
    return std::any_of(head.begin(), head.end(),
                       [&](const Fingerprint& h) { return Covers(b, h); });
  });
}

std::vector<std::vector<Fingerprint>> ExpandAll(const std::vector<Finding>& findings) {
  std::vector<std::vector<Fingerprint>> out;
  out.reserve(findings.size());
  for (const Finding& f : findings) out.push_back(Expand(f));
  return out;
}

}  // namespace

void MarkExisting(const std::vector<Finding>& base, std::vector<Finding>& head) {
  const auto before = ExpandAll(base);
  for (Finding& f : head) {
    const auto now = Expand(f);
    const bool existing =
        std::any_of(before.begin(), before.end(), [&](const auto& b) { return Matches(b, now); });
    f.change = existing ? Finding::Change::kExisting : Finding::Change::kNew;
  }
}

std::vector<Finding> FixedFindings(const std::vector<Finding>& base,
                                   const std::vector<Finding>& head) {
  const auto now = ExpandAll(head);
  std::vector<Finding> fixed;
  for (const Finding& f : base) {
    if (f.suppressed) continue;
    const auto before = Expand(f);
    if (std::none_of(now.begin(), now.end(), [&](const auto& h) { return Matches(before, h); }))
      fixed.push_back(f);
  }
  return fixed;
}

std::size_t DropExisting(std::vector<Finding>& findings) {
  const auto before = findings.size();
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [](const Finding& f) {
                                  return f.change == Finding::Change::kExisting;
                                }),
                 findings.end());
  return before - findings.size();
}

}  // namespace prowlint
