// SPDX-License-Identifier: Apache-2.0
// Fuzzes the credential loaders: one input as a --kubeconfig or a
// --build-cluster file (chosen by the first byte): plain kubeconfigs,
// clusters.yaml, Secrets and Lists wrapping them.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "lint/load/load_credentials.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  std::uint8_t selector = 0;
  const std::string_view text = fuzz::Text(data, size, &selector);
  SourceSet sources;
  const FileId file = sources.Add("credentials.yaml", true);
  Diagnostics diag;
  const Credentials creds = LoadCredentialText(
      text, file, selector & 1 ? CredentialSlot::kBuildCluster : CredentialSlot::kKubeconfig,
      sources, diag);
  fuzz::CheckErrors(diag);
  for (const auto* list : {&creds.kubeconfig, &creds.build_cluster, &creds.shadowed})
    for (const ClusterContext& c : *list)
      if (c.alias.pos.file != file) std::abort();
  return 0;
}
