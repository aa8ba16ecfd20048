// SPDX-License-Identifier: Apache-2.0
// Kubernetes objects in YAML documents, as `kubectl apply` sees them: one
// object per document, or the items of a List. Shared by the manifest and
// inventory loaders.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/position.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

struct KubeObject {
  yaml::Node root;
  std::string kind;         // "Deployment"
  std::string api_version;  // "apps/v1"
  /// metadata.name (or generateName); empty for kinds that have none (a
  /// Kustomization, a kubeconfig): the reader of each kind decides.
  Located<std::string> name;
  std::string ns;  // metadata.namespace, "" when unset
};

/// The Secret an ExternalSecret creates (kubernetes-external-secrets'
/// kubernetes-client.io/v1 and external-secrets.io): spec.target.name, else
/// the object's own name. nullopt for other objects.
std::optional<Located<std::string>> ExternalSecretTarget(const KubeObject& o);

/// Calls `fn` for every object in `docs`, List items included. A document
/// that is not an object (no `kind`: a kustomize patch, Helm values) is
/// counted and skipped; the count is returned.
std::size_t ForEachKubeObject(const std::vector<yaml::Document>& docs,
                              const std::function<void(const KubeObject&)>& fn,
                              Diagnostics& diag);
/// The same for one document (documents parsed one at a time).
std::size_t ForEachKubeObject(const yaml::Document& doc,
                              const std::function<void(const KubeObject&)>& fn,
                              Diagnostics& diag);

}  // namespace prowlint
