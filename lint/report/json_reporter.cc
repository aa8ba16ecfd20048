// SPDX-License-Identifier: Apache-2.0
// See json_reporter.h. nlohmann::json does all escaping.
#include "lint/report/json_reporter.h"

#include <nlohmann/json.hpp>

namespace prowlint {
namespace {

using nlohmann::json;

json Where(const SourceSet& sources, const Position& pos) {
  json j = json::object();
  if (!pos.Known()) return j;
  j["file"] = sources.Path(pos.file);
  if (pos.line > 0) {  // line 0 is "the whole file": no line to give
    j["line"] = pos.line;
    j["column"] = pos.column;
  }
  return j;
}

// {file, line, column, message}: a related place or an input error.
json Placed(const SourceSet& sources, const Position& pos, const std::string& message) {
  json j = Where(sources, pos);
  j["message"] = message;
  return j;
}

// {object, cluster}: what a finding is about, its identity with the rule
// (lint/engine/fingerprint.h).
json SubjectJson(const Subject& s) {
  json j = {{"object", s.object}};
  if (!s.cluster.empty()) j["cluster"] = s.cluster;
  return j;
}

}  // namespace

namespace {

json FindingJson(const Finding& f, const SourceSet& sources) {
  json j = {{"rule", f.rule_id}, {"severity", SeverityName(f.severity)}};
  j.update(Where(sources, f.pos));
  j["message"] = f.message;
  j["hint"] = f.hint;
  j["subject"] = SubjectJson(f.subject);
  if (!f.job.empty()) j["job"] = f.job;
  if (!f.jobs.empty()) {
    json jobs = json::array();
    for (const JobRef& job : f.jobs) {
      json entry = {{"name", job.name}};
      entry.update(Where(sources, job.pos));
      jobs.push_back(entry);
    }
    j["jobs"] = jobs;
  }
  if (f.suppressed)
    j["suppressed"] = {{"justification", f.justification}, {"external", f.external}};
  if (f.change != Finding::Change::kNotCompared)
    j["change"] = f.change == Finding::Change::kNew ? "new" : "existing";
  // Brought again by a restart the change causes (the base had it too).
  if (!f.restarted.empty()) j["restarted"] = f.restarted;
  if (!f.related.empty()) {
    json related = json::array();
    for (const Related& r : f.related) related.push_back(Placed(sources, r.pos, r.message));
    j["related"] = related;
  }
  return j;
}

json SummaryJson(const Summary& s) {
  return {{"files", s.files},           {"jobs", s.jobs},
          {"presubmits", s.presubmits}, {"postsubmits", s.postsubmits},
          {"periodics", s.periodics},   {"errors", s.errors},
          {"warnings", s.warnings},     {"infos", s.infos},
          {"suppressed", s.suppressed}, {"baselined", s.baselined},
          {"existing", s.existing},     {"fixed", s.fixed}};
}

json FixedJson(const std::vector<FixedFinding>& fixed_findings) {
  json fixed = json::array();
  for (const FixedFinding& f : fixed_findings)
    fixed.push_back({{"rule", f.rule},
                     {"severity", SeverityName(f.severity)},
                     {"message", f.message},
                     {"subject", SubjectJson(f.subject)},
                     {"base_location", f.base_location}});
  return fixed;
}

json BaselineJson(const BaselineOutcome& baseline, const SourceSet& sources) {
  json stale = json::array();
  for (const BaselineEntry& e : baseline.stale) {
    json entry = Where(sources, e.pos);
    entry["rule"] = e.fingerprint.rule;
    if (!e.fingerprint.job.empty()) entry["job"] = e.fingerprint.job;
    entry["object"] = e.fingerprint.object;
    if (!e.fingerprint.cluster.empty()) entry["cluster"] = e.fingerprint.cluster;
    stale.push_back(entry);
  }
  return {{"file", baseline.path}, {"baselined", baseline.baselined}, {"stale", stale}};
}

}  // namespace

void WriteJson(const Report& report, std::ostream& out) {
  const SourceSet& sources = *report.sources;
  json findings = json::array();
  for (const Finding& f : report.findings) findings.push_back(FindingJson(f, sources));
  json doc = {{"findings", findings}, {"summary", SummaryJson(report.summary)}};
  if (report.summary.existing_findings != ExistingFindings::kNotCompared)
    doc["fixed"] = FixedJson(report.fixed);
  doc["notes"] = report.notes;
  if (report.baseline.applied) doc["baseline"] = BaselineJson(report.baseline, sources);
  if (!report.input_errors.empty()) {
    json errors = json::array();
    for (const InputError& e : report.input_errors)
      errors.push_back(Placed(sources, e.pos, e.message));
    doc["input_errors"] = errors;
  }
  // Names come from input files: never let a stray byte stop the report.
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace prowlint
