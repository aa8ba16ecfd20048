// SPDX-License-Identifier: Apache-2.0
// Flags plugins.yaml plugin names the target Prow version does not have.
// Why: see rules/plugin_unknown.md.
#include <map>

#include "lint/base/text.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

// External plugins that live in Prow's repository: listed under plugins:
// they are unknown; they belong under external_plugins:.
bool ExternalInProw(std::string_view name) {
  return name == "cherrypicker" || name == "needs-rebase" || name == "refresh";
}

class PluginUnknown final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "plugin-unknown",
        "plugins.yaml enables a plugin the target Prow version does not have (removed, renamed, "
        "not yet added, or misspelt): its checkconfig fails, and hook either refuses the plugin "
        "config or silently does nothing for it, depending on the version.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const PluginConfig& p = analysis.deploy.plugins;
    if (!p.given) return;
    const auto& version = analysis.target.version;
    const ValidationRules rules(version);
    // One finding per name, listing where it is enabled.
    std::map<std::string, std::vector<const EnabledPlugins*>> where;
    std::map<std::string, Position> first;
    std::vector<std::string> order;
    for (const EnabledPlugins& e : p.plugins) {
      for (const auto& name : e.plugins) {
        const PluginRow* row = FindPlugin(name.value);
        if (row && PluginInEffect(*row, version) != InEffect::kNo) continue;
        if (where[name.value].empty()) {
          order.push_back(name.value);
          first[name.value] = name.pos;
        }
        where[name.value].push_back(&e);
      }
    }
    for (const std::string& name : order) {
      const PluginRow* row = FindPlugin(name);
      std::vector<std::string> targets;
      for (const EnabledPlugins* e : where[name]) targets.push_back(e->target.value);
      std::string why = "is not a plugin of " + rules.Name();
      std::string hint;
      if (row && row->until != 0) {
        why = "was removed in " + std::string(row->ref);
        hint = row->successor.empty() ? "remove it"
                                      : "enable " + Quote(std::string(row->successor)) + " instead";
      } else if (row) {
        why = "was added in " + std::string(row->ref) + ", after " + rules.Name();
        hint = "remove it, or deploy a Prow version that has it";
      } else if (ExternalInProw(name)) {
        why = "is an external plugin, not one built into hook";
        hint = "configure it under external_plugins: with its endpoint";
      } else {
        const std::string guess = ClosestMatch(name, PluginNames(version));
        hint = guess.empty() ? "remove it, or fix its name" : "did you mean " + Quote(guess) + "?";
      }
      sink.Report(first[name],
                  "plugin " + Quote(name) + " (enabled for " + SampleNames(targets, 3) + ") " +
                      why + "; " + Consequence(rules),
                  hint)
          .subject = {"plugin " + name, ""};
    }
  }

 private:
  // Who refuses an unknown plugin name, per version.
  static std::string Consequence(const ValidationRules& rules) {
    if (rules.Surely(C::kUnknownPluginsEveryComponent))
      return "hook and every component that reads plugins.yaml refuse the plugin config";
    if (rules.Surely(C::kUnknownPluginsHook))
      return "hook and checkconfig refuse the plugin config";
    if (rules.Maybe(C::kUnknownPluginsHook))
      return "checkconfig fails, and hook may refuse the plugin config (" + rules.Name() +
             " was built the day of " + std::string(ChangeInfo(C::kUnknownPluginsHook).ref) + ")";
    return "checkconfig fails, and hook silently does nothing for it";
  }
};

}  // namespace

std::unique_ptr<Rule> NewPluginUnknown() { return std::make_unique<PluginUnknown>(); }

}  // namespace prowlint::rules
