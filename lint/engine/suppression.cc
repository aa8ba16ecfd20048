// SPDX-License-Identifier: Apache-2.0
// See suppression.h.
#include "lint/engine/suppression.h"

#include <map>
#include <tuple>

namespace prowlint {

void ApplySuppressions(const std::vector<Suppression>& directives, const std::string& today,
                       const std::set<std::string>& exempt, std::vector<Finding>& findings) {
  // (file, covered line, rule) -> directive
  std::map<std::tuple<FileId, int, std::string>, const Suppression*> cover;
  for (const Suppression& s : directives) {
    if (!s.Active(today)) continue;
    // The offending line, or the line below the directive.
    for (int line : {s.pos.line, s.pos.line + 1})
      for (const auto& rule : s.rules)
        cover.emplace(std::make_tuple(s.pos.file, line, rule.value), &s);
  }
  for (Finding& f : findings) {
    if (f.suppressed || exempt.count(f.rule_id) != 0) continue;
    auto it = cover.find(std::make_tuple(f.pos.file, f.pos.line, f.rule_id));
    if (it == cover.end()) continue;
    f.suppressed = true;
    f.justification = it->second->reason;
  }
}

}  // namespace prowlint
