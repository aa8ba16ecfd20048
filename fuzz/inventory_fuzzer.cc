// Fuzzes the inventory loader: kubectl get -o name, -o yaml and -o json.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "lint/load_inventory.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  const std::string_view text = prowlint::fuzz::Text(data, size, nullptr);
  Diagnostics diag;
  const Inventory inv = LoadInventory(text, 0, "default", diag);
  fuzz::CheckErrors(diag);
  // Something listed, or said why not.
  if (inv.size() == 0 && !diag.HasErrors()) std::abort();
  return 0;
}
