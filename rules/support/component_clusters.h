// SPDX-License-Identifier: Apache-2.0
// Which cluster aliases each Prow component loads: its credential files
// (--kubeconfig, --kubeconfig-dir, --build-cluster, KUBECONFIG) traced
// through the Secret or ConfigMap mounted there to the contexts of that
// object, given with --kubeconfig/--build-cluster as a Secret manifest or
// found in the deploy tree. Shared by component-alias-mismatch and
// kubeconfig-context-duplicate.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "lint/model/deploy.h"
#include "lint/model/manifest.h"

namespace prowlint {

/// One credential reference of a component and what it was traced to.
struct TracedRef {
  const CredentialRef* ref = nullptr;
  /// The contexts the referenced file (or directory) holds, in key order.
  std::vector<const ClusterContext*> contexts;
  /// False when its contents are unknown: no Secret or ConfigMap is mounted
  /// there, or the object's data was not given.
  bool known = false;
};

struct ComponentClusters {
  const Component* component = nullptr;
  /// The references Prow reads (KUBECONFIG only without the two flags).
  std::vector<TracedRef> refs;
  /// Whether every reference was traced to known contents (no reference:
  /// the component loads the in-cluster config only, which is known).
  bool complete = false;
  /// The aliases the component loads: context names, and "default" when
  /// Prow falls back to the service cluster for it.
  std::set<std::string> aliases;
  /// The objects whose contents are unknown, for the note ("Secret \"x\"").
  std::vector<std::string> unknown;
};

/// Traces `c`'s credentials in `deploy`.
/// REQUIRES: `deploy` outlives the result.
ComponentClusters TraceComponentClusters(const Component& c, const Deploy& deploy);

}  // namespace prowlint
