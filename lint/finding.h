// What rules report. Sorted and rendered by the engine and reporters.
#pragma once

#include <string>
#include <vector>

#include "lint/position.h"

namespace prowlint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

/// "info", "warning", "error".
const char* SeverityName(Severity s);

/// A second place a finding involves: the preset that brought a secret in,
/// the credential that defines an alias.
struct Related {
  Position pos;
  std::string message;
};

struct Finding {
  std::string rule_id;  // stamped by FindingSink, never typed by a rule
  Severity severity = Severity::kError;
  Position pos;
  std::string message;  // one line, lower-case start, no trailing period
  std::string hint;     // one imperative sentence: what to change
  std::string job;      // the job it is about, if any
  std::vector<Related> related;
  /// Set by the engine when an inline `# prowlint:ignore=` directive or a
  /// `.prowlint.yaml` path ignore covers the finding: it is counted and listed
  /// as suppressed (JSON, SARIF) but does not fail the run.
  bool suppressed = false;
  bool external = false;      // by .prowlint.yaml rather than in the source
  std::string justification;  // the directive's reason
};

/// Orders by file path, line, column, rule id, then message: deterministic
/// output, the same whatever order the files were loaded in.
/// `path_a`/`path_b` are the paths of a.pos.file and b.pos.file.
bool FindingLess(const std::string& path_a, const Finding& a, const std::string& path_b,
                 const Finding& b);

}  // namespace prowlint
