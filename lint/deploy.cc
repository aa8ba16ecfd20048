// See deploy.h.
#include "lint/deploy.h"

namespace prowlint {

const Inventory* Deploy::InventoryFor(const Destination& d) const {
  auto find = [&](const std::string& alias) -> const Inventory* {
    auto it = inventories.find(alias);
    return it == inventories.end() ? nullptr : &it->second;
  };
  if (d.context) {
    if (const Inventory* inv = find(d.context->alias.value)) return inv;
  }
  if (d.service_cluster) {
    if (const Inventory* inv = find(kInClusterAlias)) return inv;
    if (!cluster_options.service_cluster.empty())
      if (const Inventory* inv = find(cluster_options.service_cluster)) return inv;
  }
  if (d.context && !d.context->server.empty()) {
    // Two aliases for one API server are one cluster.
    for (const auto* contexts : {&credentials.kubeconfig, &credentials.build_cluster}) {
      for (const ClusterContext& c : *contexts) {
        if (c.server == d.context->server)
          if (const Inventory* inv = find(c.alias.value)) return inv;
      }
    }
  }
  return nullptr;
}

}  // namespace prowlint
