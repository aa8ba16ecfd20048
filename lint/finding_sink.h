// What rules report into. Fills in the rule id (and default severity) so a
// rule cannot mislabel its findings.
#pragma once

#include <string>
#include <vector>

#include "lint/finding.h"
#include "lint/notes.h"

namespace prowlint {

struct RuleInfo;

class FindingSink {
 public:
  FindingSink(const RuleInfo& rule, std::vector<Finding>& findings, Notes& notes);

  /// Reports a finding at the rule's default severity; the returned
  /// reference may be used to add the job and related places.
  Finding& Report(Position pos, std::string message, std::string hint);
  Finding& Report(Severity severity, Position pos, std::string message, std::string hint);
  /// A run-level remark without a position ("no inventory for ..."),
  /// printed once however often it is noted.
  void Note(std::string note);

 private:
  const RuleInfo& rule_;
  std::vector<Finding>& findings_;
  Notes& notes_;
};

}  // namespace prowlint
