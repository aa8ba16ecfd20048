// What exists in a cluster, from `kubectl get secrets,configmaps,serviceaccounts`
// output: `-o yaml` / `-o json` (a List or multi-document manifests) or
// `-o name` lines. Only kinds, namespaces and names are read.
#pragma once

#include <string>
#include <string_view>

#include "lint/diagnostics.h"
#include "lint/model/inventory.h"

namespace prowlint {

/// `text` is the content of `file`. Objects of other kinds are ignored.
Inventory LoadInventory(std::string_view text, FileId file, const std::string& alias,
                        Diagnostics& diag);

}  // namespace prowlint
