// SPDX-License-Identifier: Apache-2.0
// Flags job labels and annotation keys Prow (and Kubernetes) refuse. Why:
// see rules/label_invalid.md.
#include "lint/base/text.h"
#include "lint/go/kube_names.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

class LabelInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "label-invalid",
        "A job's label key or value, or annotation key, is one Kubernetes refuses or Prow "
        "reserves, so Prow refuses the whole config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ValidationRules rules(analysis.target.version);
    const InEffect annotations = rules.Get(C::kAnnotationKeys);
    const std::string refused = "; Prow refuses the whole config";
    JobShares shares(sink);
    auto add = [&](const std::string& key, Position pos, const std::string& what,
                   const std::string& hint, Severity severity,
                   const Job& job) { shares.Report(severity, pos, job, key, what, hint); };
    for (const Job& job : analysis.deploy.jobs) {
      // validateLabels (pkg/config/config.go): reserved keys, then the key,
      // then the value, as apimachinery validates them.
      for (const Label& l : job.labels) {
        const std::string& key = l.key.value;
        bool reserved = false;
        for (const ReservedName& r : Reserved().labels) reserved = reserved || key == r.name;
        if (reserved) {
          add("reserved\x1f" + key, l.key.pos,
              "label " + Quote(key) + " is reserved: Prow sets it on every job's pod" + refused,
              "remove the label", Severity::kError, job);
          continue;
        }
        if (std::string e = QualifiedNameError(key); !e.empty()) {
          add("key\x1f" + key, l.key.pos, "label key " + Quote(key) + " is invalid: " + e + refused,
              "write the key as [dns-prefix/]name", Severity::kError, job);
          continue;
        }
        if (std::string e = LabelValueError(l.value.value); !e.empty())
          add("value\x1f" + key + "\x1f" + l.value.value, l.value.pos,
              "label " + Quote(key) + " has invalid value " + QuoteClipped(l.value.value) + ": " +
                  e + refused,
              "shorten the value or keep to letters, digits, '-', '_' and '.'", Severity::kError,
              job);
      }
      // validateAnnotation: keys only, since test-infra #19398.
      if (annotations == InEffect::kNo) continue;
      for (const Located<std::string>& key : job.annotation_keys) {
        if (std::string e = QualifiedNameError(key.value); !e.empty())
          add("annotation\x1f" + key.value, key.pos,
              "annotation key " + Quote(key.value) + " is invalid: " + e +
                  (annotations == InEffect::kMaybe
                       ? MaybeClause(annotations, rules, C::kAnnotationKeys)
                       : refused),
              "write the key as [dns-prefix/]name", *RefusalSeverity(annotations, analysis.run),
              job);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewLabelInvalid() { return std::make_unique<LabelInvalid>(); }

}  // namespace prowlint::rules
