// SPDX-License-Identifier: Apache-2.0
// Fuzzes the deploy-manifest loader (--deploy-manifest, --deploy-dir files)
// and inventory manifests (--inventory DIR files): one input as both.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "lint/load/load_inventory.h"
#include "lint/load/load_manifests.h"
#include "lint/prow/prow_images.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  const std::string_view text = prowlint::fuzz::Text(data, size, nullptr);
  SourceSet sources;
  const FileId file = sources.Add("deploy.yaml");
  Diagnostics diag;
  Manifests manifests;
  LoadManifestText(text, file, DefaultProwImagePrefixes(), manifests, sources, diag);
  fuzz::CheckErrors(diag);
  Diagnostics inventory_diag;
  Inventory inv;
  AddInventoryManifests(text, file, "", inv, inventory_diag);
  fuzz::CheckErrors(inventory_diag);
  return 0;
}
