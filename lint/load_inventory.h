// What exists in a cluster: `kubectl get secrets,configmaps,serviceaccounts`
// output (`-o name` lines, or `-o yaml` / `-o json`: a List or multi-document
// manifests), or the manifests in a repository directory that create them
// (Secrets, ConfigMaps, ServiceAccounts, and the Secrets ExternalSecrets
// make). Only kinds, namespaces and names are read.
#pragma once

#include <string>
#include <string_view>

#include "lint/diagnostics.h"
#include "lint/model/inventory.h"
#include "lint/source_set.h"

namespace prowlint {

/// `text` is the content of `file`, a kubectl listing. Objects of other kinds
/// are ignored. Empty output and an empty List are an empty cluster; a file
/// that lists none of the three kinds but something else (a kubeconfig, a
/// Prow config) is an error.
Inventory LoadInventory(std::string_view text, FileId file, const std::string& alias,
                        Diagnostics& diag);

/// Adds the objects that the manifests in `text` create to `inv`; every other
/// object, and documents that are not objects, are skipped silently (a
/// repository directory holds Deployments too).
void AddInventoryManifests(std::string_view text, FileId file, Inventory& inv, Diagnostics& diag);

}  // namespace prowlint
