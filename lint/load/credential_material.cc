// SPDX-License-Identifier: Apache-2.0
// See credential_material.h.
#include "lint/load/credential_material.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "lint/base/base64.h"
#include "lint/load/bearer_token.h"
#include "lint/load/certificates.h"

namespace prowlint {
namespace {

// Where findings about a field point: its key. The value is the material.
Position FieldPos(const yaml::Node& holder, std::string_view field) {
  const yaml::Node key = holder.Key(field);
  return key.Present() ? key.pos() : holder.Get(field).pos();
}

void Problem(MaterialVerdicts& out, CredentialDefect defect, Position pos, std::string_view field,
             const std::string& entry, std::string subject = "") {
  out.problems.push_back({defect, pos, std::string(field), std::move(subject), entry});
}

// The decoded bytes of a base64 field, or nullopt after recording why not.
std::optional<std::string> Decoded(const yaml::Node& holder, std::string_view field,
                                   const std::string& entry, MaterialVerdicts& out) {
  const yaml::Node value = holder.Get(field);
  if (value.IsNull()) return std::nullopt;
  if (IsRedactionMarker(value.Str())) {
    out.redacted = true;
    return std::nullopt;
  }
  std::optional<std::string> bytes;
  if (value.IsScalar()) bytes = DecodeBase64(value.Text());
  if (!bytes) Problem(out, CredentialDefect::kNotBase64, FieldPos(holder, field), field, entry);
  return bytes;
}

}  // namespace

bool IsRedactionMarker(const std::string& value) {
  return value == "DATA+OMITTED" || value == "REDACTED";
}

void JudgeCertificate(const yaml::Node& holder, std::string_view field, CertificateRole role,
                      const std::string& entry, MaterialVerdicts& out) {
  std::optional<std::string> pem = Decoded(holder, field, entry, out);
  if (!pem) return;
  const CertificateChain chain = ReadCertificateChain(*pem);
  Wipe(*pem);
  const Position pos = FieldPos(holder, field);
  const int total = static_cast<int>(chain.certificates.size()) + chain.unparsable;
  if (total == 0) {
    Problem(out, CredentialDefect::kNoCertificate, pos, field, entry);
    return;
  }
  // Go's x509.CertPool takes a CA bundle when any certificate parses;
  // tls.X509KeyPair parses only the first (leaf) certificate.
  const bool fails = role == CertificateRole::kClusterCa ? chain.certificates.empty()
                                                         : chain.first_unparsable;
  if (fails) Problem(out, CredentialDefect::kCertificateUnparsable, pos, field, entry);
  int index = 0;
  for (const CertificateSummary& c : chain.certificates) {
    out.certificates.push_back({role, pos, std::string(field), ++index,
                                static_cast<int>(chain.certificates.size()), c.subject_cn,
                                c.not_after});
  }
}

void JudgeKey(const yaml::Node& holder, std::string_view field, const std::string& entry,
              MaterialVerdicts& out) {
  std::optional<std::string> pem = Decoded(holder, field, entry, out);
  if (!pem) return;
  const bool ok = ReadsAsPrivateKey(*pem);
  Wipe(*pem);
  if (!ok) Problem(out, CredentialDefect::kKeyUnparsable, FieldPos(holder, field), field, entry);
}

void JudgeToken(const yaml::Node& holder, std::string_view field, MaterialVerdicts& out) {
  const yaml::Node value = holder.Get(field);
  if (!value.IsScalar()) return;
  if (IsRedactionMarker(value.Str())) {
    out.redacted = true;
    return;
  }
  const TokenExpiry expiry = ReadTokenExpiry(value.Text());
  if (expiry.expires) out.tokens.push_back({FieldPos(holder, field), std::string(field), *expiry.expires});
}

void JudgeServer(const yaml::Node& value, std::string_view field, const std::string& entry,
                 MaterialVerdicts& out) {
  const std::string url = value.Str();
  std::string scheme = url.substr(0, std::min<std::size_t>(url.size(), 8));
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme == "https://" && url.size() > 8) return;
  Problem(out, CredentialDefect::kServerNotHttps, value.pos(), field, entry, RedactUrl(url));
}

}  // namespace prowlint
