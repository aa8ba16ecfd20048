// SPDX-License-Identifier: Apache-2.0
// Flags job-config files that share a file name. Why: see
// rules/job_config_basename_duplicate.md.
#include <filesystem>
#include <map>

#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class JobConfigBasenameDuplicate final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-config-basename-duplicate",
        "Two job-config files share a file name, so Prow refuses the whole config: "
        "config-updater keys the job ConfigMap by file name.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    // Prow's ReadJobConfig (pkg/config/config.go) checks the files of a
    // walked directory; a --job-config-path that is itself a file is exempt.
    std::map<std::string, std::vector<const JobFile*>> by_name;
    std::vector<std::string> order;
    for (const JobFile& f : deploy.job_files) {
      if (!f.in_directory) continue;
      const std::string name =
          std::filesystem::path(deploy.sources.Path(f.file)).filename().string();
      auto& files = by_name[name];
      if (files.empty()) order.push_back(name);
      files.push_back(&f);
    }
    for (const std::string& name : order) {
      const auto& files = by_name[name];
      if (files.size() < 2) continue;
      Finding& f = sink.Report(
          Position{files[1]->file, 1, 1},
          Count(files.size(), "job-config file is", "job-config files are") + " named " +
              Quote(name) + " (first " + deploy.sources.Path(files[0]->file) +
              "); Prow refuses a job-config tree with two files of one name",
          "rename all but one: config-updater stores every job file in one ConfigMap under its "
          "file name, so one would overwrite the other");
      f.subject = {"job-config file name " + name, ""};
      for (std::size_t i = 0; i < files.size(); ++i)
        if (i != 1)
          f.related.push_back({Position{files[i]->file, 1, 1}, "also named " + Quote(name)});
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobConfigBasenameDuplicate() {
  return std::make_unique<JobConfigBasenameDuplicate>();
}

}  // namespace prowlint::rules
