// SPDX-License-Identifier: Apache-2.0
// Reads the deploy itself: the Kubernetes manifests of Prow's components
// (prow/cluster/*.yaml, kustomize trees, `kustomize build` or `helm
// template` output on standard input) into Manifests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/model/manifest.h"

namespace prowlint {

struct ManifestInputs {
  std::vector<std::string> dirs;   // read recursively: .yaml, .yml, .json
  std::vector<std::string> files;  // "-" is standard input
  /// What "-" holds (the command reads standard input once, before loading).
  std::string stdin_text;
  /// Why "-" could not be read (over the input size cap), or "".
  std::string stdin_error;
  /// Registries that also hold Prow's images (mirrors), besides the defaults.
  std::vector<std::string> prow_image_prefixes;
  /// Prow's own config files and job-config roots: a --deploy-dir that holds
  /// them (istio keeps its jobs under prow/gcp/cluster/jobs) does not read
  /// them again as manifests. They are not Kubernetes objects, and the job
  /// loader has parsed them and reported any syntax error already.
  std::vector<std::string> read_as_prow_config;

  bool Given() const { return !dirs.empty() || !files.empty(); }
};

/// The display name of standard input in output.
inline constexpr const char* kStdinPath = "<stdin>";

/// Loads every manifest. Files are read in path order per directory (the
/// order `kubectl apply -f DIR` applies them); an object defined again later
/// replaces the earlier one, as it would in the cluster. Returns the number
/// of files read through `files_read`.
Manifests LoadManifests(const ManifestInputs& inputs, SourceSet& sources, Diagnostics& diag,
                        std::size_t& files_read);

/// Adds the objects of one manifest text (`file` in `sources`) to `out`.
/// Returns how many of its documents are not Kubernetes objects (kustomize
/// patches, values files), which were skipped. Exposed for tests and fuzzing.
std::size_t LoadManifestText(std::string_view text, FileId file, const std::vector<std::string>& prefixes,
                      Manifests& out, SourceSet& sources, Diagnostics& diag);

}  // namespace prowlint
