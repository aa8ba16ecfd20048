// SPDX-License-Identifier: Apache-2.0
// Fuzzes the inventory loader: kubectl get -o name, -o custom-columns, -o yaml
// and -o json, for a whole cluster and for one namespace (ALIAS/NAMESPACE).
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "lint/load/load_inventory.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  const std::string_view text = prowlint::fuzz::Text(data, size, nullptr);
  Diagnostics diag;
  LoadInventory(text, 0, "default", diag);
  // An inventory that lists nothing is a valid empty cluster (issue 13: what
  // kubectl prints for an empty namespace); the caller says so once. What
  // must hold is that every input error is positioned.
  fuzz::CheckErrors(diag);
  Diagnostics one_namespace;
  LoadInventory(text, 0, "default", "test-pods", one_namespace);
  fuzz::CheckErrors(one_namespace);
  return 0;
}
