// SPDX-License-Identifier: Apache-2.0
// Flags in-repo jobs (.prow.yaml, .prow/) on a cluster that
// in_repo_config.allowed_clusters does not allow for their repository: one
// finding per repository and cluster, listing every job.
// Why: see rules/in_repo_cluster_not_allowed.md.
#include <algorithm>
#include <string>
#include <vector>

#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class InRepoClusterNotAllowed final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "in-repo-cluster-not-allowed",
        "An in-repo job runs on a cluster that in_repo_config.allowed_clusters does not allow "
        "for its repository, so Prow refuses the repository's in-repo config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const auto& allowed = deploy.config.components.in_repo_allowed_clusters;
    for (const Job& job : deploy.jobs) {
      if (!job.in_repo) continue;
      const std::string& cluster = job.alias.value;
      if (Allows(allowed, job.repo, cluster)) continue;
      const std::vector<std::string> keys = KeysFor(job.repo);
      Finding& f = sink.Report(job.alias.pos.Known() ? job.alias.pos : job.name.pos,
                               "in-repo job " + Quote(job.name.value) + " of " + job.repo +
                                   " runs on cluster " + Quote(cluster) +
                                   ", which in_repo_config.allowed_clusters does not allow for " +
                                   job.repo + "; Prow refuses the repository's in-repo config",
                               "add " + Quote(cluster) + " to in_repo_config.allowed_clusters[" +
                                   Quote(job.repo) + "] (or under " + Quote(keys[1]) +
                                   " or \"*\") in config.yaml, or move the job to "
                                   "an allowed cluster");
      ShareCause(f, JobRefOf(job, f.pos, cluster),
                 {"cluster " + cluster + " for in-repo jobs of " + job.repo, ""},
                 {"", "in-repo jobs",
                  " of " + job.repo + " run on cluster " + Quote(cluster) +
                      ", which in_repo_config.allowed_clusters does not allow "
                      "there; Prow refuses the repository's in-repo config"});
      if (deploy.config.file.Known())
        f.related.push_back({deploy.config.file, "in_repo_config is read from here"});
    }
  }

 private:
  // Prow's keysForIdentifier (pkg/config/config.go): the repository, its org
  // and "*"; a Gerrit identifier (https://host/repo) also without the scheme,
  // and its host both ways.
  static std::vector<std::string> KeysFor(const std::string& repo) {
    const bool https = repo.rfind("https://", 0) == 0;
    const std::string trimmed = https ? repo.substr(8) : repo;
    const std::string org = trimmed.substr(0, trimmed.find('/'));
    std::vector<std::string> keys{repo, org, "*", trimmed};
    if (https) keys.push_back("https://" + org);
    return keys;
  }

  // InRepoConfigAllowsCluster: any key of the repository lists the cluster.
  // Without a "*" key Prow adds "*": [default] (an explicit "*": [] keeps
  // it empty).
  static bool Allows(
      const std::vector<std::pair<std::string, std::vector<Located<std::string>>>>& allowed,
      const std::string& repo, const std::string& cluster) {
    const std::vector<std::string> keys = KeysFor(repo);
    bool star = false;
    for (const auto& [key, clusters] : allowed) {
      star = star || key == "*";
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) continue;
      for (const auto& c : clusters)
        if (c.value == cluster) return true;
    }
    return !star && cluster == "default";
  }
};

}  // namespace

std::unique_ptr<Rule> NewInRepoClusterNotAllowed() {
  return std::make_unique<InRepoClusterNotAllowed>();
}

}  // namespace prowlint::rules
