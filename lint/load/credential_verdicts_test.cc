// SPDX-License-Identifier: Apache-2.0
// Tests for what the credential loaders make of certificates, keys and
// tokens: lint/base/calendar.h, lint/load/certificates.h, lint/load/bearer_token.h and the
// verdicts LoadKubeconfig and LoadBuildClusterMap keep. Certificates are
// made at test time (lint/testing/test_certificates.h) with fixed dates.
#include <gtest/gtest.h>

#include "lint/base/calendar.h"
#include "lint/load/bearer_token.h"
#include "lint/load/certificates.h"
#include "lint/load/load_build_cluster.h"
#include "lint/load/load_credentials.h"
#include "lint/load/load_kubeconfig.h"
#include "lint/testing/test_certificates.h"
#include "lint/testing/test_util.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

using testing::Base64;
using testing::CertificateSpec;
using testing::Errors;
using testing::MakeCertificatePem;
using testing::MakeJwt;
using testing::MakePrivateKeyPem;

constexpr FileId kFile = 2;

TEST(CalendarTest, DayNumbersRoundTrip) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("1970-01-02"), 1);
  EXPECT_EQ(DayNumber("1969-12-31"), -1);
  EXPECT_EQ(*DayNumber("2026-01-11") - *DayNumber("2026-01-01"), 10);
  EXPECT_EQ(*DayNumber("2024-03-01") - *DayNumber("2024-02-28"), 2);  // leap year
  for (const char* d : {"2000-02-29", "2099-12-31", "2026-11-30", "1901-01-01"})
    EXPECT_EQ(IsoDate(*DayNumber(d)), d);
  EXPECT_EQ(IsoDateOfUnixTime(1767225600), "2026-01-01");
  EXPECT_EQ(IsoDateOfUnixTime(1767225599), "2025-12-31");
  EXPECT_EQ(IsoDateOfUnixTime(-1), "1969-12-31");
  for (const char* bad : {"2026-02-29", "2026-13-01", "2026-1-01", "", "2026-01-0x", "1900-02-29"})
    EXPECT_FALSE(DayNumber(bad)) << bad;
}

TEST(CertificatesTest, ReadsEveryCertificateOfAChain) {
  const std::string pem =
      MakeCertificatePem({"leaf", "2020-01-01", "2026-01-11", ""}) +
      MakeCertificatePem({"intermediate", "2020-01-01", "2030-06-30", "Example Org"}) +
      MakePrivateKeyPem();
  const CertificateChain chain = ReadCertificateChain(pem);
  EXPECT_EQ(chain.pem_blocks, 3);
  EXPECT_EQ(chain.unparsable, 0);
  ASSERT_EQ(chain.certificates.size(), 2u);
  EXPECT_EQ(chain.certificates[0].subject_cn, "leaf");
  EXPECT_EQ(chain.certificates[0].not_after, "2026-01-11");
  EXPECT_EQ(chain.certificates[1].subject_cn, "intermediate");
  EXPECT_EQ(chain.certificates[1].not_after, "2030-06-30");
}

TEST(CertificatesTest, CertificateWithoutCommonName) {
  const CertificateChain chain = ReadCertificateChain(MakeCertificatePem({"", "2020-01-01", "2040-01-01", "Org"}));
  ASSERT_EQ(chain.certificates.size(), 1u);
  EXPECT_EQ(chain.certificates[0].subject_cn, "");
}

TEST(CertificatesTest, WhatIsNotACertificate) {
  EXPECT_EQ(ReadCertificateChain("hello\n").pem_blocks, 0);
  EXPECT_TRUE(ReadCertificateChain("").certificates.empty());
  // A CERTIFICATE block whose DER is garbage.
  const CertificateChain bad =
      ReadCertificateChain("-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n" +
                           MakeCertificatePem({}));
  EXPECT_EQ(bad.unparsable, 1);
  EXPECT_TRUE(bad.first_unparsable);
  EXPECT_EQ(bad.certificates.size(), 1u);
  // Only a key: blocks, but no certificate.
  const CertificateChain key = ReadCertificateChain(MakePrivateKeyPem());
  EXPECT_EQ(key.pem_blocks, 1);
  EXPECT_TRUE(key.certificates.empty());
  EXPECT_EQ(key.unparsable, 0);
}

TEST(CertificatesTest, PrivateKeys) {
  EXPECT_TRUE(ReadsAsPrivateKey(MakePrivateKeyPem()));
  EXPECT_TRUE(ReadsAsPrivateKey(MakeCertificatePem({}) + MakePrivateKeyPem()));
  EXPECT_FALSE(ReadsAsPrivateKey(MakeCertificatePem({})));
  EXPECT_FALSE(ReadsAsPrivateKey("-----BEGIN PRIVATE KEY-----\naGVsbG8=\n-----END PRIVATE KEY-----\n"));
  EXPECT_FALSE(ReadsAsPrivateKey("not a key"));
}

TEST(BearerTokenTest, JwtExpiry) {
  const TokenExpiry with = ReadTokenExpiry(MakeJwt(R"({"sub":"prow","exp":1767225600})"));
  EXPECT_TRUE(with.jwt);
  EXPECT_EQ(with.expires, "2026-01-01");
  const TokenExpiry without = ReadTokenExpiry(MakeJwt(R"({"sub":"prow"})"));
  EXPECT_TRUE(without.jwt);
  EXPECT_FALSE(without.expires);
  const TokenExpiry fractional = ReadTokenExpiry(MakeJwt(R"({"exp":1767225599.5})"));
  EXPECT_EQ(fractional.expires, "2025-12-31");
  EXPECT_FALSE(ReadTokenExpiry(MakeJwt(R"({"exp":"tomorrow"})")).expires);
  EXPECT_FALSE(ReadTokenExpiry(MakeJwt(R"({"exp":1e300})")).expires);
  for (const char* opaque : {"abc123", "a.b", "a.b.c.d", "x.!!!.y", "x.bm90IGpzb24.y"})
    EXPECT_FALSE(ReadTokenExpiry(opaque).jwt) << opaque;
}

// A kubeconfig with one context per cluster/user pair.
struct Parsed {
  yaml::Document doc;
  Kubeconfig config;
  Diagnostics diag;
};

Parsed ParseKubeconfig(const std::string& text) {
  Parsed out;
  std::vector<yaml::Document> docs = ParseYaml(text, kFile, {}, out.diag);
  EXPECT_FALSE(out.diag.HasErrors()) << Errors(out.diag);
  out.doc = std::move(docs.front());
  out.config = LoadKubeconfig(out.doc.root(), "", out.diag);
  return out;
}

TEST(KubeconfigVerdictsTest, CertificatesOfTheClusterAndTheUser) {
  const std::string ca = MakeCertificatePem({"cluster-ca", "2020-01-01", "2054-05-08", ""});
  const std::string old_ca = MakeCertificatePem({"old-ca", "2020-01-01", "2025-06-01", ""});
  const std::string client = MakeCertificatePem({"prow-client", "2020-01-01", "2026-01-11", ""});
  const Parsed p = ParseKubeconfig(
      "clusters:\n"
      "- name: build\n"
      "  cluster:\n"
      "    server: https://1.2.3.4\n"
      "    certificate-authority-data: " + Base64(ca + old_ca) + "\n"
      "users:\n"
      "- name: prow\n"
      "  user:\n"
      "    client-certificate-data: " + Base64(client) + "\n"
      "    client-key-data: " + Base64(MakePrivateKeyPem()) + "\n"
      "contexts:\n"
      "- name: build\n"
      "  context: {cluster: build, user: prow}\n");
  ASSERT_EQ(p.config.contexts.size(), 1u);
  const ClusterContext& c = p.config.contexts[0];
  EXPECT_TRUE(c.problems.empty()) << c.problems.size();
  ASSERT_EQ(c.certificates.size(), 3u);
  EXPECT_EQ(c.certificates[0].role, CertificateRole::kClusterCa);
  EXPECT_EQ(c.certificates[0].field, "certificate-authority-data");
  EXPECT_EQ(c.certificates[0].pos, (Position{kFile, 5, 5}));
  EXPECT_EQ(c.certificates[0].subject_cn, "cluster-ca");
  EXPECT_EQ(c.certificates[0].index, 1);
  EXPECT_EQ(c.certificates[0].chain, 2);
  EXPECT_EQ(c.certificates[1].subject_cn, "old-ca");
  EXPECT_EQ(c.certificates[1].not_after, "2025-06-01");
  EXPECT_EQ(c.certificates[1].index, 2);
  EXPECT_EQ(c.certificates[2].role, CertificateRole::kClientCertificate);
  EXPECT_EQ(c.certificates[2].subject_cn, "prow-client");
  EXPECT_EQ(c.certificates[2].not_after, "2026-01-11");
  EXPECT_EQ(c.certificates[2].pos, (Position{kFile, 9, 5}));
  EXPECT_TRUE(p.config.file_failures.empty());
}

TEST(KubeconfigVerdictsTest, TokenExpiry) {
  const Parsed p = ParseKubeconfig(
      "clusters:\n- name: c\n  cluster: {server: https://c}\n"
      "users:\n"
      "- name: u\n  user:\n    token: " + MakeJwt(R"({"exp":1767225600})") + "\n"
      "- name: v\n  user:\n    token: " + MakeJwt(R"({"sub":"x"})") + "\n"
      "contexts:\n"
      "- name: a\n  context: {cluster: c, user: u}\n"
      "- name: b\n  context: {cluster: c, user: v}\n");
  ASSERT_EQ(p.config.contexts.size(), 2u);
  ASSERT_EQ(p.config.contexts[0].tokens.size(), 1u);
  EXPECT_EQ(p.config.contexts[0].tokens[0].expires, "2026-01-01");
  EXPECT_EQ(p.config.contexts[0].tokens[0].pos, (Position{kFile, 7, 5}));
  EXPECT_TRUE(p.config.contexts[1].tokens.empty()) << "no exp: nothing to judge";
}

TEST(KubeconfigVerdictsTest, Problems) {
  const Parsed p = ParseKubeconfig(
      "clusters:\n"
      "- name: plain\n"                                   // 2
      "  cluster: {server: http://10.0.0.1}\n"            // 3
      "- name: noserver\n"                                // 4
      "  cluster: {insecure-skip-tls-verify: true}\n"     // 5
      "- name: badca\n"                                   // 6
      "  cluster:\n"                                      // 7
      "    server: https://b\n"                           // 8
      "    certificate-authority-data: " + Base64("not pem") + "\n"  // 9
      "users:\n"                                          // 10
      "- name: nokey\n"                                   // 11
      "  user: {client-certificate-data: " + Base64(MakeCertificatePem({})) + "}\n"  // 12
      "- name: badkey\n"                                  // 13
      "  user:\n"                                         // 14
      "    client-certificate-data: " + Base64(MakeCertificatePem({})) + "\n"  // 15
      "    client-key-data: \"SENTINEL!\"\n"              // 16
      "contexts:\n"                                       // 17
      "- name: k8s-infra-prow-build\n"                    // 18
      "  context: {cluster: k8s-infra-prow-bulid, user: nokey}\n"  // 19
      "- name: http\n"                                    // 20
      "  context: {cluster: plain, user: ghost}\n"        // 21
      "- name: empty\n"                                   // 22
      "  context: {cluster: noserver, user: badkey}\n"    // 23
      "- name: ca\n"                                      // 24
      "  context: {cluster: badca}\n");                   // 25
  ASSERT_EQ(p.config.contexts.size(), 4u);
  auto defects = [](const ClusterContext& c) {
    std::vector<std::pair<CredentialDefect, std::string>> out;
    for (const CredentialProblem& x : c.problems) out.emplace_back(x.defect, x.field + "|" + x.subject);
    return out;
  };
  using D = CredentialDefect;
  using V = std::vector<std::pair<CredentialDefect, std::string>>;
  EXPECT_EQ(defects(p.config.contexts[0]),
            (V{{D::kClusterEntryMissing, "cluster|k8s-infra-prow-bulid"},
               {D::kCertificateWithoutKey, "client-certificate-data|"}}));
  EXPECT_EQ(p.config.contexts[0].problems[0].pos, (Position{kFile, 19, 22}));
  EXPECT_FALSE(p.config.contexts[0].cluster_found);
  EXPECT_EQ(p.config.contexts[0].WorstEffect(), DefectEffect::kContextFails);
  EXPECT_EQ(defects(p.config.contexts[1]),
            (V{{D::kServerNotHttps, "server|http://10.0.0.1"}, {D::kUserEntryMissing, "user|ghost"}}));
  EXPECT_EQ(p.config.contexts[1].WorstEffect(), DefectEffect::kUnusable);
  EXPECT_EQ(defects(p.config.contexts[2]),
            (V{{D::kNoServer, "server|"}, {D::kNotBase64, "client-key-data|"}}));
  EXPECT_EQ(p.config.contexts[2].problems[1].entry, "badkey");
  EXPECT_EQ(p.config.contexts[2].WorstEffect(), DefectEffect::kFileFails);
  EXPECT_EQ(defects(p.config.contexts[3]), (V{{D::kNoCertificate, "certificate-authority-data|"}}));
  EXPECT_EQ(p.config.contexts[3].WorstEffect(), DefectEffect::kClientFails);
  ASSERT_EQ(p.config.file_failures.size(), 1u);
  EXPECT_EQ(p.config.file_failures[0].pos, (Position{kFile, 16, 5}));
}

TEST(KubeconfigVerdictsTest, KubeconfigEnvMergesEntriesAcrossFiles) {
  // client-go merges $KUBECONFIG files first-wins per entry name, so a
  // context may use a cluster entry of another file.
  testing::TempDir dir;
  const std::string a = dir.Write("a.yaml",
                                  "clusters:\n- name: shared\n  cluster: {server: https://a}\n"
                                  "contexts: []\n");
  const std::string b = dir.Write("b.yaml",
                                  "clusters:\n- name: shared\n  cluster: {server: https://b}\n"
                                  "contexts:\n- name: build\n  context: {cluster: shared}\n"
                                  "- name: lost\n  context: {cluster: nowhere}\n");
  SourceSet sources;
  Diagnostics diag;
  CredentialPaths paths;
  paths.kubeconfigs = {a, b};
  const Credentials c = LoadCredentials(paths, sources, diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  EXPECT_EQ(c.loading, KubeconfigLoading::kEnv);
  ASSERT_EQ(c.kubeconfig.size(), 2u);
  EXPECT_EQ(c.kubeconfig[0].server, "https://a") << "the first file's entry wins";
  EXPECT_TRUE(c.kubeconfig[0].problems.empty());
  EXPECT_EQ(c.kubeconfig[0].document, 1);
  EXPECT_FALSE(c.kubeconfig[1].cluster_found);

  paths.kubeconfigs = {b};
  const Credentials single = LoadCredentials(paths, sources, diag);
  EXPECT_EQ(single.loading, KubeconfigLoading::kFlag);
  EXPECT_EQ(single.kubeconfig[0].server, "https://b");
}

TEST(BuildClusterVerdictsTest, CertificatesAndProblems) {
  Diagnostics diag;
  std::vector<yaml::Document> docs = ParseYaml(
      "default:\n"
      "  endpoint: https://1.1.1.1\n"
      "  clusterCaCertificate: " + Base64(MakeCertificatePem({"ca", "2020-01-01", "2019-12-31", ""})) + "\n"
      "  clientCertificate: " + Base64(MakeCertificatePem({"client", "2020-01-01", "2030-01-01", ""})) + "\n"
      "  clientKey: " + Base64(MakePrivateKeyPem()) + "\n"
      "build:\n"
      "  clientCertificate: " + Base64(MakeCertificatePem({})) + "\n",
      kFile, {}, diag);
  const std::vector<ClusterContext> clusters = LoadBuildClusterMap(docs.front().root(), "", diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_TRUE(clusters[0].problems.empty());
  ASSERT_EQ(clusters[0].certificates.size(), 2u);
  EXPECT_EQ(clusters[0].certificates[0].field, "clusterCaCertificate");
  EXPECT_EQ(clusters[0].certificates[0].not_after, "2019-12-31");
  EXPECT_EQ(clusters[0].certificates[1].subject_cn, "client");
  ASSERT_EQ(clusters[1].problems.size(), 2u);
  EXPECT_EQ(clusters[1].problems[0].defect, CredentialDefect::kNoEndpoint);
  EXPECT_EQ(clusters[1].problems[0].pos, (Position{kFile, 6, 1}));
  EXPECT_EQ(clusters[1].problems[1].defect, CredentialDefect::kCertificateWithoutKey);
}

}  // namespace
}  // namespace prowlint
