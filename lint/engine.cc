// See engine.h.
#include "lint/engine.h"

#include "lint/gitignore.h"
#include "lint/suppression.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <tuple>

namespace prowlint {
namespace {

const RuleInfo kInternalError{"internal-error", "prowlint failed inside a rule",
                              Severity::kError};

}  // namespace

LintResult RunRules(const Analysis& analysis, const std::vector<const Rule*>& rules,
                    const EngineOptions& options, Notes& notes) {
  const Deploy& deploy = analysis.deploy;
  LintResult result;
  for (const Rule* rule : rules) {
    FindingSink sink(rule->Info(), result.findings, notes);
    try {
      rule->Check(analysis, sink);
    } catch (const std::exception& e) {
      result.internal_error = true;
      FindingSink internal(kInternalError, result.findings, notes);
      internal.Report(Position{}, "rule " + std::string(rule->Info().id) + " failed: " + e.what(),
                      "report this as a prowlint bug with the inputs that cause it");
    }
  }
  auto& f = result.findings;
  for (Finding& finding : f) {
    if (auto it = options.severity.find(finding.rule_id); it != options.severity.end())
      finding.severity = it->second;
    if (!finding.pos.Known()) continue;
    // "./config/jobs/x.yaml" and "config/jobs/x.yaml" are the same file.
    const std::string path =
        std::filesystem::path(deploy.sources.Path(finding.pos.file)).lexically_normal().string();
    for (const std::string& glob : options.ignore_paths) {
      if (!GlobMatch(glob, path)) continue;
      finding.suppressed = true;
      finding.external = true;
      finding.justification = "ignore-paths " + glob + " in .prowlint.yaml";
      break;
    }
  }
  if (options.apply_suppressions) ApplySuppressions(deploy.suppressions, analysis.run.today, f);
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
