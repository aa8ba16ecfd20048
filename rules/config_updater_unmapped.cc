// SPDX-License-Identifier: Apache-2.0
// Flags job-config files config-updater never copies into a ConfigMap, or
// copies by whichever of two maps comes first. Why: see
// rules/config_updater_unmapped.md.
#include <map>

#include "lint/base/text.h"
#include "rules/registry.h"
#include "rules/support/config_updater.h"

namespace prowlint::rules {
namespace {

class ConfigUpdaterUnmapped final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-updater-unmapped",
        "A job-config file matches no config_updater map, so Prow never sees changes to it, or "
        "matches two, so each merge updates a ConfigMap chosen at random.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    if (!deploy.plugins.given) return;
    bool enabled = false;
    for (const EnabledPlugins& e : deploy.plugins.plugins)
      for (const auto& n : e.plugins) enabled = enabled || n.value == "config-updater";
    if (!enabled) {
      sink.Note("config-updater is not enabled in plugins.yaml: its maps were not judged");
      return;
    }
    const ConfigUpdaterView view = ViewConfigUpdater(deploy);
    if (!view.judged) {
      sink.Note("config_updater maps were not judged: " + view.why_not);
      return;
    }
    std::vector<const UpdatedFile*> unmapped;
    std::map<std::pair<const ConfigUpdaterMap*, const ConfigUpdaterMap*>,
             std::vector<const UpdatedFile*>>
        doubled;
    for (const UpdatedFile& u : view.files) {
      if (u.maps.empty()) unmapped.push_back(&u);
      if (u.maps.size() > 1) doubled[{u.maps[0], u.maps[1]}].push_back(&u);
    }
    auto files = [&](const std::vector<const UpdatedFile*>& list) {
      std::vector<std::string> paths;
      for (const UpdatedFile* u : list) paths.push_back(u->path);
      return list.size() == 1 ? "job-config file " + Quote(paths.front())
                              : std::to_string(list.size()) + " job-config files (" +
                                    SampleNames(paths, 3) + ")";
    };
    if (!unmapped.empty())
      sink.Report(Position{unmapped.front()->file->file, 1, 1},
                  files(unmapped) + " match" + (unmapped.size() == 1 ? "es" : "") +
                      " no config_updater map; config-updater never copies " +
                      (unmapped.size() == 1 ? "it" : "them") +
                      " to the cluster, so Prow keeps running the old jobs",
                  "widen a map's pattern (e.g. config/jobs/**/*.{yaml,yml}) or add a map")
          .subject = {"job-config files outside every config_updater map", ""};
    for (const auto& [pair, list] : doubled) {
      Finding& f = sink.Report(
          pair.second->pattern.pos,
          files(list) + " match both config_updater maps " + Quote(pair.first->pattern.value) +
              " and " + Quote(pair.second->pattern.value) +
              "; config-updater takes whichever Go's map order gives first, so each merge may "
              "update a different ConfigMap",
          "narrow the patterns so that each file matches one map");
      f.subject = {"job-config files in config_updater maps " + pair.first->pattern.value +
                       " and " + pair.second->pattern.value,
                   ""};
      f.related.push_back({pair.first->pattern.pos, "the other map is here"});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigUpdaterUnmapped() {
  return std::make_unique<ConfigUpdaterUnmapped>();
}

}  // namespace prowlint::rules
