// SPDX-License-Identifier: Apache-2.0
// Tests for the deploy-manifest loader and its helpers: image references,
// Go flag syntax, credential tracing through mounts, the target version.
#include "lint/load/load_manifests.h"

#include <gtest/gtest.h>

#include "lint/go/go_flags.h"
#include "lint/prow/component_credentials.h"
#include "lint/prow/prow_images.h"
#include "lint/prow/target_version.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::Errors;

TEST(ImageRefTest, SplitsRepositoryTagAndDigest) {
  ImageRef r = ParseImageRef("gcr.io/k8s-prow/plank:v20190208-c35c7e3");
  EXPECT_EQ(r.repository, "gcr.io/k8s-prow/plank");
  EXPECT_EQ(r.tag, "v20190208-c35c7e3");
  EXPECT_EQ(r.digest, "");
  r = ParseImageRef("registry.local:5000/prow/hook@sha256:abc");
  EXPECT_EQ(r.repository, "registry.local:5000/prow/hook") << "a port is not a tag";
  EXPECT_EQ(r.tag, "");
  EXPECT_EQ(r.digest, "sha256:abc");
  r = ParseImageRef("us-docker.pkg.dev/k8s-infra-prow/images/hook:v20260821-a61940897@sha256:0");
  EXPECT_EQ(r.tag, "v20260821-a61940897");
}

TEST(ImageRefTest, ComponentOnlyDirectlyUnderAPrefix) {
  const auto& d = DefaultProwImagePrefixes();
  EXPECT_EQ(ProwComponentName(ParseImageRef("gcr.io/k8s-prow/plank:v1"), d), "plank");
  EXPECT_EQ(ProwComponentName(
                ParseImageRef("us-docker.pkg.dev/k8s-infra-prow/images/prow-controller-manager:x"), d),
            "prow-controller-manager");
  EXPECT_EQ(ProwComponentName(ParseImageRef("gcr.io/k8s-prow/sub/plank:v1"), d), "");
  EXPECT_EQ(ProwComponentName(ParseImageRef("gcr.io/k8s-testimages/ghproxy:latest"), d), "");
  EXPECT_EQ(ProwComponentName(ParseImageRef("mirror.example/prow/hook:v1"), {"mirror.example/prow/"}),
            "hook");
}

std::vector<Located<std::string>> Args(std::vector<std::string> words) {
  std::vector<Located<std::string>> out;
  int col = 1;
  for (auto& w : words) out.push_back({w, Position{0, 1, col++}});
  return out;
}

std::string Show(const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags)
    out += f.name.value + (f.value ? "=" + f.value->value : "") + "@" +
           std::to_string(f.name.pos.column) + " ";
  return out;
}

TEST(GoFlagsTest, EveryFormGoAccepts) {
  EXPECT_EQ(Show(ParseGoFlags(Args({"--dry-run=false", "-config-path=/etc/config/config.yaml",
                                    "--job-config-path", "/etc/job-config", "--tot-url",
                                    "http://tot", "--enable", "-v"}))),
            "dry-run=false@1 config-path=/etc/config/config.yaml@2 job-config-path=/etc/job-config@3 "
            "tot-url=http://tot@5 enable@7 v@8 ");
}

TEST(GoFlagsTest, StopsWhereGoStops) {
  EXPECT_EQ(Show(ParseGoFlags(Args({"--a=1", "--", "--b=2"}))), "a=1@1 ");
  EXPECT_EQ(Show(ParseGoFlags(Args({"positional", "--b=2"}))), "");
  EXPECT_EQ(Show(ParseGoFlags(Args({"---a=1", "--b=2"}))), "") << "bad flag syntax";
}

Component WithMounts() {
  Component c;
  // One at a time: GCC 12 at -O3 misreads a braced list of these as
  // possibly uninitialised (-Wmaybe-uninitialized).
  const char* const kMounts[][3] = {{"kubeconfig", "/etc/kubeconfig", ""},
                                    {"build", "/etc/cluster", ""},
                                    {"one", "/etc/one/config", "config"},
                                    {"mapped", "/etc/mapped", ""}};
  for (const auto& m : kMounts) {
    ComponentMount mount;
    mount.volume.value = m[0];
    mount.mount_path = m[1];
    mount.sub_path = m[2];
    c.mounts.push_back(std::move(mount));
  }
  ComponentVolume kc{{"kubeconfig", {}}, {}, false};
  kc.sources.push_back({ObjectKind::kSecret, {"kubeconfig", {}}, {}, false});
  ComponentVolume build{{"build", {}}, {}, false};
  build.sources.push_back({ObjectKind::kSecret, {"build-cluster", {}}, {}, false});
  ComponentVolume one{{"one", {}}, {}, false};
  one.sources.push_back({ObjectKind::kConfigMap, {"kubeconfigs", {}}, {}, false});
  ComponentVolume mapped{{"mapped", {}}, {}, false};
  mapped.sources.push_back({ObjectKind::kSecret, {"other", {}}, {{"x", "unrelated"}}, false});
  mapped.sources.push_back({ObjectKind::kSecret, {"real", {}}, {{"cfg", "kube/config"}}, false});
  c.volumes = {kc, build, one, mapped};
  return c;
}

std::string Show(const std::vector<CredentialRef>& refs) {
  std::string out;
  for (const CredentialRef& r : refs)
    out += std::string(CredentialFlagName(r.flag)) + " " + r.path.value + " -> " + r.object +
           "[" + r.key + "]; ";
  return out;
}

TEST(CredentialRefsTest, TracesFlagsAndEnvThroughMounts) {
  Component c = WithMounts();
  c.flags = ParseGoFlags(Args({"--kubeconfig=/etc/kubeconfig/config",
                               "--build-cluster=/etc/cluster/cluster"}));
  c.env = {{{"KUBECONFIG", {}},
            Located<std::string>{"/etc/one/config::/etc/mapped/kube/config:/elsewhere/k", {}}}};
  EXPECT_EQ(Show(FindCredentialRefs(c)),
            "--kubeconfig /etc/kubeconfig/config -> kubeconfig[config]; "
            "--build-cluster /etc/cluster/cluster -> build-cluster[cluster]; "
            "KUBECONFIG /etc/one/config -> kubeconfigs[config]; "
            "KUBECONFIG /etc/mapped/kube/config -> real[cfg]; "
            "KUBECONFIG /elsewhere/k -> []; ");
}

TEST(CredentialRefsTest, DirectoryFlagSelectsNoKey) {
  Component c = WithMounts();
  c.flags = ParseGoFlags(Args({"--kubeconfig-dir=/etc/kubeconfig", "--kubeconfig-suffix=.yaml"}));
  EXPECT_EQ(Show(FindCredentialRefs(c)), "--kubeconfig-dir /etc/kubeconfig -> kubeconfig[]; ");
}

struct Loaded {
  Manifests m;
  SourceSet sources;
  Diagnostics diag;
};

std::unique_ptr<Loaded> Load(const std::string& text) {
  auto l = std::make_unique<Loaded>();
  const FileId file = l->sources.Add("deploy.yaml");
  LoadManifestText(text, file, DefaultProwImagePrefixes(), l->m, l->sources, l->diag);
  return l;
}

const char* kPlank = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: plank
  namespace: prow
spec:
  strategy: {type: Recreate}
  template:
    spec:
      serviceAccountName: plank
      containers:
      - name: plank
        image: gcr.io/k8s-prow/plank:v20190208-c35c7e3
        args:
        - --build-cluster=/etc/cluster/cluster
        - --dry-run=false
        resources: {requests: {cpu: 100m}}
        volumeMounts:
        - {name: cluster, mountPath: /etc/cluster}
      - name: sidecar
        image: gcr.io/other/thing:1
      volumes:
      - name: cluster
        secret: {secretName: build-cluster}
)";

// Documents of kinds the loader does not read (a CRD) are never parsed: a
// syntax error inside them is not an input error and positions after them
// stay true. Documents without a kind (job configs in the deploy tree) are
// parsed and counted for the note; broken, they are an input error.
TEST(ManifestLoaderTest, SkipsUnreadKindsWithoutMovingPositions) {
  Loaded l;
  const FileId file = l.sources.Add("deploy.yaml");
  const std::string text = std::string(
      "apiVersion: apiextensions.k8s.io/v1\n"
      "kind: CustomResourceDefinition\n"
      "spec: {broken: [\n"  // never parsed
      "---\n"
      "presubmits:\n"
      "  org/repo: []\n"
      "---\n") + kPlank;
  const std::size_t others =
      LoadManifestText(text, file, DefaultProwImagePrefixes(), l.m, l.sources, l.diag);
  EXPECT_FALSE(l.diag.HasErrors()) << Errors(l.diag);
  EXPECT_EQ(others, 1u) << "the job config is not a Kubernetes object";
  ASSERT_EQ(l.m.components.size(), 1u);
  EXPECT_EQ(l.m.components[0].image.pos.line, 7 + 13) << "plank's image line, after 7 lines";
  // A file of such documents only is not parsed at all.
  Loaded only;
  const FileId crd = only.sources.Add("crd.yaml");
  EXPECT_EQ(LoadManifestText("kind: CustomResourceDefinition\nspec: {broken: [\n", crd,
                             DefaultProwImagePrefixes(), only.m, only.sources, only.diag),
            0u);
  EXPECT_FALSE(only.diag.HasErrors());
  // A document whose kind cannot be read that way is parsed as before.
  Loaded flow;
  const FileId json = flow.sources.Add("x.json");
  LoadManifestText("{\"kind\": \"Service\", \"metadata\": {\"name\": [}", json,
                   DefaultProwImagePrefixes(), flow.m, flow.sources, flow.diag);
  EXPECT_TRUE(flow.diag.HasErrors());
  // A document without a kind may be broken input: it is parsed.
  Loaded kindless;
  const FileId bad = kindless.sources.Add("bad.yaml");
  LoadManifestText("a:\n\tb: 1\n", bad, DefaultProwImagePrefixes(), kindless.m, kindless.sources,
                   kindless.diag);
  EXPECT_TRUE(kindless.diag.HasErrors());
}

// Random bytes often hold a "{{": they are an input error, never a template
// skipped with a note (found feeding 3 MB of /dev/urandom to --deploy-manifest).
TEST(ManifestLoaderTest, BinaryWithBracesIsAnErrorNotATemplate) {
  Loaded l;
  const FileId file = l.sources.Add("random.yaml");
  const std::string text = std::string("a: {{ b }}\n\x01\xff\n", 13);
  LoadManifestText(text, file, DefaultProwImagePrefixes(), l.m, l.sources, l.diag);
  EXPECT_TRUE(l.diag.HasErrors());
  EXPECT_TRUE(l.diag.notes.empty());
  // The same braces in text are a template, skipped with a note.
  Loaded t;
  const FileId templ = t.sources.Add("chart.yaml");
  LoadManifestText("a: {{ b }\n", templ, DefaultProwImagePrefixes(), t.m, t.sources, t.diag);
  EXPECT_FALSE(t.diag.HasErrors());
  EXPECT_FALSE(t.diag.notes.empty());
}

TEST(LoadManifestsTest, ComponentWithEverythingARuleNeeds) {
  auto l = Load(kPlank);
  EXPECT_FALSE(l->diag.HasErrors()) << Errors(l->diag);
  ASSERT_EQ(l->m.components.size(), 1u) << "only containers with a Prow image";
  const Component& c = l->m.components[0];
  EXPECT_EQ(c.name, "plank");
  EXPECT_EQ(c.tag, "v20190208-c35c7e3");
  ASSERT_TRUE(c.version);
  EXPECT_EQ(c.version->date, 20190208);
  EXPECT_EQ(c.image.pos, (Position{0, 13, 16}));
  EXPECT_EQ(c.workload.value, "plank");
  EXPECT_EQ(c.ns, "prow");
  EXPECT_EQ(c.workload_kind, WorkloadKind::kDeployment);
  ASSERT_TRUE(c.service_account);
  EXPECT_EQ(c.service_account->value, "plank");
  EXPECT_TRUE(c.requests_cpu);
  EXPECT_FALSE(c.requests_memory);
  EXPECT_FALSE(c.readiness_probe);
  ASSERT_TRUE(c.update_strategy);
  EXPECT_EQ(c.update_strategy->value, "Recreate");
  ASSERT_NE(c.FindFlag("dry-run"), nullptr);
  EXPECT_EQ(c.FindFlag("dry-run")->value->value, "false");
  EXPECT_EQ(Show(c.credentials), "--build-cluster /etc/cluster/cluster -> build-cluster[cluster]; ");
}

TEST(LoadManifestsTest, EveryWorkloadKindAndList) {
  auto l = Load(R"(apiVersion: v1
kind: List
items:
- apiVersion: batch/v1
  kind: CronJob
  metadata: {name: branchprotector}
  spec:
    jobTemplate:
      spec:
        template:
          spec:
            containers:
            - {name: b, image: "gcr.io/k8s-prow/branchprotector:v20200101-abcdef0"}
- apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: boskos}
  spec:
    updateStrategy: {type: OnDelete}
    template:
      spec:
        initContainers:
        - {name: init, image: "us-docker.pkg.dev/k8s-infra-prow/images/clonerefs:latest"}
        containers: []
---
apiVersion: v1
kind: Pod
metadata: {name: one-off}
spec:
  containers:
  - {name: x, image: "gcr.io/k8s-prow/mkpj@sha256:0123"}
)");
  EXPECT_FALSE(l->diag.HasErrors()) << Errors(l->diag);
  ASSERT_EQ(l->m.components.size(), 3u);
  EXPECT_EQ(l->m.components[0].workload_kind, WorkloadKind::kCronJob);
  EXPECT_EQ(l->m.components[1].workload_kind, WorkloadKind::kStatefulSet);
  EXPECT_TRUE(l->m.components[1].init_container);
  EXPECT_EQ(l->m.components[1].update_strategy->value, "OnDelete");
  ASSERT_TRUE(l->m.components[1].version);
  EXPECT_EQ(l->m.components[1].version->tag, "latest");
  EXPECT_TRUE(l->m.components[2].digest_only);
  EXPECT_FALSE(l->m.components[2].version);
}

TEST(LoadManifestsTest, RbacAndObjectNamesNeverSecretData) {
  auto l = Load(R"(kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: sinker}
rules:
- {apiGroups: [""], resources: [pods], verbs: [delete, list, watch, get]}
---
kind: RoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: sinker, namespace: test-pods}
roleRef: {kind: ClusterRole, name: sinker}
subjects: [{kind: ServiceAccount, name: sinker, namespace: prow}]
---
kind: Secret
apiVersion: v1
metadata: {name: github-token, namespace: prow}
stringData: {token: CANARY-VALUE}
---
kind: ExternalSecret
apiVersion: external-secrets.io/v1beta1
metadata: {name: kubeconfig-build, namespace: prow}
spec: {target: {name: kubeconfig}}
)");
  EXPECT_FALSE(l->diag.HasErrors()) << Errors(l->diag);
  ASSERT_EQ(l->m.roles.size(), 1u);
  EXPECT_TRUE(l->m.roles[0].cluster_role);
  EXPECT_EQ(l->m.roles[0].rules[0].verbs, (std::vector<std::string>{"delete", "list", "watch", "get"}));
  ASSERT_EQ(l->m.bindings.size(), 1u);
  EXPECT_TRUE(l->m.bindings[0].role_is_cluster_role);
  EXPECT_EQ(l->m.bindings[0].subjects[0].ns, "prow");
  ASSERT_EQ(l->m.objects.size(), 2u);
  EXPECT_EQ(l->m.objects[0].name.value, "github-token");
  EXPECT_EQ(l->m.objects[1].name.value, "kubeconfig");
  EXPECT_TRUE(l->m.objects[1].external);
  EXPECT_TRUE(l->sources.Sensitive(0)) << "a file with a Secret is never quoted";
}

TEST(LoadManifestsTest, PatchesAndTemplatesAreSkippedNotErrors) {
  auto patch = Load("- op: add\n  path: /spec/x\n  value: 1\n");
  EXPECT_FALSE(patch->diag.HasErrors());
  auto templ = Load("kind: RoleBinding\nsubjects:\n{% for u in users %}\n  - name: {{ u }}\n");
  EXPECT_FALSE(templ->diag.HasErrors()) << Errors(templ->diag);
  EXPECT_EQ(templ->diag.notes.items().size(), 1u);
}

TEST(LoadManifestsTest, BrokenYamlIsAnErrorWithAPosition) {
  auto l = Load("kind: Deployment\nmetadata: {name: x\nspec: 1\n");
  ASSERT_TRUE(l->diag.HasErrors());
  EXPECT_EQ(l->diag.errors[0].pos.file, 0u);
  EXPECT_GT(l->diag.errors[0].pos.line, 0);
}

TEST(LoadManifestsTest, NamelessObjectOfAReadKindIsAnError) {
  auto l = Load("kind: Deployment\nspec: {}\n---\nkind: Kustomization\nresources: [a.yaml]\n");
  ASSERT_EQ(l->diag.errors.size(), 1u) << Errors(l->diag);
  EXPECT_EQ(l->diag.errors[0].message, "Deployment has no metadata.name");
}

TEST(TargetVersionTest, FlagWinsAndSaysSo) {
  auto l = Load(kPlank);
  Notes notes;
  const TargetVersion t = ChooseTargetVersion(ProwVersion{"v20190125-2aca69d", 20190125},
                                              l->m, l->sources, notes);
  EXPECT_EQ(t.source, VersionSource::kFlag);
  EXPECT_EQ(t.version->tag, "v20190125-2aca69d");
  ASSERT_EQ(notes.items().size(), 1u);
  EXPECT_EQ(notes.items()[0],
            "--target-version v20190125-2aca69d overrides plank:v20190208-c35c7e3 in the manifests "
            "(deploy.yaml:13:16)");
}

TEST(TargetVersionTest, FromTheSchedulingComponent) {
  auto l = Load(kPlank);
  l->m.given = true;
  Notes notes;
  const TargetVersion t = ChooseTargetVersion(std::nullopt, l->m, l->sources, notes);
  EXPECT_EQ(t.source, VersionSource::kManifests);
  EXPECT_EQ(t.version->tag, "v20190208-c35c7e3");
  EXPECT_EQ(t.scheduler, &l->m.components[0]);
  EXPECT_TRUE(notes.empty());
}

TEST(TargetVersionTest, PrefersProwControllerManagerOverPlank) {
  auto l = Load(std::string(kPlank) +
                "---\nkind: Deployment\nmetadata: {name: prow-controller-manager}\nspec:\n  "
                "template:\n    spec:\n      containers:\n      - image: "
                "gcr.io/k8s-prow/prow-controller-manager:v20210101-abcdef0\n");
  l->m.given = true;
  Notes notes;
  const TargetVersion t = ChooseTargetVersion(std::nullopt, l->m, l->sources, notes);
  EXPECT_EQ(t.version->tag, "v20210101-abcdef0");
}

TEST(TargetVersionTest, NoTagIsTodayAndSaid) {
  auto l = Load("kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - image: gcr.io/k8s-prow/plank\n");
  l->m.given = true;
  Notes notes;
  const TargetVersion t = ChooseTargetVersion(std::nullopt, l->m, l->sources, notes);
  EXPECT_EQ(t.source, VersionSource::kToday);
  EXPECT_FALSE(t.version);
  ASSERT_EQ(notes.items().size(), 1u);
  EXPECT_EQ(notes.items()[0],
            "plank in deploy.yaml:5:12 has no Prow version tag (no tag): judged as today's Prow");
}

}  // namespace
}  // namespace prowlint
