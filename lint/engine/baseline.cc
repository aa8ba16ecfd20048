// SPDX-License-Identifier: Apache-2.0
// See baseline.h. The file is YAML read through the project's YAML boundary;
// every string is written double-quoted (JSON escaping is valid YAML).
#include "lint/engine/baseline.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "lint/base/read_file.h"
#include "lint/base/text.h"

namespace prowlint {
namespace {

std::string Quoted(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

constexpr const char* kHeader =
    "# prowlint baseline: findings accepted for now. `prowlint lint --baseline FILE` reports\n"
    "# only findings not listed here, and entries that no longer match any finding.\n"
    "# Entries match by rule, job or object, and cluster, never by line. `message` and `jobs`\n"
    "# are for readers. Rewrite with `prowlint lint --write-baseline FILE`.\n";

// Baselines written while some rules set no subject recorded the message as
// the object: such an entry still accepts the finding with that message.
Fingerprint ByMessage(const Finding& f) {
  Fingerprint fp = FingerprintOf(f);
  fp.object = f.message;
  return fp;
}

}  // namespace

std::string BaselineText(const std::vector<Finding>& findings) {
  struct Entry {
    std::string message;
    std::size_t jobs = 0;
  };
  std::map<Fingerprint, Entry> entries;
  for (const Finding& f : findings) {
    if (f.suppressed) continue;
    Entry& e = entries[FingerprintOf(f)];
    if (e.message.empty()) e.message = f.message;
    e.jobs += f.jobs.size();
  }
  std::string out = kHeader;
  out += "version: 1\nfindings:";
  if (entries.empty()) out += " []";
  out += "\n";
  for (const auto& [fp, e] : entries) {
    out += "- rule: " + Quoted(fp.rule) + "\n";
    if (!fp.job.empty()) out += "  job: " + Quoted(fp.job) + "\n";
    out += "  object: " + Quoted(fp.object) + "\n";
    if (!fp.cluster.empty()) out += "  cluster: " + Quoted(fp.cluster) + "\n";
    if (e.jobs > 1) out += "  jobs: " + std::to_string(e.jobs) + "\n";
    if (e.message != fp.object) out += "  message: " + Quoted(e.message) + "\n";
  }
  return out;
}

BaselineOutcome ApplyBaseline(const Baseline& baseline, const std::vector<std::string>& rules_run,
                              std::vector<Finding>& findings) {
  BaselineOutcome outcome;
  outcome.applied = true;
  outcome.path = baseline.path;
  const auto& entries = baseline.entries;
  std::vector<bool> used(entries.size(), false);
  // Marks every entry covering `fp`; true when there is one.
  auto cover = [&](const Fingerprint& fp) {
    bool any = false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!Covers(entries[i].fingerprint, fp)) continue;
      used[i] = true;
      any = true;
    }
    return any;
  };
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    bool covered = false;
    if (!f.suppressed) {
      const Fingerprint fp = FingerprintOf(f);
      covered = cover(fp) || cover(ByMessage(f));
      if (!covered && f.grouped && fp.job.empty() && !f.jobs.empty()) {
        covered = std::all_of(f.jobs.begin(), f.jobs.end(), [&](const JobRef& j) {
          Fingerprint share = fp;
          share.job = j.name;
          return cover(share);
        });
      }
    }
    if (covered) {
      ++outcome.baselined;
    } else {
      kept.push_back(std::move(f));
    }
  }
  findings = std::move(kept);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (used[i]) continue;
    const std::string& rule = entries[i].fingerprint.rule;
    if (std::find(rules_run.begin(), rules_run.end(), rule) != rules_run.end())
      outcome.stale.push_back(entries[i]);
  }
  return outcome;
}

}  // namespace prowlint
