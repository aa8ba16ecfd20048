// SPDX-License-Identifier: Apache-2.0
// Which credential files a Prow component reads (prow-semantics §1.5): its
// --kubeconfig, --kubeconfig-dir and --build-cluster flags and the
// KUBECONFIG variable, each traced through the volume mounted there to the
// Secret or ConfigMap (and data key) behind it.
#pragma once

#include <vector>

#include "lint/model/manifest.h"

namespace prowlint {

/// REQUIRES: `c.flags`, `c.env`, `c.mounts` and `c.volumes` are filled in.
std::vector<CredentialRef> FindCredentialRefs(const Component& c);

}  // namespace prowlint
