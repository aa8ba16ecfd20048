// SPDX-License-Identifier: Apache-2.0
// X.509 certificates and private keys in credentials, read through OpenSSL's
// libcrypto for the credential loaders. Only verdicts leave these functions:
// a certificate's subject common name and expiry date, never its bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prowlint {

/// What prowlint keeps of one certificate.
struct CertificateSummary {
  std::string subject_cn;  // "" when the subject has no common name
  std::string not_after;   // YYYY-MM-DD, UTC
};

/// Every CERTIFICATE block of a PEM text, in order.
struct CertificateChain {
  /// PEM blocks of any type (a key next to the certificates counts).
  int pem_blocks = 0;
  /// CERTIFICATE blocks whose DER X.509 parses, in order.
  std::vector<CertificateSummary> certificates;
  /// CERTIFICATE blocks that X.509 cannot parse.
  int unparsable = 0;
  /// The first CERTIFICATE block is among the unparsable ones (Go's
  /// tls.X509KeyPair only parses the leaf, the first one).
  bool first_unparsable = false;
};

/// Reads every PEM block of `pem` (the decoded *-data field of a kubeconfig
/// or a legacy clusters.yaml). `pem` may be secret: nothing of it is kept.
CertificateChain ReadCertificateChain(std::string_view pem);

/// Whether `pem` holds a private key that parses (unencrypted, as Go's
/// tls.X509KeyPair needs it).
bool ReadsAsPrivateKey(std::string_view pem);

}  // namespace prowlint
