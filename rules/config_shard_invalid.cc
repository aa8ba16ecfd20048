// SPDX-License-Identifier: Apache-2.0
// Flags what a supplemental Prow config (--supplemental-prow-config-dir) sets
// that Prow cannot merge into config.yaml: a field shards may not set, or a
// key or policy already set elsewhere. Prow then refuses the whole config.
// Why: see rules/config_shard_invalid.md.
#include <string>

#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class ConfigShardInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-shard-invalid",
        "A supplemental Prow config sets a field shards may not set, or one the main config "
        "or another shard already sets, so Prow refuses the whole config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const ShardProblem& p : analysis.deploy.config.shard_problems) {
      const bool twice = p.kind == ShardProblem::Kind::kSetTwice;
      Finding& f = sink.Report(
          p.pos,
          twice ? p.field + " is set again in a supplemental config, after config.yaml or an "
                            "earlier shard set it; Prow refuses the whole config"
                : Quote(p.field) + " cannot be set in a supplemental config (only "
                                   "branch-protection, slack_reporter_configs, tide.merge_method "
                                   "and tide.queries merge); Prow refuses the whole config",
          twice ? "keep one definition: remove it here or where it was set first"
                : "move it to config.yaml");
      f.subject = {(twice ? "set twice: " : "not mergeable: ") + p.field, ""};
      if (twice && p.first.Known()) f.related.push_back({p.first, "set first here"});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigShardInvalid() { return std::make_unique<ConfigShardInvalid>(); }

}  // namespace prowlint::rules
