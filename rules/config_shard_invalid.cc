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
    for (const ShardProblem& p : analysis.deploy.config.shard_problems) Report(p, sink);
    for (const ShardProblem& p : analysis.deploy.plugins.shard_problems) Report(p, sink);
  }

 private:
  static void Report(const ShardProblem& p, FindingSink& sink) {
    const bool twice = p.kind == ShardProblem::Kind::kSetTwice;
    const bool plugins = p.of == ShardOf::kPluginConfig;
    const std::string main = plugins ? "plugins.yaml" : "config.yaml";
    const std::string refused = plugins ? "Prow refuses the whole plugin config"
                                        : "Prow refuses the whole config";
    const std::string merging =
        plugins ? "approve, bugzilla, external_plugins, label.restricted_labels, lgtm, plugins, "
                  "triggers and welcome"
                : "branch-protection, slack_reporter_configs, tide.merge_method and tide.queries";
    Finding& f = sink.Report(
        p.pos,
        twice ? p.field + " is set again in a supplemental config, after " + main +
                    " or an earlier shard set it; " + refused
              : Quote(p.field) + " cannot be set in a supplemental config (only " + merging +
                    " merge); " + refused,
        twice ? "keep one definition: remove it here or where it was set first"
              : "move it to " + main);
      f.subject = {(twice ? "set twice: " : "not mergeable: ") + p.field, ""};
    if (twice && p.first.Known()) f.related.push_back({p.first, "set first here"});
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigShardInvalid() { return std::make_unique<ConfigShardInvalid>(); }

}  // namespace prowlint::rules
