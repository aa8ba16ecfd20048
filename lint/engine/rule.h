// SPDX-License-Identifier: Apache-2.0
// The rule interface. A rule is a check over the whole deploy.
#pragma once

#include <string_view>

#include "lint/engine/analysis.h"
#include "lint/model/finding.h"
#include "lint/engine/finding_sink.h"

namespace prowlint {

struct RuleInfo {
  std::string_view id;       // kebab-case, stable forever
  std::string_view summary;  // the first paragraph of rules/<id>.md
  Severity default_severity;
};

// Rules are independent: they do not see each other's findings and may run
// in any order or in parallel.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& Info() const = 0;
  /// Reports problems in the analysed deploy to `sink`. Does not throw,
  /// print, read files or keep state between calls.
  virtual void Check(const Analysis& analysis, FindingSink& sink) const = 0;
};

}  // namespace prowlint
