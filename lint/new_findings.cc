// See new_findings.h.
#include "lint/new_findings.h"

#include <algorithm>

#include "lint/fingerprint.h"

namespace prowlint {

void MarkExisting(const std::vector<Finding>& base, std::vector<Finding>& head) {
  std::vector<Fingerprint> before;
  for (const Finding& f : base) {
    const Fingerprint fp = FingerprintOf(f);
    before.push_back(fp);
    // A cause on the base side covers each job's share of it, and a per-job
    // finding covers the cause it is part of on the other side.
    if (fp.job.empty())
      for (const JobRef& j : f.jobs) {
        Fingerprint share = fp;
        share.job = j.name;
        before.push_back(share);
      }
  }
  auto covered = [&](const Fingerprint& fp) {
    return std::any_of(before.begin(), before.end(),
                       [&](const Fingerprint& b) { return Covers(b, fp); });
  };
  for (Finding& f : head) {
    const Fingerprint fp = FingerprintOf(f);
    bool existing = covered(fp);
    if (!existing && fp.job.empty() && !f.jobs.empty()) {
      existing = std::any_of(f.jobs.begin(), f.jobs.end(), [&](const JobRef& j) {
        Fingerprint share = fp;
        share.job = j.name;
        return covered(share);
      });
    }
    f.change = existing ? Finding::Change::kExisting : Finding::Change::kNew;
  }
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
