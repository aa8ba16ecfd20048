// SPDX-License-Identifier: Apache-2.0
// See engine.h.
#include "lint/engine/engine.h"

#include "lint/base/gitignore.h"
#include "lint/engine/group_findings.h"
#include "lint/engine/suppression.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <set>
#include <tuple>

namespace prowlint {
namespace {

const RuleInfo kInternalError{"internal-error", "prowlint failed inside a rule",
                              Severity::kError};
constexpr const char* kReportBug = "report this as a prowlint bug with the inputs that cause it";

// A rule's own bug, as a finding about that rule.
void ReportInternalError(const Rule& rule, std::string message, LintResult& result, Notes& notes) {
  result.internal_error = true;
  FindingSink internal(kInternalError, result.findings, notes);
  internal.Report(Position{}, std::move(message), kReportBug).subject = {
      "rule " + std::string(rule.Info().id), ""};
}

// A finding without a subject cannot be matched across revisions or
// baselines: its rule is at fault, and it is reported as such rather than
// given an identity made up from its wording. Checks findings[first...].
// (A Prow tag in a subject is a rule bug too, but a job or file name may
// hold one: the rule fixtures' test catches that, not the user's run.)
void RejectMissingSubjects(const Rule& rule, std::size_t first, LintResult& result, Notes& notes) {
  std::vector<std::string> rejected;
  auto& f = result.findings;
  for (std::size_t i = first; i < f.size();) {
    if (!f[i].subject.object.empty()) {
      ++i;
      continue;
    }
    rejected.push_back(f[i].message);
    f.erase(f.begin() + static_cast<std::ptrdiff_t>(i));
  }
  for (const std::string& r : rejected)
    ReportInternalError(
        rule, "rule " + std::string(rule.Info().id) + " reported a finding without a subject: " + r,
        result, notes);
}

void IgnorePaths(const SourceSet& sources, const std::vector<std::string>& globs,
                 std::vector<Finding>& findings) {
  for (Finding& finding : findings) {
    if (!finding.pos.Known() || finding.suppressed) continue;
    // "./config/jobs/x.yaml" and "config/jobs/x.yaml" are the same file.
    const std::string path =
        std::filesystem::path(sources.Path(finding.pos.file)).lexically_normal().string();
    for (const std::string& glob : globs) {
      if (!GlobMatch(glob, path)) continue;
      finding.suppressed = true;
      finding.external = true;
      finding.justification = "ignore-paths " + glob + " in .prowlint.yaml";
      break;
    }
  }
}

}  // namespace

LintResult RunRules(const Analysis& analysis, const std::vector<const Rule*>& rules,
                    const EngineOptions& options, Notes& notes) {
  const Deploy& deploy = analysis.deploy;
  LintResult result;
  std::vector<std::string> ran;
  for (const Rule* rule : rules) {
    FindingSink sink(rule->Info(), result.findings, notes);
    ran.emplace_back(rule->Info().id);
    const std::size_t first = result.findings.size();
    try {
      rule->Check(analysis, sink);
      RejectMissingSubjects(*rule, first, result, notes);
    } catch (const std::exception& e) {
      ReportInternalError(*rule, "rule " + std::string(rule->Info().id) + " failed: " + e.what(),
                          result, notes);
    }
    if (sink.unjudged()) result.unjudged[std::string(rule->Info().id)] = *sink.unjudged();
  }
  auto& f = result.findings;
  for (Finding& finding : f)
    if (auto it = options.severity.find(finding.rule_id); it != options.severity.end())
      finding.severity = it->second;
  // Each job's share of a cause is judged on its own place and name.
  IgnorePaths(deploy.sources, options.ignore_paths, f);
  for (const AllowEntry* unused : ApplyAllowList(options.allow, f))
    notes.Add("the allow entry at " + unused->where + " matches no finding");
  if (options.apply_suppressions) {
    std::set<std::string> exempt;
    for (const Rule* rule : rules)
      if (rule->Info().Has(RuleTag::kAboutSuppressions)) exempt.emplace(rule->Info().id);
    ApplySuppressions(deploy.suppressions, analysis.run.today, exempt, f);
  }
  if (!options.per_job) GroupByCause(f, deploy.sources);
  if (options.baseline) result.baseline = ApplyBaseline(*options.baseline, ran, f);

  auto path = [&](const Finding& x) -> const std::string& {
    static const std::string kNone;
    return x.pos.Known() ? deploy.sources.Path(x.pos.file) : kNone;
  };
  std::stable_sort(f.begin(), f.end(), [&](const Finding& a, const Finding& b) {
    return FindingLess(path(a), a, path(b), b);
  });
  f.erase(std::unique(f.begin(), f.end(),
                      [](const Finding& a, const Finding& b) {
                        return std::tie(a.rule_id, a.pos, a.message, a.severity) ==
                               std::tie(b.rule_id, b.pos, b.message, b.severity);
                      }),
          f.end());
  return result;
}

}  // namespace prowlint
