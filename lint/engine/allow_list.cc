// SPDX-License-Identifier: Apache-2.0
// See allow_list.h.
#include "lint/engine/allow_list.h"

#include <algorithm>

#include "lint/base/text.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {

std::vector<AllowEntry> LoadAllowList(const yaml::Node& list, const std::string& path,
                                      Diagnostics& diag) {
  std::vector<AllowEntry> out;
  if (!ExpectSeq(list, "\"allow\"", diag)) return out;
  static const std::vector<std::string> kKeys = {"rule", "job", "alias", "reason"};
  for (const yaml::Node& item : list.Items()) {
    if (!ExpectMap(item, "an \"allow\" entry", diag)) {
      if (item.IsNull()) diag.Error(item.pos(), "an \"allow\" entry must be a mapping, found null");
      continue;
    }
    for (const yaml::Entry& e : item.Entries()) {
      if (std::find(kKeys.begin(), kKeys.end(), e.key.Text()) != kKeys.end()) continue;
      const std::string guess = ClosestMatch(e.key.Text(), kKeys);
      diag.Error(e.key.pos(), "unknown key " + Quote(e.key.Text()) + " in an \"allow\" entry" +
                                  (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?"));
    }
    AllowEntry a;
    a.pos = item.pos();
    a.where = path + ":" + std::to_string(a.pos.line);
    a.rule = ReadString(item, "rule", diag);
    if (auto job = ReadString(item, "job", diag)) a.job = job->value;
    if (auto alias = ReadString(item, "alias", diag)) a.alias = alias->value;
    if (auto reason = ReadString(item, "reason", diag)) a.reason = reason->value;
    // The reason is what a reviewer reads in place of the finding.
    if (a.reason.empty())
      diag.Error(a.pos, "an \"allow\" entry needs a reason: why this set-up is deliberate");
    if (a.job.empty() && a.alias.empty())
      diag.Error(a.pos, "an \"allow\" entry needs a job or an alias");
    out.push_back(std::move(a));
  }
  return out;
}

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
