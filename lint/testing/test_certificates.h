// SPDX-License-Identifier: Apache-2.0
// Test-only: certificates, keys and tokens made with libcrypto at test time,
// so expiry tests need no committed key material and no clock.
#pragma once

#include <string>
#include <vector>

namespace prowlint::testing {

struct CertificateSpec {
  std::string common_name = "test";
  std::string not_before = "2020-01-01";  // YYYY-MM-DD
  std::string not_after = "2099-12-31";   // YYYY-MM-DD (valid until that day's end)
  /// An extra subject attribute (O=): canary tests hide a sentinel here.
  std::string organization;
};

/// A self-signed certificate in PEM.
std::string MakeCertificatePem(const CertificateSpec& spec);
/// An unencrypted EC P-256 private key in PEM (PKCS#8).
std::string MakePrivateKeyPem();
/// An unsigned JWT whose payload is `payload_json` (header {"alg":"none"}).
std::string MakeJwt(const std::string& payload_json);

}  // namespace prowlint::testing
