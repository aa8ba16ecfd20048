// SPDX-License-Identifier: Apache-2.0
// Flags jobs whose cluster alias Prow would not load from the given
// credentials: one finding per unknown alias, listing every job on it.
// Why: see rules/job_cluster_unknown.md.
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"
#include "rules/support/anchor.h"
#include "rules/support/credentials_hint.h"

namespace prowlint::rules {
namespace {

class JobClusterUnknown final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-cluster-unknown",
        "A job's cluster alias is not among the aliases the target Prow version loads from "
        "the given credentials, so its pods are never created.",
        Severity::kError, static_cast<unsigned>(RuleTag::kPlacement)};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const ClusterResolution& res = analysis.clusters;
    if (!res.judged) {  // ResolveClusters notes it
      sink.CouldNotJudge(Unjudged::kNoCredentials);
      return;
    }
    // A clusters map without "default" is build-cluster-default-required's.
    if (res.failure == StartupFailure::kNoDefaultInBuildCluster) return;
    if (!res.startup_failure.empty()) {
      ReportStartupFailure(analysis, sink);
      return;
    }
    std::vector<std::string> loaded;
    for (const auto& [alias, route] : res.routes) loaded.push_back(alias);
    const std::string consequence = Consequence(res.semantics);

    for (const Job& job : deploy.jobs) {
      if (!job.UsesClusterAlias()) continue;
      const std::string& alias = job.alias.value;
      const Route* route = res.Find(alias);
      if (route && route->loaded_in_every_build) continue;
      std::string why = " is not among the aliases " + res.semantics.Name() +
                        " loads from the given credentials (" + SampleNames(loaded, 8) + ")";
      std::string hint = AddAliasHint(analysis, alias) + ", or set cluster: to a loaded alias";
      const Located<std::string>* disabled = nullptr;
      for (const auto& d : res.disabled)
        if (d.value == alias) disabled = &d;
      if (disabled) {
        why = " is removed by disabled_clusters";
        hint = "take " + Quote(alias) +
               " out of disabled_clusters, or move the jobs to a "
               "loaded alias";
      }
      Severity severity = Severity::kError;
      if (route) {  // loaded by some builds of a tag built on a boundary day
        severity = analysis.run.UncertainSeverity();
        why = " may not be loaded by " + res.semantics.Name() +
              " (it was built on a day plank's alias loading changed)";
      }
      const std::string guess = disabled ? "" : ClosestMatch(alias, loaded);
      if (!guess.empty()) hint = "did you mean " + Quote(guess) + "?";
      Finding& f = sink.Report(severity, job.alias.pos,
                               "job " + Quote(job.name.value) + " runs on cluster alias " +
                                   Quote(alias) + ", which" + why + consequence,
                               hint);
      ShareCause(
          f, JobRefOf(job, job.alias.pos, alias), {"alias " + alias, ""},
          {"", "jobs", " run on cluster alias " + Quote(alias) + ", which" + why + consequence});
      if (disabled) f.related.push_back({disabled->pos, "disabled_clusters removes it here"});
    }
  }

 private:
  // What Prow does with such a job, per era (the version table decides:
  // kubernetes/test-infra#20612 made a miss terminal, #11209 made plank
  // refuse to start).
  static std::string Consequence(const VersionSemantics& s) {
    switch (s.unknown_alias) {
      case UnknownAliasOutcome::kPlankRefusesToStart:
        return "; plank of this version refuses to start";
      case UnknownAliasOutcome::kTerminalError:
        return "; Prow ends the job with a terminal error";
      case UnknownAliasOutcome::kRetriedForever:
        return "; plank retries it forever and it never starts";
    }
    return "";
  }

  // No job runs at all: one finding, at the version's place once manifests
  // give one, else at the credentials that plank rejects.
  static void ReportStartupFailure(const Analysis& analysis, FindingSink& sink) {
    const ClusterResolution& res = analysis.clusters;
    AnchorChoices where;
    where.version_dependent = true;
    where.credentials = res.failure_pos;
    const Position pos = ChooseAnchor(analysis, where);
    Finding& f = sink.Report(pos, res.startup_failure + ", so no job runs",
                             "fix the credentials or deploy a version that accepts them");
    f.subject = {"plank start-up", ""};
    if (pos != res.failure_pos)
      f.related.push_back({res.failure_pos, "the credentials plank rejects"});
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobClusterUnknown() { return std::make_unique<JobClusterUnknown>(); }

}  // namespace prowlint::rules
