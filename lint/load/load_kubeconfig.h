// SPDX-License-Identifier: Apache-2.0
// YAML → the contexts of one kubeconfig: alias (context name), server URL,
// where it was defined, and the verdicts on the material its cluster and
// user entries hold (lint/load/credential_material.h). The material is not kept.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/load/credential_material.h"
#include "lint/model/credentials.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// A `clusters` or `users` entry: its name and what its fields hold.
struct KubeconfigEntry {
  Located<std::string> name;
  Position pos;        // the entry's `cluster:` / `user:` key, for "missing" problems
  std::string server;  // clusters: the redacted URL, "" when none
  MaterialVerdicts verdicts;
};

using KubeconfigEntries = std::map<std::string, KubeconfigEntry, std::less<>>;

struct Kubeconfig {
  /// Bound to this file's entries (BindContext).
  std::vector<ClusterContext> contexts;
  /// The first entry of each name, as client-go keeps them.
  KubeconfigEntries clusters;
  KubeconfigEntries users;
  std::optional<Located<std::string>> current_context;
  /// Problems that make client-go refuse the whole file (a base64 field
  /// that does not decode, in any entry).
  std::vector<CredentialProblem> file_failures;
};

/// Whether `root` has a kubeconfig's shape (kind: Config, contexts or clusters).
bool LooksLikeKubeconfig(const yaml::Node& root);

/// `container` names where the kubeconfig was found inside its file ("" for
/// a plain file); it is copied into each context for messages.
Kubeconfig LoadKubeconfig(const yaml::Node& root, const std::string& container,
                          Diagnostics& diag);

/// Fills `ctx`'s server, verdicts and problems from the entries its
/// `cluster` and `user` name, as client-go resolves a context (clientcmd
/// DirectClientConfig): a missing cluster entry fails the context, a missing
/// user entry leaves it without credentials. Replaces what was bound before.
void BindContext(ClusterContext& ctx, const KubeconfigEntries& clusters,
                 const KubeconfigEntries& users);

}  // namespace prowlint
