// Flags a literal "default" alias in the credentials when the target Prow
// version does not honour it. Why: see rules/literal_default_alias.md.
#include "lint/prow_version.h"
#include "lint/text.h"
#include "lint/version_table.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class LiteralDefaultAlias final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "literal-default-alias",
        "The credentials define a literal \"default\" alias that the target Prow version does "
        "not honour, so jobs meant for the build cluster run in the service cluster.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ClusterResolution& res = analysis.clusters;
    const std::string version = res.semantics.Name();
    for (const ClusterContext* literal : res.literal_defaults) {
      if (!res.semantics.version) {
        sink.Report(Severity::kInfo, literal->alias.pos,
                    "the credentials define a literal \"default\" alias, which Prow tags built "
                    "2019-01-28 to 2019-02-11 do not honour; no --target-version given",
                    "pass --target-version with the Prow tag you are about to deploy");
        continue;
      }
      // Only the 2019 eras replace a literal "default"; every other version
      // honours it (or, today, does not read a build-cluster file at all,
      // which service-cluster-schedulable reports).
      if (!res.semantics.Has(AliasEra::kBuildClusterIgnored) &&
          !res.semantics.Has(AliasEra::kRandomDefault))
        continue;
      const Route* route = res.Find("default");
      if (!route) continue;
      for (const Destination& d : route->destinations) {
        if (d.context) continue;  // only the in-cluster config takes its place
        Severity severity = Severity::kError;
        std::string what;
        switch (d.likelihood) {
          case Likelihood::kAlways:
            what = " does not honour the literal \"default\" alias: every job on \"default\" "
                   "runs in the service cluster on every start";
            break;
          case Likelihood::kRandomPerRestart:
            what = " does not honour the literal \"default\" alias: on each plank restart, "
                   "jobs on \"default\" go to the service cluster at random";
            break;
          case Likelihood::kDependsOnBuild:
            severity = Severity::kWarning;
            what = " may not honour the literal \"default\" alias (it was built on a day "
                   "plank's alias loading changed): jobs on \"default\" may run in the service "
                   "cluster";
            break;
        }
        Finding& f = sink.Report(
            severity, literal->alias.pos, version + what,
            "deploy " + std::string(LastSafeTagBefore2019AliasBugs()) +
                " (the last safe tag) or a tag built after 2019-02-11 instead");
        if (d.cause.Known() && d.cause != literal->alias.pos)
          f.related.push_back({d.cause, d.Why(version)});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewLiteralDefaultAlias() { return std::make_unique<LiteralDefaultAlias>(); }

}  // namespace prowlint::rules
