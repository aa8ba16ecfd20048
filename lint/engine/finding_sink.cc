// SPDX-License-Identifier: Apache-2.0
// See finding_sink.h and finding.h.
#include "lint/engine/finding_sink.h"

#include <algorithm>
#include <tuple>

#include "lint/base/text.h"
#include "lint/engine/rule.h"

namespace prowlint {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

bool FindingLess(const std::string& path_a, const Finding& a, const std::string& path_b,
                 const Finding& b) {
  return std::tie(path_a, a.pos.line, a.pos.column, a.rule_id, a.message) <
         std::tie(path_b, b.pos.line, b.pos.column, b.rule_id, b.message);
}

FindingSink::FindingSink(const RuleInfo& rule, std::vector<Finding>& findings, Notes& notes)
    : rule_(rule), findings_(findings), notes_(notes) {}

Finding& FindingSink::Report(Position pos, std::string message, std::string hint) {
  return Report(rule_.default_severity, pos, std::move(message), std::move(hint));
}

Finding& FindingSink::Report(Severity severity, Position pos, std::string message,
                             std::string hint) {
  Finding f;
  f.rule_id = std::string(rule_.id);
  f.severity = severity;
  f.pos = pos;
  f.message = std::move(message);
  f.hint = std::move(hint);
  findings_.push_back(std::move(f));
  return findings_.back();
}

void FindingSink::Note(std::string note) { notes_.Add(std::move(note)); }

const char* UnjudgedReason(Unjudged why) {
  switch (why) {
    case Unjudged::kNoCredentials:
      return "no --kubeconfig or --build-cluster given: cluster aliases were not checked";
    case Unjudged::kNoPolicy:
      return "no deployment policy for it in .prowlint.yaml: nothing to check";
    case Unjudged::kNoInventory:
      return "no --inventory given: what exists in the clusters was not checked";
  }
  return "";
}

void ShareCause(Finding& f, JobRef job, Subject subject, GroupWording group) {
  f.job = job.name;
  f.jobs = {std::move(job)};
  f.subject = std::move(subject);
  f.group = std::move(group);
}

}  // namespace prowlint
