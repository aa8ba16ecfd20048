// SPDX-License-Identifier: Apache-2.0
// YAML → the aliases of a legacy --build-cluster file (clusters.yaml):
// an alias → cluster map, or the single-cluster form that Prow reads as
// alias "default" (prow-semantics §1.2-§1.3).
#pragma once

#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/model/credentials.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// Whether `root` has a clusters.yaml's shape: the single-cluster form (an
/// endpoint) or a map whose values are mappings.
bool LooksLikeBuildClusterMap(const yaml::Node& root);

/// The base64 certificate and key fields are judged (do they decode, when do
/// the certificates expire) as ClusterContext verdicts; their bytes are not
/// kept.
std::vector<ClusterContext> LoadBuildClusterMap(const yaml::Node& root,
                                                const std::string& container,
                                                Diagnostics& diag);

}  // namespace prowlint
