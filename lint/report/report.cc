// SPDX-License-Identifier: Apache-2.0
// See report.h.
#include "lint/report/report.h"

#include <algorithm>

namespace prowlint {
namespace {

Summary Count(const Deploy& deploy, const std::vector<Finding>& findings) {
  Summary s;
  s.files = deploy.files_read;
  s.jobs = deploy.jobs.size();
  for (const Job& j : deploy.jobs) {
    if (j.kind == JobKind::kPresubmit) ++s.presubmits;
    if (j.kind == JobKind::kPostsubmit) ++s.postsubmits;
    if (j.kind == JobKind::kPeriodic) ++s.periodics;
  }
  for (const Finding& f : findings) {
    if (f.suppressed) {
      ++s.suppressed;
      continue;
    }
    if (f.severity == Severity::kError) ++s.errors;
    if (f.severity == Severity::kWarning) ++s.warnings;
    if (f.severity == Severity::kInfo) ++s.infos;
  }
  return s;
}

}  // namespace

Report MakeReport(const Deploy& deploy, LintResult result, const Notes& notes,
                  std::vector<RuleMeta> rules) {
  Report r;
  r.sources = &deploy.sources;
  r.summary = Count(deploy, result.findings);
  r.summary.baselined = result.baseline.baselined;
  r.findings = std::move(result.findings);
  r.notes = notes.items();
  r.baseline = std::move(result.baseline);
  for (RuleMeta& rule : rules)
    if (auto it = result.unjudged.find(rule.id); it != result.unjudged.end())
      rule.skipped = UnjudgedReason(it->second);
  r.rules = std::move(rules);
  return r;
}

Report MakeErrorReport(const Deploy& deploy, std::vector<InputError> errors) {
  Report r;
  r.sources = &deploy.sources;
  std::stable_sort(errors.begin(), errors.end(),
                   [](const InputError& a, const InputError& b) { return a.pos < b.pos; });
  r.input_errors = std::move(errors);
  r.summary = Count(deploy, {});
  r.summary.errors = r.input_errors.size();
  return r;
}

void AddComparison(Report& report, ExistingFindings how, std::size_t left_out,
                   const std::vector<Finding>& fixed, const SourceSet& base_sources) {
  Summary& s = report.summary;
  s.existing_findings = how;
  s.existing = left_out;
  for (const Finding& f : report.findings)
    if (f.change == Finding::Change::kExisting) ++s.existing;
  for (const Finding& f : fixed) {
    std::string where;
    if (f.pos.Known()) {
      where = base_sources.Path(f.pos.file);
      if (f.pos.line > 0) where += ":" + std::to_string(f.pos.line);
    }
    report.fixed.push_back({f.rule_id, f.severity, f.message, f.subject, std::move(where)});
  }
  s.fixed = report.fixed.size();
}

std::string RuleDocUri(const Report& report, const std::string& id) {
  if (report.tool_uri.empty()) return "";
  std::string stem = id;
  for (char& c : stem)
    if (c == '-') c = '_';
  const std::string ref = report.tool_version.empty() ? "main" : "v" + report.tool_version;
  return report.tool_uri + "/blob/" + ref + "/rules/" + stem + ".md";
}

}  // namespace prowlint
