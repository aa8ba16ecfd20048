// SPDX-License-Identifier: Apache-2.0
// Flags jobs that use a secret the deployment policy restricts to other
// repositories, job-config paths or job kinds. Why: see
// rules/secret_restricted.md.
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "lint/prow/job_needs.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class SecretRestricted final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "secret-restricted",
        "A job uses a secret that the deployment policy restricts to other repositories, "
        "job-config paths or job kinds.",
        Severity::kError,
        0,
        {{"restricted-secrets", "none"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const DeploymentPolicy& policy = analysis.run.policy;
    if (policy.restricted_secrets.empty()) {
      sink.CouldNotJudge(Unjudged::kNoPolicy);
      return;
    }
    const Deploy& deploy = analysis.deploy;
    for (const Job& job : deploy.jobs) {
      const std::string path = deploy.sources.Path(job.name.pos.file);
      for (const Need& need : JobNeeds(job, deploy.presets)) {
        if (need.kind != ObjectKind::kSecret) continue;
        for (const SecretRestriction& r : policy.restricted_secrets) {
          if (r.secret.value != need.name || Allowed(r, job, path)) continue;
          const std::string what = " secret " + Quote(r.secret.value) +
                                   ", which .prowlint.yaml restricts to " + Scope(r);
          Finding& f =
              sink.Report(need.pos, "job " + Quote(job.name.value) + " uses" + what,
                          "remove the secret from these jobs, or widen restricted-secrets." +
                              r.secret.value + " in .prowlint.yaml if this use is meant");
          ShareCause(f, JobRefOf(job, need.pos, job.alias.value), {"secret " + r.secret.value, ""},
                     {"", "jobs", " use" + what});
          if (need.source.Known())
            f.related.push_back({need.source, Quote(r.secret.value) + " is referenced here"});
        }
      }
    }
  }

 private:
  static bool Allowed(const SecretRestriction& r, const Job& job, const std::string& path) {
    auto any = [](const auto& list, auto match) {
      if (list.empty()) return true;
      for (const auto& item : list)
        if (match(item)) return true;
      return false;
    };
    return any(r.repos, [&](const Located<std::string>& repo) { return repo.value == job.repo; }) &&
           any(r.paths, [&](const PathGlob& g) { return PathMatches(g, path); }) &&
           any(r.kinds, [&](JobKind k) { return k == job.kind; });
  }

  static std::string Scope(const SecretRestriction& r) {
    std::vector<std::string> parts;
    if (!r.kinds.empty()) {
      std::vector<std::string> kinds;
      for (JobKind k : r.kinds) kinds.push_back(std::string(JobKindName(k)) + "s");
      parts.push_back(Join(kinds));
    }
    if (!r.repos.empty()) {
      std::vector<std::string> repos;
      for (const auto& x : r.repos) repos.push_back(x.value);
      parts.push_back("of " + SampleNames(repos, 4));
    }
    if (!r.paths.empty()) {
      std::vector<std::string> globs;
      for (const auto& g : r.paths) globs.push_back(g.written.value);
      parts.push_back("defined under " + SampleNames(globs, 4));
    }
    std::string out = r.kinds.empty() ? "jobs" : "";
    for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
    return out;
  }

  static std::string Join(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i)
      out += (i == 0 ? "" : i + 1 == words.size() ? " and " : ", ") + words[i];
    return out;
  }
};

}  // namespace

std::unique_ptr<Rule> NewSecretRestricted() { return std::make_unique<SecretRestricted>(); }

}  // namespace prowlint::rules
