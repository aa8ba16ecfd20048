// SPDX-License-Identifier: Apache-2.0
// See test_certificates.h.
#include "lint/testing/test_certificates.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>

#include "lint/testing/test_util.h"

namespace prowlint::testing {
namespace {

struct PkeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct X509Free {
  void operator()(X509* x) const { X509_free(x); }
};
struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};

std::unique_ptr<EVP_PKEY, PkeyFree> NewKey() {
  std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
  if (!key) throw std::runtime_error("EC key generation failed");
  return key;
}

std::string BioText(BIO* bio) {
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio, &data);
  return std::string(data, static_cast<std::size_t>(n));
}

// "2026-01-11" -> "20260111235959Z": valid through the whole day.
std::string GeneralizedTime(const std::string& iso, bool end_of_day) {
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2) +
         (end_of_day ? "235959Z" : "000000Z");
}

std::string Base64Url(const std::string& in) {
  std::string out = Base64(in);
  while (!out.empty() && out.back() == '=') out.pop_back();
  for (char& c : out) {
    if (c == '+') c = '-';
    if (c == '/') c = '_';
  }
  return out;
}

}  // namespace

std::string MakeCertificatePem(const CertificateSpec& spec) {
  auto key = NewKey();
  std::unique_ptr<X509, X509Free> cert(X509_new());
  X509_set_version(cert.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
  if (ASN1_TIME_set_string_X509(X509_getm_notBefore(cert.get()),
                                GeneralizedTime(spec.not_before, false).c_str()) != 1 ||
      ASN1_TIME_set_string_X509(X509_getm_notAfter(cert.get()),
                                GeneralizedTime(spec.not_after, true).c_str()) != 1)
    throw std::runtime_error("bad certificate dates");
  X509_NAME* name = X509_get_subject_name(cert.get());
  auto add = [&](const char* field, const std::string& value) {
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1, 0);
  };
  if (!spec.organization.empty()) add("O", spec.organization);
  if (!spec.common_name.empty()) add("CN", spec.common_name);
  X509_set_issuer_name(cert.get(), name);
  X509_set_pubkey(cert.get(), key.get());
  if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
    throw std::runtime_error("signing failed");
  std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_X509(bio.get(), cert.get());
  return BioText(bio.get());
}

std::string MakePrivateKeyPem() {
  auto key = NewKey();
  std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
  PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
  return BioText(bio.get());
}

std::string MakeJwt(const std::string& payload_json) {
  return Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Base64Url(payload_json) + ".";
}

}  // namespace prowlint::testing
