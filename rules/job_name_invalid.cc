// SPDX-License-Identifier: Apache-2.0
// Flags job names Prow refuses, and names too long for the label that
// carries them. Why: see rules/job_name_invalid.md.
#include <cctype>

#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

bool NameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_';
}

// ^[A-Za-z0-9-._]+$ (validateJobName, pkg/config/config.go).
bool ValidName(const std::string& name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!NameChar(c)) return false;
  return true;
}

// Jenkins: ^[A-Za-z0-9-._]([A-Za-z0-9-._/]*[A-Za-z0-9-_])?$: folders, and no
// trailing '.' or '/'.
bool ValidJenkinsName(const std::string& name) {
  if (name.empty() || !NameChar(name.front())) return false;
  for (char c : name)
    if (!NameChar(c) && c != '/') return false;
  const char last = name.back();
  return name.size() == 1 || (last != '.' && last != '/');
}

class JobNameInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-name-invalid",
        "A job's name holds characters Prow's name check refuses, so Prow refuses the whole "
        "config; names over 63 characters only draw a warning, as in Prow's checkconfig.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ValidationRules rules(analysis.target.version);
    const InEffect jenkins_folders = rules.Get(C::kJenkinsNameRegex);
    for (const Job& job : analysis.deploy.jobs) {
      const std::string& name = job.name.value;
      const bool jenkins = job.agent == "jenkins";
      const bool plain = ValidName(name);
      const bool folders = ValidJenkinsName(name);
      // A tag of the day Jenkins folders were allowed may refuse either way.
      InEffect refused = InEffect::kNo;
      if (!jenkins || jenkins_folders == InEffect::kNo) {
        refused = plain ? InEffect::kNo : InEffect::kYes;
      } else if (jenkins_folders == InEffect::kYes) {
        refused = folders ? InEffect::kNo : InEffect::kYes;
      } else {
        refused = plain == folders ? (plain ? InEffect::kNo : InEffect::kYes) : InEffect::kMaybe;
      }
      if (auto severity = RefusalSeverity(refused, analysis.run)) {
        const bool folder_rule = jenkins && jenkins_folders != InEffect::kNo;
        Finding& f = sink.Report(
            *severity, job.name.pos,
            std::string(JobKindName(job.kind)) + " name " + Quote(name) + " does not match " +
                (folder_rule ? "^[A-Za-z0-9-._]([A-Za-z0-9-._/]*[A-Za-z0-9-_])?$"
                             : "^[A-Za-z0-9-._]+$") +
                "; Prow refuses the whole config" +
                MaybeClause(refused, rules, C::kJenkinsNameRegex),
            "use only letters, digits, '-', '.' and '_'" +
                std::string(jenkins ? " (and '/' for Jenkins folders)" : ""));
        f.job = name;
        f.subject = {"name of job " + name, ""};
        continue;
      }
      // checkconfig's long-job-names warning: Prow truncates the
      // prow.k8s.io/job label to 63 characters; the job still runs.
      if (jenkins || name.size() <= 63) continue;
      const std::string why =
          " over 63 characters; Prow cuts the prow.k8s.io/job label to 63, "
          "so label selectors and dashboards keyed on it see a shortened name";
      Finding& f =
          sink.Report(Severity::kWarning, job.name.pos, "job " + Quote(name) + " has a name" + why,
                      "keep job names to 63 characters where tools select jobs by label");
      ShareCause(f, JobRefOf(job, job.name.pos, job.alias.value), {"long names", ""},
                 {"", "jobs", " have names" + why});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobNameInvalid() { return std::make_unique<JobNameInvalid>(); }

}  // namespace prowlint::rules
