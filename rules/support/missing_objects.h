// SPDX-License-Identifier: Apache-2.0
// Shared by job-secret-missing, job-configmap-missing and
// job-service-account-missing: what jobs need that is absent from the
// inventory of a cluster they may run in.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "lint/engine/analysis.h"
#include "lint/engine/finding_sink.h"
#include "lint/engine/rule.h"
#include "lint/prow/cluster_resolution.h"
#include "lint/prow/job_needs.h"

namespace prowlint {

/// One job's need that one cluster it may land in lacks.
struct MissingObject {
  const Job* job = nullptr;
  Need need;
  /// The cluster, described for messages, with how sure the landing is when
  /// it is not the alias's own context every time.
  std::string where;
  /// The cluster's name for fingerprints: its alias, or "service-cluster"
  /// for the in-cluster config.
  std::string cluster;
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
  /// No inventory at all: nothing was judged.
  bool no_inventory = false;
};

/// Checks every job's needs of `kind` in the namespace the judged version
/// creates job pods in (pod_namespace, or prowjob_namespace in the 2019-02-05
/// window: the version table decides) of every cluster its
/// alias may resolve to. Jobs whose alias is unknown are left to
/// job-cluster-unknown. Without credentials a job's alias names its inventory.
MissingScan FindMissing(const Analysis& analysis, ObjectKind kind);

/// Reports each MissingObject of `kind` as one job's share of the cause
/// (object, namespace, cluster): the engine lists every job that lacks it
/// there in one finding. A warning when the object is only needed to pull a
/// private image; a "may" when the tag may or may not land the job there.
void ReportMissing(const Analysis& analysis, ObjectKind kind, FindingSink& sink);

/// The rule behind each job-*-missing id: ReportMissing for `kind`.
/// REQUIRES: `info` outlives the rule (a function-local static).
std::unique_ptr<Rule> NewMissingObjectRule(const RuleInfo& info, ObjectKind kind);

/// A clause for messages: "" for kAlways, ", at random on each restart", ...
std::string LikelihoodClause(Likelihood likelihood);

}  // namespace prowlint
