// SPDX-License-Identifier: Apache-2.0
// Tests for the credential loaders: LoadKubeconfig (lint/load/load_kubeconfig.h),
// LoadBuildClusterMap (lint/load/load_build_cluster.h), Secret manifests
// (lint/load/load_secret.h) from YAML strings, and LoadCredentials
// (lint/load/load_credentials.h), which only takes paths, over temporary files.
#include "lint/load/load_credentials.h"

#include <gtest/gtest.h>

#include "lint/testing/test_util.h"
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "lint/load/load_build_cluster.h"
#include "lint/load/load_kubeconfig.h"
#include "lint/load/load_secret.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

using testing::Base64;
using testing::Errors;
using testing::Str;

namespace fs = std::filesystem;

constexpr FileId kFile = 3;

Position At(int line, int column, FileId file = kFile) { return Position{file, line, column}; }

// A kubeconfig with one cluster entry per context, named after it.
std::string KubeconfigText(const std::vector<std::string>& contexts,
                       const std::string& current = "") {
  std::string out = "apiVersion: v1\nkind: Config\nclusters:\n";
  for (const std::string& c : contexts)
    out += "- name: " + c + "-cluster\n  cluster:\n    server: https://" + c + ".example\n";
  out += "contexts:\n";
  for (const std::string& c : contexts)
    out += "- name: " + c + "\n  context:\n    cluster: " + c + "-cluster\n    user: u\n";
  out += "users:\n- name: u\n  user:\n    token: SENTINEL-TOKEN\n";
  if (!current.empty()) out += "current-context: " + current + "\n";
  return out;
}

std::vector<std::string> Aliases(const std::vector<ClusterContext>& contexts) {
  std::vector<std::string> out;
  for (const ClusterContext& c : contexts) out.push_back(c.alias.value);
  return out;
}

// A fresh directory under testing::TempDir(), removed afterwards.
class CredentialFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "prowlint-creds-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string Write(const std::string& rel, std::string_view text) {
    const fs::path path = fs::path(dir_) / rel;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
  }
  std::string Path(const std::string& rel) const { return (fs::path(dir_) / rel).string(); }

  Credentials Load(const CredentialPaths& paths) { return LoadCredentials(paths, sources_, diag_); }

  std::string dir_;
  SourceSet sources_;
  Diagnostics diag_;
};

// ---------------------------------------------------------------------------
// LoadKubeconfig, from strings

struct ParsedKubeconfig {
  Kubeconfig config;
  Diagnostics diag;
};

ParsedKubeconfig ParseKubeconfig(std::string_view text, const std::string& container = "") {
  ParsedKubeconfig out;
  std::vector<yaml::Document> docs = ParseYaml(text, kFile, {}, out.diag);
  EXPECT_FALSE(out.diag.HasErrors()) << Errors(out.diag);
  out.config = LoadKubeconfig(docs.empty() ? yaml::Node() : docs.front().root(), container,
                              out.diag);
  return out;
}

TEST(LoadKubeconfigTest, ContextsAndServers) {
  const ParsedKubeconfig k = ParseKubeconfig(
      "apiVersion: v1\n"
      "kind: Config\n"
      "clusters:\n"
      "- name: build-cluster\n"
      "  cluster:\n"
      "    server: https://admin:SENTINEL@1.2.3.4:6443\n"
      "contexts:\n"
      "- name: build\n"
      "  context:\n"
      "    cluster: build-cluster\n"
      "    user: build-user\n"
      "- name: broken\n"
      "  context:\n"
      "    cluster: nowhere\n"
      "    user: nobody\n"
      "current-context: build\n"
      "users:\n"
      "- name: build-user\n"
      "  user:\n"
      "    token: SENTINEL\n",
      "");
  EXPECT_FALSE(k.diag.HasErrors()) << Errors(k.diag);
  ASSERT_EQ(k.config.contexts.size(), 2u);
  const ClusterContext& build = k.config.contexts[0];
  EXPECT_EQ(build.alias.value, "build");
  EXPECT_EQ(build.alias.pos, At(8, 9));
  EXPECT_EQ(build.server, "https://1.2.3.4:6443");
  EXPECT_EQ(build.format, CredentialFormat::kKubeconfig);
  EXPECT_EQ(build.container, "");
  EXPECT_EQ(build.cluster_ref.value, "build-cluster");
  EXPECT_EQ(build.cluster_ref.pos, At(10, 14));
  EXPECT_EQ(build.user_ref.value, "build-user");
  EXPECT_TRUE(build.cluster_found);
  EXPECT_TRUE(build.user_found);
  const ClusterContext& broken = k.config.contexts[1];
  EXPECT_EQ(broken.alias.value, "broken");
  EXPECT_FALSE(broken.cluster_found);
  EXPECT_FALSE(broken.user_found);
  EXPECT_EQ(broken.server, "");
  ASSERT_TRUE(k.config.current_context.has_value());
  EXPECT_EQ(k.config.current_context->value, "build");
  EXPECT_EQ(k.config.current_context->pos, At(16, 18));
}

TEST(LoadKubeconfigTest, ContainerIsCopiedIntoContexts) {
  const ParsedKubeconfig k =
      ParseKubeconfig(KubeconfigText({"a"}), "data key \"config\" of Secret \"kc\"");
  ASSERT_EQ(k.config.contexts.size(), 1u);
  EXPECT_EQ(k.config.contexts[0].container, "data key \"config\" of Secret \"kc\"");
  EXPECT_FALSE(k.config.current_context.has_value());
}

TEST(LoadKubeconfigTest, NotAKubeconfig) {
  const ParsedKubeconfig k = ParseKubeconfig("foo: bar\n");
  ASSERT_EQ(k.diag.errors.size(), 1u) << Errors(k.diag);
  EXPECT_EQ(k.diag.errors[0].message, "not a kubeconfig: no \"contexts\" or \"clusters\"");
  EXPECT_EQ(k.diag.errors[0].pos, At(1, 1));
  const ParsedKubeconfig in_secret = ParseKubeconfig("foo: bar\n", "data key \"x\" of Secret \"y\"");
  ASSERT_EQ(in_secret.diag.errors.size(), 1u);
  EXPECT_EQ(in_secret.diag.errors[0].message,
            "not a kubeconfig: no \"contexts\" or \"clusters\" (in data key \"x\" of Secret \"y\")");
}

TEST(LoadKubeconfigTest, ContextWithoutNameIsAnError) {
  const ParsedKubeconfig k = ParseKubeconfig(
      "contexts:\n"
      "- context:\n"
      "    cluster: c\n");
  ASSERT_EQ(k.diag.errors.size(), 1u) << Errors(k.diag);
  EXPECT_EQ(k.diag.errors[0].message, "context has no name");
  EXPECT_EQ(k.diag.errors[0].pos, At(2, 3));
  EXPECT_TRUE(k.config.contexts.empty());
}

TEST(LoadKubeconfigTest, ContextWithoutUserIsFine) {
  const ParsedKubeconfig k = ParseKubeconfig(
      "clusters:\n"
      "- name: c\n"
      "  cluster: {server: https://c}\n"
      "contexts:\n"
      "- name: x\n"
      "  context: {cluster: c}\n");
  ASSERT_EQ(k.config.contexts.size(), 1u);
  EXPECT_TRUE(k.config.contexts[0].user_found);
  EXPECT_TRUE(k.config.contexts[0].cluster_found);
  EXPECT_EQ(k.config.contexts[0].server, "https://c");
}

// ---------------------------------------------------------------------------
// LoadBuildClusterMap, from strings

struct ParsedBuildCluster {
  std::vector<ClusterContext> clusters;
  Diagnostics diag;
};

ParsedBuildCluster ParseBuildCluster(std::string_view text, const std::string& container = "") {
  ParsedBuildCluster out;
  std::vector<yaml::Document> docs = ParseYaml(text, kFile, {}, out.diag);
  EXPECT_FALSE(out.diag.HasErrors()) << Errors(out.diag);
  out.clusters = LoadBuildClusterMap(docs.empty() ? yaml::Node() : docs.front().root(),
                                     container, out.diag);
  return out;
}

TEST(LoadBuildClusterTest, AliasMap) {
  const ParsedBuildCluster b = ParseBuildCluster(
      "default:\n"
      "  endpoint: https://admin:SENTINEL@1.1.1.1\n"
      "  clientCertificate: aGVsbG8=\n"
      "  clientKey: aGVsbG8=\n"
      "  clusterCaCertificate: aGVsbG8=\n"
      "build:\n"
      "  endpoint: https://2.2.2.2\n");
  EXPECT_FALSE(b.diag.HasErrors()) << Errors(b.diag);
  EXPECT_EQ(Aliases(b.clusters), (std::vector<std::string>{"default", "build"}));
  EXPECT_EQ(b.clusters[0].server, "https://1.1.1.1");
  EXPECT_EQ(b.clusters[0].alias.pos, At(1, 1));
  EXPECT_EQ(b.clusters[0].format, CredentialFormat::kBuildClusterMap);
  EXPECT_EQ(b.clusters[1].server, "https://2.2.2.2");
  EXPECT_EQ(b.clusters[1].alias.pos, At(6, 1));
}

TEST(LoadBuildClusterTest, SingleClusterFormIsDefault) {
  const ParsedBuildCluster b = ParseBuildCluster(
      "endpoint: https://3.3.3.3\n"
      "clientKey: aGVsbG8=\n");
  EXPECT_FALSE(b.diag.HasErrors()) << Errors(b.diag);
  ASSERT_EQ(b.clusters.size(), 1u);
  EXPECT_EQ(b.clusters[0].alias.value, "default");
  EXPECT_EQ(b.clusters[0].alias.pos, At(1, 1));
  EXPECT_EQ(b.clusters[0].server, "https://3.3.3.3");
}

TEST(LoadBuildClusterTest, BadBase64FieldIsAVerdictNamingTheField) {
  // Not a load error: the file parses, and credential-malformed reports it.
  const ParsedBuildCluster b = ParseBuildCluster(
      "build:\n"
      "  endpoint: https://2.2.2.2\n"
      "  clientKey: \"SENTINEL not base64!\"\n");
  EXPECT_FALSE(b.diag.HasErrors()) << Errors(b.diag);
  ASSERT_EQ(b.clusters.size(), 1u) << "the alias still loads";
  ASSERT_EQ(b.clusters[0].problems.size(), 1u);
  const CredentialProblem& p = b.clusters[0].problems[0];
  EXPECT_EQ(p.defect, CredentialDefect::kNotBase64);
  EXPECT_EQ(p.field, "clientKey");
  EXPECT_EQ(p.pos, At(3, 3));
  EXPECT_EQ(p.subject, "");
  EXPECT_EQ(EffectOf(p.defect), DefectEffect::kFileFails);
}

TEST(LoadBuildClusterTest, BadBase64InSingleClusterForm) {
  const ParsedBuildCluster b = ParseBuildCluster(
      "endpoint: https://3.3.3.3\n"
      "clusterCaCertificate: \"%%%\"\n",
      "data key \"cluster\" of Secret \"bc\"");
  EXPECT_FALSE(b.diag.HasErrors()) << Errors(b.diag);
  ASSERT_EQ(b.clusters.size(), 1u);
  EXPECT_EQ(b.clusters[0].alias.value, "default");
  ASSERT_EQ(b.clusters[0].problems.size(), 1u);
  EXPECT_EQ(b.clusters[0].problems[0].defect, CredentialDefect::kNotBase64);
  EXPECT_EQ(b.clusters[0].problems[0].field, "clusterCaCertificate");
  EXPECT_EQ(b.clusters[0].problems[0].pos, At(2, 1));
}

TEST(LoadBuildClusterTest, WrongShapes) {
  const ParsedBuildCluster list = ParseBuildCluster("- a\n");
  ASSERT_EQ(list.diag.errors.size(), 1u) << Errors(list.diag);
  EXPECT_EQ(list.diag.errors[0].message, "a build-cluster file must be a mapping, found a list");
  const ParsedBuildCluster scalar = ParseBuildCluster("build: https://x\n");
  ASSERT_EQ(scalar.diag.errors.size(), 1u) << Errors(scalar.diag);
  EXPECT_EQ(scalar.diag.errors[0].message, "cluster \"build\" must be a mapping, found a scalar");
  EXPECT_EQ(scalar.diag.errors[0].pos, At(1, 8));
  EXPECT_TRUE(scalar.clusters.empty());
}

// ---------------------------------------------------------------------------
// Secret manifests, from strings

struct ParsedSecret {
  std::vector<yaml::Document> docs;
  std::vector<SecretValue> values;
  Diagnostics diag;
};

ParsedSecret ParseSecret(const std::string& text) {
  ParsedSecret out;
  out.docs = ParseYaml(text, kFile, {}, out.diag);
  EXPECT_FALSE(out.diag.HasErrors()) << Errors(out.diag);
  LineIndex lines(text);
  if (!out.docs.empty()) out.values = SecretValues(out.docs.front().root(), lines, out.diag);
  return out;
}

TEST(LoadSecretTest, IsSecretManifest) {
  Diagnostics diag;
  auto root = [&](const char* text) {
    static std::vector<yaml::Document> keep;
    keep = ParseYaml(text, kFile, {}, diag);
    return keep.front().root();
  };
  EXPECT_TRUE(IsSecretManifest(root("kind: Secret\nmetadata: {name: s}\n")));
  EXPECT_TRUE(IsSecretManifest(root("kind: List\nitems:\n- kind: Secret\n")));
  // ConfigMaps wrap credential files too (istio ships its kubeconfig in one).
  EXPECT_TRUE(IsSecretManifest(root("kind: List\nitems:\n- kind: ConfigMap\n")));
  EXPECT_TRUE(IsSecretManifest(root("kind: ConfigMap\nmetadata: {name: c}\n")));
  EXPECT_FALSE(IsSecretManifest(root("kind: List\nitems:\n- kind: Pod\n")));
  EXPECT_FALSE(IsSecretManifest(root("kind: Config\ncontexts: []\n")));
  EXPECT_FALSE(IsSecretManifest(root("default:\n  endpoint: https://x\n")));
}

TEST(LoadSecretTest, DataValuesAreDecodedAndCollapsed) {
  const ParsedSecret s = ParseSecret(
      "apiVersion: v1\n"
      "kind: Secret\n"
      "metadata:\n"
      "  name: kubeconfig\n"
      "data:\n"
      "  config: " + Base64("a: 1\n") + "\n"
      "  other: " + Base64("b: 2\n") + "\n");
  EXPECT_FALSE(s.diag.HasErrors()) << Errors(s.diag);
  ASSERT_EQ(s.values.size(), 2u);
  EXPECT_EQ(s.values[0].secret, "kubeconfig");
  EXPECT_EQ(s.values[0].key, "config");
  EXPECT_EQ(s.values[0].text, "a: 1\n");
  EXPECT_TRUE(s.values[0].parse.collapse_positions);
  EXPECT_EQ(s.values[0].parse.enclosing, At(6, 3));
  EXPECT_EQ(s.values[0].parse.what, "data key \"config\" of Secret \"kubeconfig\"");
  EXPECT_EQ(s.values[0].Describe(), "data key \"config\" of Secret \"kubeconfig\"");
  EXPECT_EQ(s.values[1].key, "other");
}

TEST(LoadSecretTest, StringDataLiteralBlockKeepsRealPositions) {
  const ParsedSecret s = ParseSecret(
      "kind: Secret\n"
      "metadata:\n"
      "  name: kc\n"
      "stringData:\n"
      "  config: |\n"
      "    a: 1\n"
      "    b: 2\n");
  EXPECT_FALSE(s.diag.HasErrors()) << Errors(s.diag);
  ASSERT_EQ(s.values.size(), 1u);
  EXPECT_EQ(s.values[0].text, "a: 1\nb: 2\n");
  EXPECT_FALSE(s.values[0].parse.collapse_positions);
  EXPECT_EQ(s.values[0].parse.line_offset, 5);
  EXPECT_EQ(s.values[0].parse.column_offset, 4);
}

TEST(LoadSecretTest, StringDataPlainValueCollapses) {
  const ParsedSecret s = ParseSecret(
      "kind: Secret\n"
      "metadata: {name: kc}\n"
      "stringData:\n"
      "  config: \"a: 1\"\n");
  ASSERT_EQ(s.values.size(), 1u);
  EXPECT_TRUE(s.values[0].parse.collapse_positions);
  EXPECT_EQ(s.values[0].parse.enclosing, At(4, 3));
}

TEST(LoadSecretTest, StringDataOverridesData) {
  const ParsedSecret s = ParseSecret(
      "kind: Secret\n"
      "metadata: {name: kc}\n"
      "data:\n"
      "  config: " + Base64("from: data\n") + "\n"
      "stringData:\n"
      "  config: |\n"
      "    from: stringData\n");
  ASSERT_EQ(s.values.size(), 1u);
  EXPECT_EQ(s.values[0].text, "from: stringData\n");
}

TEST(LoadSecretTest, ListOfSecrets) {
  const ParsedSecret s = ParseSecret(
      "apiVersion: v1\n"
      "kind: List\n"
      "items:\n"
      "- kind: Secret\n"
      "  metadata: {name: one}\n"
      "  data: {config: " + Base64("a: 1") + "}\n"
      "- kind: ConfigMap\n"
      "  metadata: {name: plain}\n"
      "  data: {config: not-base64!}\n"
      "- kind: Secret\n"
      "  metadata: {name: two}\n"
      "  data: {config: " + Base64("b: 2") + "}\n");
  EXPECT_FALSE(s.diag.HasErrors()) << Errors(s.diag);
  ASSERT_EQ(s.values.size(), 3u);
  EXPECT_EQ(s.values[0].secret, "one");
  // A ConfigMap's data is plain text, not base64.
  EXPECT_EQ(s.values[1].secret, "plain");
  EXPECT_EQ(s.values[1].kind, "ConfigMap");
  EXPECT_EQ(s.values[1].text, "not-base64!");
  EXPECT_EQ(s.values[1].Describe(), "data key \"config\" of ConfigMap \"plain\"");
  EXPECT_EQ(s.values[2].secret, "two");
  EXPECT_EQ(s.values[2].text, "b: 2");
}

TEST(LoadSecretTest, BadBase64NamesTheKeyNeverTheValue) {
  const ParsedSecret s = ParseSecret(
      "kind: Secret\n"
      "metadata: {name: kc}\n"
      "data:\n"
      "  config: SENTINEL!!!\n"
      "  good: " + Base64("x: 1") + "\n");
  ASSERT_EQ(s.diag.errors.size(), 1u) << Errors(s.diag);
  EXPECT_EQ(s.diag.errors[0].message, "data key \"config\" of Secret \"kc\" is not valid base64");
  EXPECT_EQ(s.diag.errors[0].pos, At(4, 3));
  EXPECT_EQ(s.diag.errors[0].message.find("SENTINEL"), std::string::npos);
  ASSERT_EQ(s.values.size(), 1u);
  EXPECT_EQ(s.values[0].key, "good");
}

// ---------------------------------------------------------------------------
// LoadCredentials over files

TEST(RedactUrlTest, StripsUserInfo) {
  EXPECT_EQ(RedactUrl("https://user:pass@host:6443/path"), "https://host:6443/path");
  EXPECT_EQ(RedactUrl("https://token@host"), "https://host");
  EXPECT_EQ(RedactUrl("https://host:6443"), "https://host:6443");
  EXPECT_EQ(RedactUrl("user:pass@host"), "host");
  // A '/' inside a password must not hide it; a path's '@' cuts it (safe side).
  EXPECT_EQ(RedactUrl("https://u:p/w@host/x"), "https://host/x");
  EXPECT_EQ(RedactUrl("https://host/path@thing"), "https://thing");
  EXPECT_EQ(RedactUrl("https://a:b@c@host/x"), "https://host/x");
  EXPECT_EQ(RedactUrl(""), "");
}

TEST(RedactUrlTest, StripsQueryAndFragment) {
  EXPECT_EQ(RedactUrl("https://x.example.com:6443/k8s/clusters/c-abc?access_token=T#frag"),
            "https://x.example.com:6443/k8s/clusters/c-abc");
  EXPECT_EQ(RedactUrl("https://u:p@host?token=T"), "https://host");
  EXPECT_EQ(RedactUrl("https://host#T"), "https://host");
}

TEST_F(CredentialFilesTest, PlainKubeconfig) {
  const std::string path = Write("kubeconfig.yaml", KubeconfigText({"default", "build"}, "build"));
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  EXPECT_TRUE(c.kubeconfig_given);
  EXPECT_FALSE(c.build_cluster_given);
  EXPECT_TRUE(c.Given());
  EXPECT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"default", "build"}));
  EXPECT_TRUE(c.shadowed.empty());
  const FileId file = sources_.Add(path);
  EXPECT_EQ(c.kubeconfig[0].alias.pos, At(11, 9, file));
  EXPECT_EQ(c.kubeconfig[0].server, "https://default.example");
  EXPECT_EQ(c.kubeconfig[1].server, "https://build.example");
  ASSERT_TRUE(c.current_context.has_value());
  EXPECT_EQ(c.current_context->value, "build");
  EXPECT_EQ(c.kubeconfig_pos, At(10, 1, file)) << "the contexts key";
}

TEST_F(CredentialFilesTest, RepeatedKubeconfigsMergeFirstWins) {
  const std::string a = Write("a.yaml", KubeconfigText({"default", "x"}));
  const std::string b = Write("b.yaml", KubeconfigText({"default", "y"}, "y"));
  CredentialPaths paths;
  paths.kubeconfigs = {a, b};
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  EXPECT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"default", "x", "y"}));
  EXPECT_EQ(c.kubeconfig[0].alias.pos.file, sources_.Add(a));
  ASSERT_EQ(c.shadowed.size(), 1u);
  EXPECT_EQ(c.shadowed[0].alias.value, "default");
  EXPECT_EQ(c.shadowed[0].alias.pos.file, sources_.Add(b));
  ASSERT_TRUE(c.current_context.has_value()) << "the first file that sets one";
  EXPECT_EQ(c.current_context->value, "y");
  EXPECT_EQ(c.kubeconfig_pos.file, sources_.Add(a));
}

TEST_F(CredentialFilesTest, FirstCurrentContextWins) {
  const std::string a = Write("a.yaml", KubeconfigText({"x"}, "x"));
  const std::string b = Write("b.yaml", KubeconfigText({"y"}, "y"));
  CredentialPaths paths;
  paths.kubeconfigs = {a, b};
  const Credentials c = Load(paths);
  ASSERT_TRUE(c.current_context.has_value());
  EXPECT_EQ(c.current_context->value, "x");
}

TEST_F(CredentialFilesTest, MissingAndEmptyFiles) {
  const std::string empty = Write("empty.yaml", "# nothing\n");
  CredentialPaths paths;
  paths.kubeconfigs = {Path("missing.yaml"), empty};
  Load(paths);
  ASSERT_EQ(diag_.errors.size(), 2u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message, "cannot read a kubeconfig: No such file or directory");
  EXPECT_EQ(diag_.errors[0].pos, At(0, 0, sources_.Add(Path("missing.yaml"))));
  EXPECT_EQ(diag_.errors[1].message, "empty file, expected a kubeconfig");
  EXPECT_EQ(diag_.errors[1].pos, At(0, 0, sources_.Add(empty)));
}

TEST_F(CredentialFilesTest, SecretWithBase64Kubeconfig) {
  const std::string path = Write("secret.yaml",
                                 "apiVersion: v1\n"
                                 "kind: Secret\n"
                                 "metadata:\n"
                                 "  name: kubeconfig\n"
                                 "data:\n"
                                 "  config: " + Base64(KubeconfigText({"default", "build"})) + "\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"default", "build"}));
  const Position key = At(6, 3, sources_.Add(path));
  EXPECT_EQ(c.kubeconfig[0].alias.pos, key);
  EXPECT_EQ(c.kubeconfig[1].alias.pos, key);
  EXPECT_EQ(c.kubeconfig[1].server, "https://build.example");
  EXPECT_EQ(c.kubeconfig[0].container, "data key \"config\" of Secret \"kubeconfig\"");
  EXPECT_EQ(c.kubeconfig_pos, key);
}

TEST_F(CredentialFilesTest, SecretSkipsValuesThatAreNotKubeconfigs) {
  // A service-account Secret holds a token and a CA next to the kubeconfig.
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\n"
                                 "metadata: {name: kc}\n"
                                 "data:\n"
                                 "  ca.crt: " + Base64("-----BEGIN CERTIFICATE-----\nx\n") + "\n"
                                 "  kubeconfig: " + Base64(KubeconfigText({"default"})) + "\n"
                                 "  token: " + Base64("abc.def") + "\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  EXPECT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"default"}));
  EXPECT_EQ(diag_.notes.items(), (std::vector<std::string>{
                             "data key \"ca.crt\" of Secret \"kc\" is not a kubeconfig; skipped",
                             "data key \"token\" of Secret \"kc\" is not a kubeconfig; skipped"}));
}

TEST_F(CredentialFilesTest, SecretWithoutAnyKubeconfigIsAnError) {
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\nmetadata: {name: kc}\ndata:\n  token: " +
                                     Base64("abc.def") + "\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message,
            "not a kubeconfig: no \"contexts\" or \"clusters\" (in data key \"token\" of Secret \"kc\")");
}

TEST_F(CredentialFilesTest, ConfigMapWithKubeconfig) {
  // istio/test-infra ships its build kubeconfig in a ConfigMap (plain data).
  std::string block;
  for (const char* line : {"apiVersion: v1", "kind: Config", "clusters:", "- name: b",
                           "  cluster: {server: https://b.example}", "contexts:",
                           "- name: default", "  context: {cluster: b, user: u}"})
    block += std::string("    ") + line + "\n";
  const std::string path = Write("cm.yaml", "kind: ConfigMap\nmetadata: {name: kubeconfig}\ndata:\n"
                                            "  config: |\n" + block);
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"default"}));
  EXPECT_EQ(c.kubeconfig[0].alias.pos, At(11, 13, sources_.Add(path)));
  EXPECT_EQ(c.kubeconfig[0].server, "https://b.example");
}

TEST_F(CredentialFilesTest, NameListedTwiceInOneKubeconfigIsAnError) {
  // client-go: duplicate name in list; Prow cannot load the file.
  const std::string path = Write("kc.yaml", KubeconfigText({"default", "default"}));
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  Load(paths);
  bool found = false;
  for (const InputError& e : diag_.errors)
    found = found || e.message.rfind("\"default\" is listed twice in contexts", 0) == 0;
  EXPECT_TRUE(found) << Errors(diag_);
}

TEST_F(CredentialFilesTest, SecretWithStringDataBlock) {
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\n"
                                 "metadata:\n"
                                 "  name: kc\n"
                                 "stringData:\n"
                                 "  config: |\n"
                                 "    apiVersion: v1\n"
                                 "    clusters:\n"
                                 "    - name: c\n"
                                 "      cluster:\n"
                                 "        server: https://x\n"
                                 "    contexts:\n"
                                 "    - name: build\n"
                                 "      context:\n"
                                 "        cluster: c\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_EQ(c.kubeconfig.size(), 1u);
  EXPECT_EQ(c.kubeconfig[0].alias.value, "build");
  EXPECT_EQ(c.kubeconfig[0].alias.pos, At(12, 13, sources_.Add(path)));
  EXPECT_EQ(c.kubeconfig[0].cluster_ref.pos, At(14, 18, sources_.Add(path)));
  EXPECT_EQ(c.kubeconfig[0].server, "https://x");
  EXPECT_EQ(c.kubeconfig[0].container, "data key \"config\" of Secret \"kc\"");
}

TEST_F(CredentialFilesTest, ListOfSecrets) {
  const std::string path = Write("secrets.yaml",
                                 "apiVersion: v1\n"
                                 "kind: List\n"
                                 "items:\n"
                                 "- kind: Secret\n"
                                 "  metadata: {name: one}\n"
                                 "  data:\n"
                                 "    a: " + Base64(KubeconfigText({"a"})) + "\n"
                                 "- kind: Secret\n"
                                 "  metadata: {name: two}\n"
                                 "  data:\n"
                                 "    b: " + Base64(KubeconfigText({"b"})) + "\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c.kubeconfig[0].alias.pos, At(7, 5, sources_.Add(path)));
  EXPECT_EQ(c.kubeconfig[1].alias.pos, At(11, 5, sources_.Add(path)));
  EXPECT_EQ(c.kubeconfig[1].container, "data key \"b\" of Secret \"two\"");
}

TEST_F(CredentialFilesTest, SecretWithBadBase64) {
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\n"
                                 "metadata: {name: kc}\n"
                                 "data:\n"
                                 "  config: SENTINEL-VALUE!\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  const Credentials c = Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message, "data key \"config\" of Secret \"kc\" is not valid base64");
  EXPECT_EQ(diag_.errors[0].pos, At(4, 3, sources_.Add(path)));
  EXPECT_EQ(diag_.errors[0].message.find("SENTINEL"), std::string::npos);
  EXPECT_TRUE(c.kubeconfig.empty());
}

TEST_F(CredentialFilesTest, SecretWithBrokenDecodedYaml) {
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\n"
                                 "metadata: {name: kc}\n"
                                 "data:\n"
                                 "  config: " + Base64("ok: 1\nbad: x: SENTINEL\n") + "\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  Load(paths);
  ASSERT_FALSE(diag_.errors.empty());
  EXPECT_EQ(diag_.errors[0].message,
            "illegal map value (in data key \"config\" of Secret \"kc\", decoded, at line 2, "
            "column 7)");
  EXPECT_EQ(diag_.errors[0].pos, At(4, 3, sources_.Add(path)));
  for (const InputError& e : diag_.errors)
    EXPECT_EQ(e.message.find("SENTINEL"), std::string::npos) << e.message;
}

TEST_F(CredentialFilesTest, SecretWithEmptyValue) {
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\n"
                                 "metadata: {name: kc}\n"
                                 "data:\n"
                                 "  config: \"\"\n");
  CredentialPaths paths;
  paths.kubeconfigs = {path};
  Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message,
            "data key \"config\" of Secret \"kc\" is empty, expected a kubeconfig");
  EXPECT_EQ(diag_.errors[0].pos, At(4, 3, sources_.Add(path)));
}

TEST_F(CredentialFilesTest, KubeconfigDir) {
  Write("dir/b.yaml", KubeconfigText({"b"}, "b"));
  Write("dir/a.yaml", KubeconfigText({"a"}, "a"));
  Write("dir/..data", "not: a kubeconfig\n");
  Write("dir/..2024_01_01/c.yaml", KubeconfigText({"hidden"}));
  Write("dir/sub/d.yaml", KubeconfigText({"nested"}));
  Write("dir/c.txt", KubeconfigText({"c"}));
  CredentialPaths paths;
  paths.kubeconfig_dir = Path("dir");
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  EXPECT_TRUE(c.kubeconfig_given);
  EXPECT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(sources_.Path(c.kubeconfig[0].alias.pos.file), Path("dir/a.yaml"));
  ASSERT_TRUE(c.current_context.has_value()) << "the last file's current-context";
  EXPECT_EQ(c.current_context->value, "b");
}

TEST_F(CredentialFilesTest, KubeconfigDirCurrentContextFromLastFile) {
  Write("dir/a.yaml", KubeconfigText({"a"}, "a"));
  Write("dir/b.yaml", KubeconfigText({"b"}, "b"));
  Write("dir/c.yaml", KubeconfigText({"c"}));
  CredentialPaths paths;
  paths.kubeconfig_dir = Path("dir");
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_TRUE(c.current_context.has_value());
  EXPECT_EQ(c.current_context->value, "b");
}

TEST_F(CredentialFilesTest, KubeconfigDirSuffix) {
  Write("dir/a.yaml", KubeconfigText({"a"}));
  Write("dir/b.conf", KubeconfigText({"b"}));
  Write("dir/c.yaml.bak", KubeconfigText({"c"}));
  CredentialPaths paths;
  paths.kubeconfig_dir = Path("dir");
  paths.kubeconfig_suffix = ".yaml";
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  EXPECT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"a"}));
}

TEST_F(CredentialFilesTest, KubeconfigDirSameContextTwiceIsAnError) {
  const std::string a = Write("dir/a.yaml", KubeconfigText({"x", "a"}));
  const std::string b = Write("dir/b.yaml", KubeconfigText({"b", "x"}));
  CredentialPaths paths;
  paths.kubeconfig_dir = Path("dir");
  const Credentials c = Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message,
            "context \"x\" is also defined in " + a +
                ":11; Prow refuses to start when a context occurs in two kubeconfig files");
  EXPECT_EQ(diag_.errors[0].pos, At(15, 9, sources_.Add(b)));
  EXPECT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"x", "a", "b"}));
}

TEST_F(CredentialFilesTest, KubeconfigDirAndKubeconfigSameContextIsAnError) {
  const std::string main = Write("main.yaml", KubeconfigText({"x"}));
  Write("dir/a.yaml", KubeconfigText({"x"}));
  CredentialPaths paths;
  paths.kubeconfigs = {main};
  paths.kubeconfig_dir = Path("dir");
  Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message,
            "context \"x\" is also defined in " + main +
                ":8; Prow refuses to start when a context occurs in two kubeconfig files");
}

TEST_F(CredentialFilesTest, EmptyKubeconfigDirIsAnError) {
  fs::create_directories(Path("empty"));
  CredentialPaths paths;
  paths.kubeconfig_dir = Path("empty");
  const Credentials c = Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message,
            "no kubeconfig file in this directory; Prow would silently use $KUBECONFIG or "
            "~/.kube/config instead");
  EXPECT_EQ(diag_.errors[0].pos, At(0, 0, sources_.Add(Path("empty"))));
  EXPECT_TRUE(c.kubeconfig.empty());
}

TEST_F(CredentialFilesTest, NonMatchingKubeconfigDirIsAnError) {
  Write("dir/a.conf", KubeconfigText({"a"}));
  CredentialPaths paths;
  paths.kubeconfig_dir = Path("dir");
  paths.kubeconfig_suffix = ".yaml";
  Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message,
            "no kubeconfig file in this directory ends with \".yaml\"; Prow would silently use "
            "$KUBECONFIG or ~/.kube/config instead");
}

TEST_F(CredentialFilesTest, MissingKubeconfigDirIsAnError) {
  CredentialPaths paths;
  paths.kubeconfig_dir = Path("nope");
  Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message, "cannot list kubeconfig directory: No such file or directory");
}

TEST_F(CredentialFilesTest, LegacyBuildClusterMap) {
  const std::string path = Write("clusters.yaml",
                                 "default:\n"
                                 "  endpoint: https://admin:SENTINEL@1.1.1.1\n"
                                 "build:\n"
                                 "  endpoint: https://2.2.2.2\n"
                                 "  clientKey: aGVsbG8=\n");
  CredentialPaths paths;
  paths.build_cluster = path;
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  EXPECT_TRUE(c.build_cluster_given);
  EXPECT_FALSE(c.kubeconfig_given);
  EXPECT_EQ(Aliases(c.build_cluster), (std::vector<std::string>{"default", "build"}));
  EXPECT_EQ(c.build_cluster[0].server, "https://1.1.1.1");
  EXPECT_EQ(c.build_cluster[1].alias.pos, At(3, 1, sources_.Add(path)));
  EXPECT_EQ(c.build_cluster_pos, At(1, 1, sources_.Add(path)));
  EXPECT_TRUE(c.kubeconfig.empty());
}

TEST_F(CredentialFilesTest, SingleClusterBuildFile) {
  const std::string path = Write("cluster.yaml", "endpoint: https://3.3.3.3\n");
  CredentialPaths paths;
  paths.build_cluster = path;
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_EQ(Aliases(c.build_cluster), (std::vector<std::string>{"default"}));
  EXPECT_EQ(c.build_cluster[0].server, "https://3.3.3.3");
}

TEST_F(CredentialFilesTest, BuildClusterSecretPicksKeyCluster) {
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\n"
                                 "metadata: {name: build-cluster}\n"
                                 "data:\n"
                                 "  aaa: " + Base64("wrong:\n  endpoint: https://9.9.9.9\n") + "\n"
                                 "  cluster: " + Base64("default:\n  endpoint: https://1.1.1.1\n") + "\n"
                                 "  zzz: " + Base64("other:\n  endpoint: https://8.8.8.8\n") + "\n");
  CredentialPaths paths;
  paths.build_cluster = path;
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_EQ(Aliases(c.build_cluster), (std::vector<std::string>{"default"}));
  EXPECT_EQ(c.build_cluster[0].server, "https://1.1.1.1");
  EXPECT_EQ(c.build_cluster[0].alias.pos, At(5, 3, sources_.Add(path)));
  EXPECT_EQ(c.build_cluster[0].container, "data key \"cluster\" of Secret \"build-cluster\"");
  EXPECT_EQ(c.build_cluster_pos, At(5, 3, sources_.Add(path)));
}

TEST_F(CredentialFilesTest, BuildClusterSecretWithoutKeyCluster) {
  const std::string path = Write("secret.yaml",
                                 "kind: Secret\n"
                                 "metadata: {name: build-cluster}\n"
                                 "data:\n"
                                 "  a: " + Base64("default:\n  endpoint: https://1.1.1.1\n") + "\n"
                                 "  b: " + Base64("other:\n  endpoint: https://8.8.8.8\n") + "\n");
  CredentialPaths paths;
  paths.build_cluster = path;
  const Credentials c = Load(paths);
  ASSERT_EQ(diag_.errors.size(), 1u) << Errors(diag_);
  EXPECT_EQ(diag_.errors[0].message,
            "the Secret has several data keys and none is \"cluster\"; pass the one that "
            "--build-cluster names as a plain file");
  EXPECT_EQ(diag_.errors[0].pos, At(4, 3, sources_.Add(path)));
  EXPECT_TRUE(c.build_cluster.empty());
}

TEST_F(CredentialFilesTest, BuildClusterBadBase64FieldFailsTheDocument) {
  const std::string path = Write("clusters.yaml",
                                 "default:\n"
                                 "  endpoint: https://1.1.1.1\n"
                                 "  clientCertificate: SENTINEL!\n"
                                 "  clientKey: aGVsbG8=\n");
  CredentialPaths paths;
  paths.build_cluster = path;
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  ASSERT_EQ(c.document_failures.size(), 1u);
  EXPECT_EQ(c.document_failures[0].document, c.build_cluster.at(0).document);
  EXPECT_EQ(c.document_failures[0].format, CredentialFormat::kBuildClusterMap);
  EXPECT_EQ(c.document_failures[0].problem.field, "clientCertificate");
  EXPECT_EQ(c.document_failures[0].problem.pos, At(3, 3, sources_.Add(path)));
}

TEST_F(CredentialFilesTest, KubeconfigAndBuildClusterTogether) {
  const std::string kc = Write("kc.yaml", KubeconfigText({"build"}));
  const std::string bc = Write("bc.yaml", "default:\n  endpoint: https://1.1.1.1\n");
  CredentialPaths paths;
  paths.kubeconfigs = {kc};
  paths.build_cluster = bc;
  const Credentials c = Load(paths);
  EXPECT_FALSE(diag_.HasErrors()) << Errors(diag_);
  EXPECT_EQ(Aliases(c.kubeconfig), (std::vector<std::string>{"build"}));
  EXPECT_EQ(Aliases(c.build_cluster), (std::vector<std::string>{"default"}));
}

TEST_F(CredentialFilesTest, NothingGiven) {
  const Credentials c = Load(CredentialPaths{});
  EXPECT_FALSE(c.Given());
  EXPECT_FALSE(diag_.HasErrors());
  EXPECT_EQ(sources_.size(), 0u);
}

}  // namespace
}  // namespace prowlint
