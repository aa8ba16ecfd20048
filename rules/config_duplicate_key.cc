// SPDX-License-Identifier: Apache-2.0
// Flags mapping keys written twice. Prow's decoder silently keeps the later
// value. Why: see rules/config_duplicate_key.md.
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ConfigDuplicateKey final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-duplicate-key",
        "A mapping key is written twice; Prow silently keeps the later value and drops the "
        "earlier one.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const DuplicateKey& d : analysis.deploy.duplicate_keys) {
      Finding& f = sink.Report(d.pos,
                               "key " + Quote(d.key) +
                                   " is written twice in this mapping; Prow "
                                   "uses this value and ignores the one at line " +
                                   std::to_string(d.first.line),
                               "delete or merge one of the two " + Quote(d.key) + " keys");
      f.related.push_back({d.first, "the ignored " + Quote(d.key) + " is here"});
      // The message names a line; the fingerprint must not.
      f.subject = {"key " + d.key + " in " + analysis.deploy.sources.Path(d.pos.file), ""};
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigDuplicateKey() { return std::make_unique<ConfigDuplicateKey>(); }

}  // namespace prowlint::rules
