// SPDX-License-Identifier: Apache-2.0
// Flags inputs that yield nothing Prow would use: a --job-config-path
// without a job, a config.yaml without a single Prow config key. Such a run
// checks nothing there and would otherwise pass in silence.
// Why: see rules/input_empty.md.
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class InputEmpty final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "input-empty",
        "An input yields nothing Prow would use: a job-config path without a job, or a "
        "config.yaml without a Prow config key, so nothing there was checked.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    for (const JobConfigRoot& root : deploy.job_config_roots) {
      if (root.jobs > 0) continue;
      Finding& f = sink.Report(
          root.path.pos, "--job-config-path " + Quote(root.path.value) + " yields no job",
          "point --job-config-path at the files or directory that hold presubmits:, "
          "postsubmits: or periodics:");
      f.subject = {"job-config-path " + root.path.value, ""};
    }
    const ProwConfig& config = deploy.config;
    if (config.given && config.prow_keys == 0) {
      const std::string& path = deploy.sources.Path(config.file.file);
      Finding& f =
          sink.Report(config.file, "--config-path " + Quote(path) + " holds no Prow config key",
                      "point --config-path at Prow's config.yaml (the file with plank:, tide:, "
                      "pod_namespace: and the like)");
      f.subject = {"config-path " + path, ""};
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewInputEmpty() { return std::make_unique<InputEmpty>(); }

}  // namespace prowlint::rules
