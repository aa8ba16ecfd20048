// SPDX-License-Identifier: Apache-2.0
// Fuzzes the .prowlint.yaml loader.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "lint/load/project_config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  const std::string_view text = prowlint::fuzz::Text(data, size, nullptr);
  Diagnostics diag;
  const ProjectConfig config = ParseProjectConfig(text, "repo/.prowlint.yaml", 0, diag);
  fuzz::CheckErrors(diag);
  if (config.path != "repo/.prowlint.yaml") std::abort();
  return 0;
}
