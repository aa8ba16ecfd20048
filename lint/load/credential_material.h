// SPDX-License-Identifier: Apache-2.0
// The credential loaders' judges of material: base64 PEM certificates, keys,
// bearer tokens and server URLs, turned into verdicts and problems on the
// spot. The decoded bytes live in locals here and are wiped before return
// (STYLE §13: the model keeps verdicts, never material).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/model/credentials.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// What a loader learnt from one kubeconfig entry or legacy cluster.
struct MaterialVerdicts {
  std::vector<CertificateVerdict> certificates;
  std::vector<TokenVerdict> tokens;
  std::vector<CredentialProblem> problems;
  /// A field held kubectl's redaction marker (`kubectl config view` prints
  /// DATA+OMITTED and REDACTED): nothing to judge there.
  bool redacted = false;
};

/// Whether `value` is what `kubectl config view` prints instead of material.
bool IsRedactionMarker(const std::string& value);

/// Judges `holder[field]`, a base64 PEM certificate (chain) of `role`: every
/// certificate that parses becomes a verdict; a field that does not decode,
/// holds no certificate or (for a CA) no parsable one, or (for a client
/// certificate) an unparsable first one, is a problem. Absent or null: nothing.
void JudgeCertificate(const yaml::Node& holder, std::string_view field, CertificateRole role,
                      const std::string& entry, MaterialVerdicts& out);

/// Judges `holder[field]`, a base64 PEM private key.
void JudgeKey(const yaml::Node& holder, std::string_view field, const std::string& entry,
              MaterialVerdicts& out);

/// Judges `holder[field]`, a static bearer token: a JWT with `exp` is a verdict.
void JudgeToken(const yaml::Node& holder, std::string_view field, MaterialVerdicts& out);

/// Judges an API server URL at `value` (the field `field`): not an https URL
/// is a problem.
void JudgeServer(const yaml::Node& value, std::string_view field, const std::string& entry,
                 MaterialVerdicts& out);

}  // namespace prowlint
