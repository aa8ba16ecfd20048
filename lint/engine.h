// Runs rules over a deploy: collects, de-duplicates and sorts findings.
#pragma once

#include <string>
#include <vector>

#include "lint/deploy.h"
#include "lint/finding.h"
#include "lint/rule.h"

namespace prowlint {

struct LintResult {
  std::vector<Finding> findings;  // sorted by FindingLess, no duplicates
  std::vector<std::string> notes;
};

/// Runs each rule once. A rule that throws does not crash the run: it becomes
/// an error finding with rule id "internal-error" naming the rule.
LintResult RunRules(const Deploy& deploy, const std::vector<const Rule*>& rules);

}  // namespace prowlint
