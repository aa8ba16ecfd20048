// SPDX-License-Identifier: Apache-2.0
// What prowlint keeps of build-cluster credentials: aliases, server URLs,
// where each alias was defined, and the loaders' verdicts on the material
// (which certificate expires when, what does not decode). Never keys, tokens
// or certificates.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"

namespace prowlint {

enum class CredentialFormat { kKubeconfig, kBuildClusterMap };

/// How Prow is told where the kubeconfigs are; it decides what one context
/// that fails to load does (sigs/prow pkg/kube/config.go LoadClusterConfigs).
enum class KubeconfigLoading {
  kFlag,  // one --kubeconfig: Prow's flag, a failing context stops it
  kDir,   // --kubeconfig-dir: each file on its own, a failing context stops it
  kEnv,   // several --kubeconfig files: $KUBECONFIG, merged first-wins
};

enum class CertificateRole { kClusterCa, kClientCertificate };

/// One certificate a loader decoded: which one, and until when it is valid.
struct CertificateVerdict {
  CertificateRole role = CertificateRole::kClusterCa;
  Position pos;       // the field holding it
  std::string field;  // "certificate-authority-data", "clientCertificate"
  int index = 1;      // its place in the chain, from 1
  int chain = 1;      // certificates in the chain
  std::string subject_cn;
  std::string not_after;  // YYYY-MM-DD, UTC
};

/// A static bearer token that is a JWT with an `exp` claim.
struct TokenVerdict {
  Position pos;       // the field holding it
  std::string field;  // "token"
  std::string expires;  // YYYY-MM-DD, UTC
};

/// What is wrong with a credential, as Prow would load it.
enum class CredentialDefect {
  kClusterEntryMissing,    // a context names a cluster entry that does not exist
  kUserEntryMissing,       // a context names a user entry that does not exist
  kNoServer,               // a kubeconfig cluster entry without a server
  kServerNotHttps,         // the server (or endpoint) is not an https URL
  kNoEndpoint,             // a legacy clusters.yaml entry without an endpoint
  kNotBase64,              // a base64 field that does not decode
  kNoCertificate,          // decodes, but holds no PEM certificate
  kCertificateUnparsable,  // a PEM certificate X.509 cannot parse
  kKeyUnparsable,          // the client key does not parse as a private key
  kCertificateWithoutKey,  // a client certificate without its key
};

/// What Prow does because of a defect.
enum class DefectEffect {
  kUnusable,      // the alias loads, but requests fail (no server, no user, ...)
  kContextFails,  // building the context's client config fails
  kFileFails,     // the whole file fails to load
  kClientFails,   // creating the clients fails: Prow stops at start-up on every path
};

/// The effect of `defect` (client-go's clientcmd and transport; for legacy
/// clusters.yaml files every effect but kUnusable stops Prow at start-up).
DefectEffect EffectOf(CredentialDefect defect);

struct CredentialProblem {
  CredentialDefect defect = CredentialDefect::kNotBase64;
  Position pos;
  /// The field at fault ("certificate-authority-data", "cluster").
  std::string field;
  /// What it names, when that is not secret: the missing entry, the server
  /// URL (redacted); "" otherwise.
  std::string subject;
  /// The kubeconfig entry the field belongs to ("" for a context's own
  /// fields and legacy aliases).
  std::string entry;
};

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
  /// Which loaded kubeconfig or clusters.yaml document it comes from (an
  /// index in the run): a document that fails to load takes every context in
  /// it along.
  int document = 0;
  /// The loaders' verdicts on what the context uses: its cluster entry's CA
  /// and its user entry's client certificate and token.
  std::vector<CertificateVerdict> certificates;
  std::vector<TokenVerdict> tokens;
  /// Everything wrong with the context, its cluster entry and its user entry.
  std::vector<CredentialProblem> problems;
  /// Some of its material is kubectl's redaction marker (DATA+OMITTED,
  /// REDACTED): the verdicts above are incomplete.
  bool redacted = false;

  /// The strongest effect of the problems (kUnusable when there are none).
  DefectEffect WorstEffect() const;
  bool HasProblem(DefectEffect effect) const;
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
  /// How the kubeconfigs are given to Prow (meaningful with kubeconfig_given).
  KubeconfigLoading loading = KubeconfigLoading::kFlag;
  /// Problems that make a whole document fail to load (also listed on the
  /// contexts that use the entry at fault).
  struct DocumentFailure {
    int document = 0;
    CredentialFormat format = CredentialFormat::kKubeconfig;
    CredentialProblem problem;
  };
  std::vector<DocumentFailure> document_failures;

  bool Given() const { return kubeconfig_given || build_cluster_given; }
  /// Every context read: the kubeconfig contexts, then the legacy aliases.
  std::vector<std::reference_wrapper<const ClusterContext>> AllContexts() const {
    std::vector<std::reference_wrapper<const ClusterContext>> all(kubeconfig.begin(),
                                                                  kubeconfig.end());
    all.insert(all.end(), build_cluster.begin(), build_cluster.end());
    return all;
  }
};

/// " (in data key "config" of Secret "kubeconfig")", or "" for a plain file:
/// the suffix of loader messages about a credential found inside a wrapper.
std::string InContainer(const std::string& container);

/// Removes user:password@, the query string and the fragment from a URL so
/// messages never carry credentials.
std::string RedactUrl(const std::string& url);

}  // namespace prowlint
