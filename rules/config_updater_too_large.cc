// SPDX-License-Identifier: Apache-2.0
// Flags ConfigMaps config-updater would fill past Kubernetes' 1 MiB limit
// with job configs. Why: see rules/config_updater_too_large.md.
#include <map>

#include "lint/base/text.h"
#include "lint/prow/validation_table.h"
#include "rules/registry.h"
#include "rules/support/config_updater.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

// Kubernetes refuses a ConfigMap whose data and binaryData values exceed
// this many bytes (keys not counted).
constexpr std::size_t kLimit = 1048576;

std::string MiB(std::size_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f MiB", static_cast<double>(bytes) / 1048576.0);
  return buffer;
}

class ConfigUpdaterTooLarge final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-updater-too-large",
        "The job configs config_updater puts into one ConfigMap exceed Kubernetes' 1 MiB limit "
        "(compressed size where it gzips), so the update fails and the cluster keeps stale job "
        "configs.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const ConfigUpdaterView view = ViewConfigUpdater(deploy);
    if (!view.judged) return;  // config-updater-unmapped says why
    const ValidationRules rules(analysis.target.version);
    const PluginConfig& plugins = deploy.plugins;
    // Per map and target: key -> size (a later file of the same key replaces it).
    struct Fill {
      std::map<std::string, std::size_t> keys;
      bool gzip = false;
    };
    std::map<const ConfigUpdaterMap*, std::map<std::string, Fill>> fills;
    for (const UpdatedFile& u : view.files) {
      for (const ConfigUpdaterMap* m : u.maps) {
        const bool gzip = m->gzip ? m->gzip->value : plugins.gzip && plugins.gzip->value;
        const std::size_t size = gzip && u.file->gzip_bytes ? *u.file->gzip_bytes : u.file->bytes;
        for (const ConfigMapTarget& t : Targets(*m, plugins)) {
          Fill& fill = fills[m][t.cluster + "\x1f" + t.ns];
          fill.gzip = fill.gzip || gzip;
          fill.keys[ConfigMapKey(*m, u.path)] = size;
        }
      }
    }
    // config-updater also writes the merge commit's SHA under VERSION.
    const std::size_t version_key = rules.Maybe(C::kConfigUpdaterVersionKey) ? 40 : 0;
    for (const ConfigUpdaterMap& m : plugins.maps) {
      auto it = fills.find(&m);
      if (it == fills.end()) continue;
      for (const ConfigMapTarget& t : Targets(m, plugins)) {
        const Fill& fill = it->second[t.cluster + "\x1f" + t.ns];
        std::size_t total = version_key;
        for (const auto& [key, size] : fill.keys) total += size;
        // Partitions spread keys by hash: some partition holds at least the
        // mean, which is all prowlint can say without hashing.
        const std::size_t per = t.partitions > 1 ? total / t.partitions : total;
        if (per <= kLimit) continue;
        sink.Report(
                m.pattern.pos,
                "ConfigMap " + Quote(t.name) + " in cluster " + Quote(t.cluster) + ", namespace " +
                    (t.ns.empty() ? std::string("prowjob_namespace") : Quote(t.ns)) +
                    " would hold " + MiB(per) +
                    (t.partitions > 1 ? " per partition at least" : "") + " of " +
                    Count(fill.keys.size(), "job-config file", "job-config files") +
                    (fill.gzip ? " (gzipped)" : "") +
                    ", over Kubernetes' 1 MiB limit; config-updater's update fails and the cluster "
                    "keeps stale job configs",
                fill.gzip
                    ? "split the map with partitioned_names, or move jobs to another ConfigMap"
                    : "set gzip: true on the map, or split it with partitioned_names")
            .subject = {"ConfigMap " + (t.ns.empty() ? std::string("prowjob_namespace") : t.ns) +
                            "/" + t.name + " in cluster " + t.cluster,
                        ""};
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigUpdaterTooLarge() {
  return std::make_unique<ConfigUpdaterTooLarge>();
}

}  // namespace prowlint::rules
