// SPDX-License-Identifier: Apache-2.0
// See version_findings.h.
#include "rules/support/version_findings.h"

#include <cstdio>
#include <utility>

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

std::string DayText(Day day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
  return buf;
}

std::string SourceText(std::string_view source) {
  std::string out;
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source.compare(i, 3, "TI#") == 0) {
      out += "test-infra #";
      i += 2;
    } else if (source.compare(i, 3, "SP#") == 0) {
      out += "prow #";
      i += 2;
    } else {
      out += source[i];
    }
  }
  return out;
}

bool GoFalse(std::string_view value) {
  // strconv.ParseBool's false spellings.
  return value == "false" || value == "0" || value == "f" || value == "F" || value == "FALSE" ||
         value == "False";
}

}  // namespace prowlint
