// SPDX-License-Identifier: Apache-2.0
// See analysis.h.
#include "lint/engine/analysis.h"

namespace prowlint {

const Inventory* Analysis::InventoryFor(const Destination& d) const {
  auto find = [&](const std::string& alias) -> const Inventory* {
    auto it = deploy.inventories.find(alias);
    return it == deploy.inventories.end() ? nullptr : &it->second;
  };
  if (d.context) {
    if (const Inventory* inv = find(d.context->alias.value)) return inv;
  }
  if (d.service_cluster) {
    if (const Inventory* inv = find(kInClusterAlias)) return inv;
    const std::string& service = run.cluster_options.service_cluster;
    if (!service.empty())
      if (const Inventory* inv = find(service)) return inv;
  }
  if (d.context && !d.context->server.empty()) {
    // Two aliases for one API server are one cluster.
    for (const ClusterContext& c : deploy.credentials.AllContexts()) {
      if (c.server == d.context->server)
        if (const Inventory* inv = find(c.alias.value)) return inv;
    }
  }
  return nullptr;
}

}  // namespace prowlint
