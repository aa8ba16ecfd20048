// What prowlint keeps of build-cluster credentials: aliases, server URLs and
// where each alias was defined. Never keys, tokens or certificates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/position.h"

namespace prowlint {

enum class CredentialFormat { kKubeconfig, kBuildClusterMap };

/// One alias Prow could load: a kubeconfig context or a key of a legacy
/// clusters.yaml map.
struct ClusterContext {
  Located<std::string> alias;
  std::string server;  // URL without user info, query or fragment; "" if unknown
  CredentialFormat format = CredentialFormat::kKubeconfig;
  /// Where it was found inside its file, for messages: `data key "config"
  /// of Secret "kubeconfig"`, or "" for a plain file.
  std::string container;
  /// The Secret or ConfigMap that wraps the file ("" for a plain file), and
  /// the data key holding it: component-alias-mismatch matches them with
  /// the volumes components mount.
  std::string wrapper;
  std::string wrapper_key;
  // Kubeconfig only: the entries the context points at, and whether they exist.
  Located<std::string> cluster_ref;
  Located<std::string> user_ref;
  bool cluster_found = true;
  bool user_found = true;
};

struct Credentials {
  bool kubeconfig_given = false;
  bool build_cluster_given = false;
  /// Kubeconfig contexts merged across files, first file wins per name
  /// (client-go's $KUBECONFIG rule).
  std::vector<ClusterContext> kubeconfig;
  /// Later definitions of a context name that the first one hides.
  std::vector<ClusterContext> shadowed;
  std::optional<Located<std::string>> current_context;
  Position kubeconfig_pos;  // the first kubeconfig source, for whole-file findings
  /// Legacy --build-cluster aliases.
  std::vector<ClusterContext> build_cluster;
  Position build_cluster_pos;

  bool Given() const { return kubeconfig_given || build_cluster_given; }
};

/// " (in data key "config" of Secret "kubeconfig")", or "" for a plain file:
/// the suffix of loader messages about a credential found inside a wrapper.
std::string InContainer(const std::string& container);

/// Removes user:password@, the query string and the fragment from a URL so
/// messages never carry credentials.
std::string RedactUrl(const std::string& url);

}  // namespace prowlint
