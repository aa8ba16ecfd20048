// SPDX-License-Identifier: Apache-2.0
// What exists in a cluster: `kubectl get secrets,configmaps,serviceaccounts`
// output (`-o name` lines, `-A -o custom-columns=NAMESPACE:...,KIND:...,NAME:...`
// columns, or `-o yaml` / `-o json`: a List or multi-document manifests), or
// the manifests in a repository directory that create them (Secrets,
// ConfigMaps, ServiceAccounts, and the Secrets ExternalSecrets make). Only
// kinds, namespaces and names are read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/model/inventory.h"

namespace prowlint {

/// The left side of `--inventory SPEC=FILE`: "ALIAS", or "ALIAS/NAMESPACE"
/// for a listing made in one namespace (`kubectl -n NAMESPACE get ... -o name`).
struct InventoryScope {
  std::string alias;
  std::string ns;  // "" when SPEC names no namespace
};

/// Splits `spec` at its last '/' when what follows is a namespace name (a DNS
/// label) and `spec` is not itself one of `aliases`: a kubeconfig context
/// name may hold '/', and ALIAS=FILE keeps meaning that alias.
InventoryScope ParseInventoryScope(const std::string& spec,
                                   const std::vector<std::string>& aliases);

/// `text` is the content of `file`, a kubectl listing. Objects of other kinds
/// are ignored. Empty output and an empty List are an empty cluster (an empty
/// namespace `ns`, when given); a file that lists none of the three kinds but
/// something else (a kubeconfig, a Prow config) is an error. With `ns`,
/// objects listed without a namespace are in `ns`, and an object listed in
/// another namespace is an error (the file is not what the flag says).
Inventory LoadInventory(std::string_view text, FileId file, const std::string& alias,
                        const std::string& ns, Diagnostics& diag);
/// A listing for the cluster as a whole (`--inventory ALIAS=FILE`).
inline Inventory LoadInventory(std::string_view text, FileId file, const std::string& alias,
                               Diagnostics& diag) {
  return LoadInventory(text, file, alias, "", diag);
}

/// Adds the objects that the manifests in `text` create to `inv`; every other
/// object, and documents that are not objects, are skipped silently (a
/// repository directory holds Deployments too). With `ns`, the manifests are
/// applied there (`kubectl apply -n ns`): objects without a namespace land in
/// `ns`, and one in another namespace is an error, as kubectl refuses it.
void AddInventoryManifests(std::string_view text, FileId file, const std::string& ns,
                           Inventory& inv, Diagnostics& diag);

}  // namespace prowlint
