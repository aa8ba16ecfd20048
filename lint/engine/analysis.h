// SPDX-License-Identifier: Apache-2.0
// What a rule sees: the loaded deploy, the run's choices, and the cluster
// resolution derived for one Prow version. A view: it owns nothing, so the
// same deploy can be analysed under two versions (prowlint plan).
#pragma once

#include "lint/engine/run_context.h"
#include "lint/model/deploy.h"
#include "lint/prow/cluster_resolution.h"
#include "lint/prow/target_version.h"

namespace prowlint {

struct Analysis {
  const Deploy& deploy;
  const RunContext& run;
  /// The version judged and where it came from.
  const TargetVersion& target;
  const ClusterResolution& clusters;

  /// The inventory that tells what exists where `d` lands: the alias's own,
  /// the service cluster's ("in-cluster" or --service-cluster), or one of an
  /// alias with the same server. nullptr when none was given.
  const Inventory* InventoryFor(const Destination& d) const;
};

}  // namespace prowlint
