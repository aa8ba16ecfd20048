// SPDX-License-Identifier: Apache-2.0
// See version_findings.h.
#include "rules/support/version_findings.h"

#include <cstdio>
#include <utility>

#include "lint/base/calendar.h"
#include "rules/support/anchor.h"

namespace prowlint {

Position VersionAnchor(const Analysis& analysis, Position job, Position config) {
  AnchorChoices where;
  where.version_dependent = true;
  where.job = job;
  where.config = config;
  const Credentials& creds = analysis.deploy.credentials;
  where.credentials = creds.kubeconfig_given ? creds.kubeconfig_pos : creds.build_cluster_pos;
  return ChooseAnchor(analysis, where);
}

Position FirstJobOn(const Analysis& analysis, std::string_view alias) {
  const SourceSet& sources = analysis.deploy.sources;
  const Job* first = nullptr;
  for (const Job& j : analysis.deploy.jobs) {
    if (!alias.empty() && (!j.UsesClusterAlias() || j.alias.value != alias)) continue;
    if (!first || std::make_pair(sources.Path(j.alias.pos.file), j.alias.pos.line) <
                      std::make_pair(sources.Path(first->alias.pos.file), first->alias.pos.line))
      first = &j;
  }
  return first ? first->alias.pos : Position{};
}

void AddCredentialPlaces(const Analysis& analysis, Finding& f) {
  const Component* s = analysis.target.scheduler;
  if (!s) return;
  for (const CredentialRef& r : s->credentials)
    f.related.push_back({r.path.pos, s->name + " reads its build clusters from " + r.path.value +
                                         " (" + CredentialFlagName(r.flag) + ")"});
}

std::string ComponentWho(const Component& c) {
  if (c.workload.value == c.name) return c.name;
  return c.name + " (" + WorkloadKindName(c.workload_kind) + " \"" + c.workload.value + "\")";
}

std::string ComponentSubject(const Component& c) { return "component " + ComponentWho(c); }

std::optional<Day> RunDay(const std::string& iso) {
  if (!DayNumber(iso)) return std::nullopt;
  return std::stoi(iso.substr(0, 4)) * 10000 + std::stoi(iso.substr(5, 2)) * 100 +
         std::stoi(iso.substr(8, 2));
}

}  // namespace prowlint
