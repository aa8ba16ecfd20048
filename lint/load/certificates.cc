// SPDX-License-Identifier: Apache-2.0
// See certificates.h. Every buffer that held decoded material is cleansed
// before it is freed.
#include "lint/load/certificates.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>
#include <ctime>
#include <memory>

namespace prowlint {
namespace {

struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

struct X509Free {
  void operator()(X509* x) const { X509_free(x); }
};

struct PkeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};

BioPtr MemoryBio(std::string_view text) {
  return BioPtr(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

// One PEM block as PEM_read_bio returns it; cleansed and freed on scope exit.
struct PemBlock {
  char* name = nullptr;
  char* header = nullptr;
  unsigned char* data = nullptr;
  long length = 0;
  ~PemBlock() {
    if (data) OPENSSL_cleanse(data, static_cast<std::size_t>(length));
    OPENSSL_free(name);
    OPENSSL_free(header);
    OPENSSL_free(data);
  }
};

std::string CommonName(X509* cert) {
  X509_NAME* subject = X509_get_subject_name(cert);
  const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
  if (index < 0) return "";
  ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
  unsigned char* utf8 = nullptr;
  const int n = ASN1_STRING_to_UTF8(&utf8, data);
  if (n < 0) return "";
  std::string out(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(n));
  OPENSSL_free(utf8);
  // A name is printed on one line: control characters would break it.
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  return out;
}

std::string NotAfter(X509* cert) {
  std::tm tm{};
  if (ASN1_TIME_to_tm(X509_get0_notAfter(cert), &tm) != 1) return "";
  char out[16];
  std::strftime(out, sizeof out, "%Y-%m-%d", &tm);
  return out;
}

// PEM passphrase callback: never prompt; an encrypted key does not load,
// as in Go's tls.X509KeyPair.
int NoPassphrase(char*, int, int, void*) { return -1; }

}  // namespace

CertificateChain ReadCertificateChain(std::string_view pem) {
  CertificateChain chain;
  BioPtr bio = MemoryBio(pem);
  if (!bio) return chain;
  bool first = true;
  for (;;) {
    PemBlock block;
    if (PEM_read_bio(bio.get(), &block.name, &block.header, &block.data, &block.length) != 1)
      break;
    ++chain.pem_blocks;
    if (std::strcmp(block.name, PEM_STRING_X509) != 0 &&
        std::strcmp(block.name, PEM_STRING_X509_OLD) != 0)
      continue;
    const unsigned char* p = block.data;
    std::unique_ptr<X509, X509Free> cert(d2i_X509(nullptr, &p, block.length));
    if (!cert) {
      ++chain.unparsable;
      chain.first_unparsable = chain.first_unparsable || first;
    } else {
      chain.certificates.push_back({CommonName(cert.get()), NotAfter(cert.get())});
    }
    first = false;
  }
  // The end of input leaves "no start line" in OpenSSL's error queue.
  ERR_clear_error();
  return chain;
}

bool ReadsAsPrivateKey(std::string_view pem) {
  BioPtr bio = MemoryBio(pem);
  if (!bio) return false;
  std::unique_ptr<EVP_PKEY, PkeyFree> key(
      PEM_read_bio_PrivateKey(bio.get(), nullptr, NoPassphrase, nullptr));
  ERR_clear_error();
  return key != nullptr;
}

}  // namespace prowlint
