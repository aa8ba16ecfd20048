// See validation_report.h.
#include "lint/validation_report.h"

#include <algorithm>

#include "lint/text.h"

namespace prowlint {

std::optional<Severity> RefusalSeverity(InEffect effect) {
  switch (effect) {
    case InEffect::kYes:
      return Severity::kError;
    case InEffect::kMaybe:
      return Severity::kWarning;
    case InEffect::kNo:
      return std::nullopt;
  }
  return std::nullopt;
}

std::string JobsPhrase(const std::vector<const Job*>& jobs) {
  if (jobs.size() == 1) return "job " + Quote(jobs.front()->name.value);
  std::vector<std::string> names;
  for (const Job* j : jobs) names.push_back(j->name.value);
  return std::to_string(jobs.size()) + " jobs (" + SampleNames(names, 3) + ")";
}

std::string MaybeClause(InEffect effect, const ValidationRules& rules, ValidationChange change) {
  if (effect != InEffect::kMaybe) return "";
  return "; " + rules.Name() + " was built the day of " + std::string(ChangeInfo(change).ref) +
         ", so it may not";
}

JobGroup& JobGroups::Add(const std::string& key, Position pos, std::string message,
                         std::string hint, Severity severity, const Job* job) {
  auto [it, fresh] = index_.emplace(key, groups_.size());
  if (fresh) {
    JobGroup g;
    g.pos = pos;
    g.message = std::move(message);
    g.hint = std::move(hint);
    g.severity = severity;
    groups_.push_back(std::move(g));
  }
  JobGroup& g = groups_[it->second];
  if (job && std::find(g.jobs.begin(), g.jobs.end(), job) == g.jobs.end()) g.jobs.push_back(job);
  return g;
}

void JobGroups::Report(FindingSink& sink, bool name_jobs) const {
  for (const JobGroup& g : groups_) {
    std::string message = g.message;
    if (name_jobs && !g.jobs.empty()) message += " (" + JobsPhrase(g.jobs) + ")";
    Finding& f = sink.Report(g.severity, g.pos, message, g.hint);
    if (!g.jobs.empty()) f.job = g.jobs.front()->name.value;
    f.related = g.related;
  }
}

}  // namespace prowlint
