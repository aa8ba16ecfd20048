// YAML → the contexts of one kubeconfig: alias (context name), server URL
// and where it was defined. Users' credentials are never read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/diagnostics.h"
#include "lint/model/credentials.h"
#include "lint/yaml_tree.h"

namespace prowlint {

struct Kubeconfig {
  std::vector<ClusterContext> contexts;
  std::optional<Located<std::string>> current_context;
};

/// Whether `root` has a kubeconfig's shape (kind: Config, contexts or clusters).
bool LooksLikeKubeconfig(const yaml::Node& root);

/// `container` names where the kubeconfig was found inside its file ("" for
/// a plain file); it is copied into each context for messages.
Kubeconfig LoadKubeconfig(const yaml::Node& root, const std::string& container,
                          Diagnostics& diag);

}  // namespace prowlint
