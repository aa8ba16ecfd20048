// SPDX-License-Identifier: Apache-2.0
// Flags a literal "default" alias in the credentials when the target Prow
// version does not honour it: one finding with every job it sends to the
// service cluster. Why: see rules/literal_default_alias.md.
#include "lint/base/text.h"
#include "lint/prow/job_identity.h"
#include "lint/prow/version_semantics.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/anchor.h"

namespace prowlint::rules {
namespace {

class LiteralDefaultAlias final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "literal-default-alias",
        "The credentials define a literal \"default\" alias that the target Prow version does "
        "not honour, so jobs meant for the build cluster run in the service cluster.",
        Severity::kError, RuleTag::kPlacement | RuleTag::kVersion};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ClusterResolution& res = analysis.clusters;
    if (!res.judged) {  // ResolveClusters notes it
      sink.CouldNotJudge(Unjudged::kNoCredentials);
      return;
    }
    // Only the 2019 eras replace a literal "default"; every other version,
    // today's included, honours it (or does not read a build-cluster file
    // at all, which service-cluster-schedulable reports).
    if (res.literal_defaults.empty() || !res.semantics.version) return;
    if (!res.semantics.Has(AliasEra::kBuildClusterIgnored) &&
        !res.semantics.Has(AliasEra::kRandomDefault))
      return;
    const Route* route = res.Find("default");
    if (!route) return;
    std::vector<const Job*> jobs;
    for (const Job& job : analysis.deploy.jobs)
      if (job.UsesClusterAlias() && job.alias.value == "default") jobs.push_back(&job);
    for (const Destination& d : route->destinations)
      if (!d.context) Report(analysis, d, jobs, sink);  // the in-cluster config takes its place
  }

 private:
  static void Report(const Analysis& analysis, const Destination& d,
                     const std::vector<const Job*>& jobs, FindingSink& sink) {
    const ClusterResolution& res = analysis.clusters;
    const std::string version = res.semantics.Name();
    // Plank draws where "default" goes when it starts.
    const std::string scheduler =
        analysis.target.scheduler ? analysis.target.scheduler->name : "plank";
    Severity severity = Severity::kError;
    std::string head = version + " does not honour the literal \"default\" alias: ";
    std::string one = " runs in the service cluster", many = " run in the service cluster";
    switch (d.likelihood) {
      case Likelihood::kAlways:
        one += " on every start";
        many += " on every start";
        break;
      case Likelihood::kRandomPerRestart:
        one += " at random on each plank restart";
        many += " at random on each plank restart";
        break;
      case Likelihood::kDependsOnBuild:
        severity = analysis.run.UncertainSeverity();
        head = version +
               " may not honour the literal \"default\" alias (it was built on a day "
               "plank's alias loading changed): ";
        one = " may run in the service cluster";
        many = one;
        break;
    }
    const std::string hint = "deploy " + std::string(LastSafeTagBefore2019AliasBugs()) +
                             " (the last safe tag) or a tag built after 2019-02-11 instead";
    auto add_related = [&](Finding& f) {
      for (const ClusterContext* literal : res.literal_defaults)
        f.related.push_back({literal->alias.pos, "the literal \"default\" alias is defined here"});
      if (d.cause.Known() && d.cause != f.related.front().pos)
        f.related.push_back({d.cause, d.Why(version)});
    };
    if (jobs.empty()) {
      // No job uses it yet; the place is the version's, else the credentials.
      AnchorChoices where;
      where.version_dependent = true;
      where.credentials = res.literal_defaults.front()->alias.pos;
      Finding& f = sink.Report(severity, ChooseAnchor(analysis, where),
                               head + "no job uses \"default\" now, but one that does would" +
                                   (d.likelihood == Likelihood::kDependsOnBuild ? " perhaps" : "") +
                                   " run in the service cluster",
                               hint);
      f.subject = {"alias default", "service-cluster"};
      f.at_start_of = scheduler;
      add_related(f);
      return;
    }
    for (const Job* job : jobs) {
      AnchorChoices where;
      where.version_dependent = true;
      where.job = job->alias.pos;
      Finding& f =
          sink.Report(severity, ChooseAnchor(analysis, where),
                      head + "job " + Quote(job->name.value) + " on \"default\"" + one, hint);
      ShareCause(f, JobRefOf(*job, job->alias.pos, "default"), {"alias default", "service-cluster"},
                 {head, "jobs", " on \"default\"" + many});
      f.at_start_of = scheduler;
      add_related(f);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewLiteralDefaultAlias() { return std::make_unique<LiteralDefaultAlias>(); }

}  // namespace prowlint::rules
