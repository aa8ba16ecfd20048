// Shared by job-secret-missing, job-configmap-missing and
// job-service-account-missing: what jobs need that is absent from the
// inventory of a cluster they may run in.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lint/analysis.h"
#include "lint/cluster_resolution.h"
#include "lint/finding_sink.h"
#include "lint/job_needs.h"
#include "lint/rule.h"

namespace prowlint {

struct MissingObject {
  const Job* job = nullptr;
  Need need;
  /// Descriptions of the inventoried clusters the job may land in that lack
  /// the object, each with how sure the landing is.
  std::vector<std::string> where;
  /// The surest landing among them (kAlways beats kRandomPerRestart beats
  /// kDependsOnBuild).
  Likelihood likelihood = Likelihood::kAlways;
  /// The namespace it is missing from, and whether that is prowjob_namespace
  /// because the judged version creates pods there (the 2019-02-05 window).
  std::string ns;
  bool prowjob_namespace = false;
};

struct MissingScan {
  std::vector<MissingObject> missing;
  /// Run-level remarks: clusters that had no inventory, so were not judged.
  std::vector<std::string> notes;
};

/// Checks every job's needs of `kind` in the namespace the judged version
/// creates job pods in (pod_namespace, or prowjob_namespace in the 2019-02-05
/// window: the version table decides) of every cluster its alias may resolve
/// to. Jobs whose alias is unknown are left to
/// job-cluster-unknown. Without credentials a job's alias names its inventory.
MissingScan FindMissing(const Analysis& analysis, ObjectKind kind);

/// Reports each MissingObject of `kind` as one finding per job and object
/// (a warning when the job only may land there), and the scan's notes.
void ReportMissing(const Analysis& analysis, ObjectKind kind, FindingSink& sink);

/// The rule behind each job-*-missing id: ReportMissing for `kind`.
/// REQUIRES: `info` outlives the rule (a function-local static).
std::unique_ptr<Rule> NewMissingObjectRule(const RuleInfo& info, ObjectKind kind);

/// A clause for messages: "" for kAlways, ", at random on each restart", ...
std::string LikelihoodClause(Likelihood likelihood);

}  // namespace prowlint
