// SPDX-License-Identifier: Apache-2.0
// Tests for LoadInventory (lint/load/load_inventory.h) and Inventory
// (lint/model/inventory.h): `kubectl get -o name`, `-o custom-columns`,
// `-o yaml`, `-o json`, and the namespace an --inventory flag gives.
#include "lint/load/load_inventory.h"

#include <gtest/gtest.h>

#include "lint/testing/test_util.h"

#include <string>
#include <string_view>

namespace prowlint {
namespace {

using testing::Errors;

constexpr FileId kFile = 5;

Inventory LoadOk(std::string_view text, const std::string& alias = "build") {
  Diagnostics diag;
  Inventory inv = LoadInventory(text, kFile, alias, diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  return inv;
}

TEST(LoadInventoryTest, NameListing) {
  const Inventory inv = LoadOk(
      "secret/gcs\n"
      "configmap/settings\n"
      "serviceaccount/runner\n");
  EXPECT_EQ(inv.alias, "build");
  EXPECT_EQ(inv.file, kFile);
  EXPECT_EQ(inv.size(), 3u);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "gcs"));
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "default", "settings"));
  EXPECT_TRUE(inv.Has(ObjectKind::kServiceAccount, "anything", "runner"));
  EXPECT_FALSE(inv.Has(ObjectKind::kConfigMap, "test-pods", "gcs")) << "kinds are separate";
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "test-pods", "other"));
}

TEST(LoadInventoryTest, NameListingPluralAndGroupForms) {
  const Inventory inv = LoadOk(
      "secrets/a\n"
      "Secret/b\n"
      "configmaps/c\n"
      "configmap.v1/d\n"
      "serviceaccounts/e\n"
      "serviceaccount.core/f\n"
      "\n"
      "# comment\n"
      "  secret/g  \r\n");
  EXPECT_EQ(inv.size(), 7u);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "ns", "a"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "ns", "b"));
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "ns", "c"));
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "ns", "d"));
  EXPECT_TRUE(inv.Has(ObjectKind::kServiceAccount, "ns", "e"));
  EXPECT_TRUE(inv.Has(ObjectKind::kServiceAccount, "ns", "f"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "ns", "g"));
}

TEST(LoadInventoryTest, NameListingIgnoresOtherKinds) {
  const Inventory inv = LoadOk(
      "pod/p\n"
      "deployment.apps/d\n"
      "secret/s\n");
  EXPECT_EQ(inv.size(), 1u);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "ns", "s"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "ns", "p"));
}

TEST(LoadInventoryTest, MalformedNameLineIsAnError) {
  Diagnostics diag;
  const Inventory inv = LoadInventory(
      "secret/a\n"
      "\n"
      "secret/\n"
      "secret/b/c\n"
      "configmap/ok\n",
      kFile, "build", diag);
  ASSERT_EQ(diag.errors.size(), 2u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].message, "expected \"kind/name\" as printed by kubectl get -o name");
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 3, 1}));
  EXPECT_EQ(diag.errors[1].pos, (Position{kFile, 4, 1}));
  EXPECT_EQ(inv.size(), 2u);
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "ns", "ok"));
}

TEST(LoadInventoryTest, YamlList) {
  const Inventory inv = LoadOk(
      "apiVersion: v1\n"
      "kind: List\n"
      "items:\n"
      "- apiVersion: v1\n"
      "  kind: Secret\n"
      "  metadata:\n"
      "    name: gcs\n"
      "    namespace: test-pods\n"
      "  data:\n"
      "    key: SENTINEL\n"
      "- kind: ConfigMap\n"
      "  metadata:\n"
      "    name: settings\n"
      "    namespace: test-pods\n"
      "- kind: ServiceAccount\n"
      "  metadata:\n"
      "    name: runner\n"
      "    namespace: other\n"
      "- kind: Pod\n"
      "  metadata:\n"
      "    name: ignored\n"
      "    namespace: test-pods\n");
  EXPECT_EQ(inv.size(), 3u);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "gcs"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "default", "gcs")) << "namespace is kept";
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "test-pods", "settings"));
  EXPECT_TRUE(inv.Has(ObjectKind::kServiceAccount, "other", "runner"));
  EXPECT_FALSE(inv.Has(ObjectKind::kServiceAccount, "test-pods", "runner"));
}

TEST(LoadInventoryTest, MultiDocumentManifests) {
  const Inventory inv = LoadOk(
      "kind: Secret\n"
      "metadata: {name: a, namespace: ns}\n"
      "---\n"
      "kind: ConfigMap\n"
      "metadata: {name: b, namespace: ns}\n"
      "---\n"
      "---\n"
      "kind: Secret\n"
      "metadata: {name: c}\n");
  EXPECT_EQ(inv.size(), 3u);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "ns", "a"));
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "ns", "b"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "any", "c")) << "no namespace matches any";
}

TEST(LoadInventoryTest, KubectlJson) {
  const Inventory inv = LoadOk(R"({
    "apiVersion": "v1",
    "items": [
        {
            "apiVersion": "v1",
            "data": {"token": "U0VOVElORUw="},
            "kind": "Secret",
            "metadata": {"name": "token", "namespace": "test-pods"},
            "type": "Opaque"
        },
        {
            "kind": "ServiceAccount",
            "metadata": {"name": "runner", "namespace": "test-pods"}
        }
    ],
    "kind": "List",
    "metadata": {"resourceVersion": ""}
}
)");
  EXPECT_EQ(inv.size(), 2u);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "token"));
  EXPECT_TRUE(inv.Has(ObjectKind::kServiceAccount, "test-pods", "runner"));
}

TEST(LoadInventoryTest, SingleObjectJson) {
  const Inventory inv =
      LoadOk(R"({"kind": "ConfigMap", "metadata": {"name": "cm", "namespace": "ns"}})");
  EXPECT_EQ(inv.size(), 1u);
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "ns", "cm"));
}

TEST(LoadInventoryTest, DataValuesAreNeverRead) {
  // Malformed data (not base64, not even a string) does not matter.
  const Inventory inv = LoadOk(
      "kind: Secret\n"
      "metadata: {name: s, namespace: ns}\n"
      "data:\n"
      "  key: \"%%% not base64 %%%\"\n"
      "  nested: {a: [1, 2]}\n"
      "stringData: [x]\n");
  EXPECT_EQ(inv.size(), 1u);
}

TEST(LoadInventoryTest, ItemWithoutNameIsAnError) {
  Diagnostics diag;
  const Inventory inv = LoadInventory(
      "kind: List\n"
      "items:\n"
      "- kind: Secret\n"
      "  metadata: {namespace: ns}\n"
      "- kind: Secret\n"
      "  metadata: {name: ok}\n",
      kFile, "build", diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].message, "inventory item has no metadata.name");
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 3, 3}));
  EXPECT_EQ(inv.size(), 1u);
}

TEST(LoadInventoryTest, ItemsNotAListIsAnError) {
  Diagnostics diag;
  LoadInventory("kind: List\nitems: {a: b}\n", kFile, "build", diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].message, "\"items\" must be a list, found a mapping");
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 2, 8}));
}

TEST(LoadInventoryTest, YamlSyntaxErrorIsReported) {
  Diagnostics diag;
  LoadInventory("kind: List\nitems: [\n", kFile, "build", diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].pos.file, kFile);
}

TEST(LoadInventoryTest, EmptyListingIsAnEmptyCluster) {
  // kubectl prints nothing (-o name) or an empty List (-o yaml/json) for an
  // empty namespace: a cluster where nothing exists, judged as such.
  for (const char* text : {"", "\n# nothing\n", "apiVersion: v1\nkind: List\nitems: []\n",
                           "{\"apiVersion\": \"v1\", \"kind\": \"List\", \"items\": []}"}) {
    Diagnostics diag;
    const Inventory inv = LoadInventory(text, kFile, "build", diag);
    EXPECT_EQ(inv.size(), 0u) << text;
    EXPECT_FALSE(diag.HasErrors()) << text << Errors(diag);
    EXPECT_TRUE(inv.Judges(ObjectKind::kSecret)) << text;
  }
}

TEST(LoadInventoryTest, ForeignInputIsAnError) {
  // Something was listed, but none of the three kinds: the wrong file (a
  // kubeconfig, a Prow config), which would judge everything missing.
  for (const char* text : {"apiVersion: v1\nkind: Config\ncontexts: []\n", "pod/x\n",
                           "pod_namespace: test-pods\n"}) {
    Diagnostics diag;
    const Inventory inv = LoadInventory(text, kFile, "build", diag);
    EXPECT_EQ(inv.size(), 0u);
    ASSERT_EQ(diag.errors.size(), 1u) << text;
    EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 0, 0}));
    EXPECT_EQ(diag.errors[0].message.rfind("lists no secrets, config maps or service accounts", 0), 0u);
  }
}

TEST(LoadInventoryTest, ListingWithoutAKindCannotJudgeIt) {
  const Inventory inv = LoadOk("serviceaccount/default\n");
  EXPECT_TRUE(inv.Judges(ObjectKind::kServiceAccount));
  EXPECT_FALSE(inv.Judges(ObjectKind::kSecret));
  EXPECT_FALSE(inv.Judges(ObjectKind::kConfigMap));
}

TEST(LoadInventoryTest, ListingOfTwoKindsJudgesTheThird) {
  // kubectl get secrets,configmaps,serviceaccounts in a fresh namespace of
  // Kubernetes 1.24+: no secret exists.
  const Inventory inv = LoadOk("serviceaccount/default\nconfigmap/kube-root-ca.crt\n");
  EXPECT_TRUE(inv.Judges(ObjectKind::kSecret));
  EXPECT_TRUE(inv.Judges(ObjectKind::kConfigMap));
}

TEST(LoadInventoryTest, ColumnListingOfAllNamespaces) {
  // kubectl get secrets,configmaps,serviceaccounts -A -o
  // custom-columns=NAMESPACE:.metadata.namespace,KIND:.kind,NAME:.metadata.name
  const Inventory inv = LoadOk(
      "NAMESPACE   KIND             NAME\n"
      "default     Secret           hmac-token\n"
      "default     ConfigMap        plugins\n"
      "test-pods   Secret           service-account\n"
      "test-pods   ServiceAccount   default\r\n"
      "test-pods   Pod              ignored\n"
      "\n");
  EXPECT_EQ(inv.size(), 4u);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "default", "hmac-token"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "test-pods", "hmac-token")) << "namespace is kept";
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "default", "plugins"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "service-account"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "default", "service-account"));
  EXPECT_TRUE(inv.Has(ObjectKind::kServiceAccount, "test-pods", "default"));
}

TEST(LoadInventoryTest, ColumnsAreFoundByTheirHeader) {
  // Any order, any case, a header repeated, <none> for a missing namespace.
  const Inventory inv = LoadOk(
      "name kind namespace\n"
      "a    secret  ns\n"
      "NAME KIND NAMESPACE\n"
      "b    configmap <none>\n");
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "ns", "a"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "other", "a"));
  EXPECT_TRUE(inv.Has(ObjectKind::kConfigMap, "any", "b")) << "no namespace matches any";
}

TEST(LoadInventoryTest, ColumnHeaderAloneIsAnEmptyCluster) {
  const Inventory inv = LoadOk("NAMESPACE   KIND   NAME\n");
  EXPECT_EQ(inv.size(), 0u);
  EXPECT_TRUE(inv.Judges(ObjectKind::kSecret));
}

TEST(LoadInventoryTest, ColumnsWithoutKindAreAnError) {
  // `kubectl get secrets -A` without -o: a table that names no kind.
  Diagnostics diag;
  const Inventory inv = LoadInventory(
      "NAMESPACE   NAME         TYPE     DATA   AGE\n"
      "default     hmac-token   Opaque   1      3y\n",
      kFile, "build", diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 1, 1}));
  EXPECT_EQ(diag.errors[0].message.rfind("expected a header naming the columns KIND and NAME, as "
                                         "kubectl get secrets,configmaps,serviceaccounts -A -o "
                                         "custom-columns=",
                                         0),
            0u)
      << diag.errors[0].message;
  EXPECT_EQ(inv.size(), 0u);
}

TEST(LoadInventoryTest, ColumnRowOfTheWrongWidthIsAnError) {
  Diagnostics diag;
  const Inventory inv = LoadInventory(
      "NAMESPACE KIND NAME\n"
      "default Secret\n"
      "default Secret ok\n",
      kFile, "build", diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].message, "expected 3 columns, as the header names");
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 2, 1}));
  EXPECT_EQ(inv.size(), 1u);
}

TEST(LoadInventoryTest, NameListingOfOneNamespace) {
  // --inventory build/default=FILE: `kubectl -n default get ... -o name`.
  Diagnostics diag;
  const Inventory inv = LoadInventory("secret/hmac-token\n", kFile, "build", "default", diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "default", "hmac-token"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "test-pods", "hmac-token"));
}

TEST(LoadInventoryTest, ListingsOfTwoNamespacesAddUp) {
  Diagnostics diag;
  Inventory inv = LoadInventory("secret/hmac-token\n", kFile, "in-cluster", "default", diag);
  inv.Merge(LoadInventory("secret/service-account\nserviceaccount/default\n", kFile, "in-cluster",
                          "test-pods", diag));
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "default", "hmac-token"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "service-account"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "default", "service-account"));
  EXPECT_FALSE(inv.Has(ObjectKind::kServiceAccount, "default", "default"));
}

TEST(LoadInventoryTest, EmptyListingOfOneNamespace) {
  Diagnostics diag;
  const Inventory inv = LoadInventory("", kFile, "build", "default", diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  EXPECT_EQ(inv.size(), 0u);
}

TEST(LoadInventoryTest, ObjectInAnotherNamespaceThanTheFlagSaysIsAnError) {
  // -o yaml carries metadata.namespace: it must be the one the flag names.
  Diagnostics diag;
  const Inventory inv = LoadInventory(
      "kind: List\n"
      "items:\n"
      "- kind: Secret\n"
      "  metadata: {name: a, namespace: default}\n"
      "- kind: Secret\n"
      "  metadata: {name: b, namespace: test-pods}\n"
      "- kind: Secret\n"
      "  metadata: {name: c}\n",
      kFile, "in-cluster", "default", diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].message,
            "lists secret \"b\" in namespace \"test-pods\", but --inventory in-cluster/default is "
            "a listing of namespace \"default\"");
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 5, 3}));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "default", "a"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "default", "c"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "test-pods", "c"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "test-pods", "b"));
}

TEST(ParseInventoryScopeTest, AliasAndNamespace) {
  auto scope = [](const std::string& spec, const std::vector<std::string>& aliases = {}) {
    const InventoryScope s = ParseInventoryScope(spec, aliases);
    return s.alias + "|" + s.ns;
  };
  EXPECT_EQ(scope("in-cluster"), "in-cluster|");
  EXPECT_EQ(scope("in-cluster/default"), "in-cluster|default");
  EXPECT_EQ(scope("gke_p_z_c/test-pods"), "gke_p_z_c|test-pods");
  // A context name holding '/' (oc login writes "ns/api-host:6443/user").
  EXPECT_EQ(scope("ns/api-host:6443/kube:admin"), "ns/api-host:6443/kube:admin|")
      << "after the last '/' is no namespace name";
  EXPECT_EQ(scope("ns/api-host:6443/admin", {"ns/api-host:6443/admin"}), "ns/api-host:6443/admin|")
      << "an alias the credentials or jobs name is meant whole";
  EXPECT_EQ(scope("ns/api-host:6443/admin/test-pods", {"ns/api-host:6443/admin"}),
            "ns/api-host:6443/admin|test-pods");
  EXPECT_EQ(scope("a/Default"), "a/Default|") << "not a DNS label";
  EXPECT_EQ(scope("a/"), "a/|");
  EXPECT_EQ(scope("/ns"), "/ns|");
}

TEST(AddInventoryManifestsTest, RepositoryManifestsAndExternalSecrets) {
  Diagnostics diag;
  Inventory inv;
  AddInventoryManifests(
      "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: hook}\n"
      "---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: prowjob-sa, namespace: "
      "test-pods}\n"
      "---\napiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\n"
      "metadata: {name: es-1, namespace: test-pods}\nspec: {target: {name: gcs-creds}}\n"
      "---\napiVersion: kubernetes-client.io/v1\nkind: ExternalSecret\n"
      "metadata: {name: ssh-key, namespace: test-pods}\nspec: {backendType: gcpSecretsManager}\n"
      "---\n- op: add\n  path: /x\n",
      kFile, "", inv, diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  EXPECT_EQ(inv.size(), 3u);
  EXPECT_TRUE(inv.Has(ObjectKind::kServiceAccount, "test-pods", "prowjob-sa"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "gcs-creds"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "test-pods", "es-1"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "ssh-key"));
}

TEST(AddInventoryManifestsTest, AppliedInANamespace) {
  // --inventory build/test-pods=DIR: the manifests as `kubectl apply -n
  // test-pods` creates them; one that names another namespace kubectl refuses.
  Diagnostics diag;
  Inventory inv;
  inv.alias = "build";
  AddInventoryManifests(
      "kind: Secret\nmetadata: {name: a}\n"
      "---\nkind: Secret\nmetadata: {name: b, namespace: test-pods}\n"
      "---\nkind: Secret\nmetadata: {name: c, namespace: default}\n",
      kFile, "test-pods", inv, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 8, 18}));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "a"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "default", "a"));
  EXPECT_TRUE(inv.Has(ObjectKind::kSecret, "test-pods", "b"));
  EXPECT_FALSE(inv.Has(ObjectKind::kSecret, "default", "c"));
}

TEST(InventoryTest, MergeAndHas) {
  Inventory a;
  a.Add(ObjectKind::kSecret, "ns", "x");
  Inventory b;
  b.Add(ObjectKind::kSecret, "", "y");
  a.Merge(b);
  EXPECT_EQ(a.size(), 2u);
  EXPECT_TRUE(a.Has(ObjectKind::kSecret, "ns", "x"));
  EXPECT_FALSE(a.Has(ObjectKind::kSecret, "other", "x"));
  EXPECT_TRUE(a.Has(ObjectKind::kSecret, "other", "y"));
}

}  // namespace
}  // namespace prowlint
