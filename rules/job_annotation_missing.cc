// SPDX-License-Identifier: Apache-2.0
// Flags central jobs without an annotation key that --required-job-annotations
// (checkconfig's flag) requires: one finding per key, listing every job.
// Why: see rules/job_annotation_missing.md.
#include <algorithm>
#include <string>

#include "lint/base/text.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

class JobAnnotationMissing final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-annotation-missing",
        "A job lacks an annotation that --required-job-annotations requires (checkconfig's "
        "required-job-annotations warning).",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const std::vector<std::string>& required = analysis.run.required_job_annotations;
    if (required.empty()) return;
    JobShares shares(sink);
    for (const Job& job : analysis.deploy.jobs) {
      if (job.in_repo) continue;  // checkconfig judges the static jobs only
      for (const std::string& key : required) {
        const bool has = std::any_of(job.annotation_keys.begin(), job.annotation_keys.end(),
                                     [&](const Located<std::string>& k) { return k.value == key; });
        if (has) continue;
        shares.Report(Severity::kWarning, job.name.pos, job, "annotation " + key,
                      "no annotation " + Quote(key) + ", which --required-job-annotations "
                      "requires",
                      "add " + Quote(key) + " under the job's annotations");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobAnnotationMissing() { return std::make_unique<JobAnnotationMissing>(); }

}  // namespace prowlint::rules
