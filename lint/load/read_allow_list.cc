// SPDX-License-Identifier: Apache-2.0
// See read_allow_list.h.
#include "lint/load/read_allow_list.h"

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

}  // namespace prowlint
