// SPDX-License-Identifier: Apache-2.0
// Reads every build-cluster credential input the way Prow's components would
// load them, keeping only aliases, servers and positions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/model/credentials.h"

namespace prowlint {

struct CredentialPaths {
  /// --kubeconfig, repeatable: merged first-wins like $KUBECONFIG.
  std::vector<std::string> kubeconfigs;
  /// --kubeconfig-dir and --kubeconfig-suffix ("" = none).
  std::string kubeconfig_dir;
  std::string kubeconfig_suffix;
  /// --build-cluster ("" = none).
  std::string build_cluster;
};

/// Each file may be a plain kubeconfig / clusters.yaml or a Secret manifest
/// (or List of Secrets) whose values are. Prow's rules for --kubeconfig-dir
/// hold: regular files only, names starting with ".." skipped, the suffix
/// filter, and a context defined in two files is an error.
Credentials LoadCredentials(const CredentialPaths& paths, SourceSet& sources, Diagnostics& diag);

/// The flag a credential file is given to.
enum class CredentialSlot { kKubeconfig, kBuildCluster };

/// Loads `text`, the contents of `file` (already in `sources`, for messages),
/// as LoadCredentials loads one file given to `slot`. Reads no file: for
/// tests and fuzzing.
Credentials LoadCredentialText(std::string_view text, FileId file, CredentialSlot slot,
                               const SourceSet& sources, Diagnostics& diag);

}  // namespace prowlint
