// SPDX-License-Identifier: Apache-2.0
// See group_findings.h.
#include "lint/engine/group_findings.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace prowlint {
namespace {

const std::string& PathOf(const SourceSet& sources, const Position& p) {
  static const std::string kNone;
  return p.Known() ? sources.Path(p.file) : kNone;
}

bool PlaceLess(const SourceSet& sources, const Position& a, const Position& b) {
  return std::make_tuple(std::cref(PathOf(sources, a)), a.line, a.column) <
         std::make_tuple(std::cref(PathOf(sources, b)), b.line, b.column);
}

// Everything that must be equal for two shares to be one finding.
using CauseKey = std::tuple<std::string, int, std::string, std::string, std::string, std::string,
                            std::string, std::string, bool, bool, std::string>;

CauseKey KeyOf(const Finding& f) {
  return {f.rule_id,        static_cast<int>(f.severity),
          f.subject.object, f.subject.cluster,
          f.group.before,   f.group.noun,
          f.group.after,    f.hint,
          f.suppressed,     f.external,
          f.justification};
}

}  // namespace

void SortJobs(std::vector<JobRef>& jobs, const SourceSet& sources) {
  auto key = [&](const JobRef& j) {
    return std::make_tuple(std::cref(PathOf(sources, j.pos)), j.pos.line, j.pos.column,
                           std::cref(j.name));
  };
  std::sort(jobs.begin(), jobs.end(),
            [&](const JobRef& a, const JobRef& b) { return key(a) < key(b); });
  jobs.erase(std::unique(jobs.begin(), jobs.end(),
                         [](const JobRef& a, const JobRef& b) {
                           return a.name == b.name && a.pos == b.pos;
                         }),
             jobs.end());
}

void GroupByCause(std::vector<Finding>& findings, const SourceSet& sources) {
  std::vector<Finding> out;
  std::map<CauseKey, std::size_t> index;
  for (Finding& f : findings) {
    if (f.jobs.empty()) {
      out.push_back(std::move(f));
      continue;
    }
    auto [it, fresh] = index.emplace(KeyOf(f), out.size());
    if (fresh) {
      out.push_back(std::move(f));
      continue;
    }
    Finding& g = out[it->second];
    // The earliest share gives the place and the single-job wording.
    if (PlaceLess(sources, f.pos, g.pos)) {
      std::swap(g.pos, f.pos);
      std::swap(g.message, f.message);
      std::swap(g.job, f.job);
    }
    for (JobRef& j : f.jobs) g.jobs.push_back(std::move(j));
    for (Related& r : f.related) {
      auto same = [&](const Related& x) { return x.pos == r.pos && x.message == r.message; };
      if (std::none_of(g.related.begin(), g.related.end(), same)) g.related.push_back(std::move(r));
    }
  }
  for (Finding& g : out) {
    if (g.jobs.empty()) continue;
    g.grouped = true;
    SortJobs(g.jobs, sources);
    if (g.jobs.size() == 1) {
      g.job = g.jobs.front().name;
      continue;
    }
    g.job.clear();
    g.message = g.group.before + std::to_string(g.jobs.size()) + " " + g.group.noun + g.group.after;
  }
  findings = std::move(out);
}

}  // namespace prowlint
