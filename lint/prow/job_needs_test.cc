// SPDX-License-Identifier: Apache-2.0
// Tests for what a job needs in its cluster (lint/prow/job_needs.h): the
// secrets, config maps and service account of its pod spec, after presets and
// decoration. Inputs are YAML strings, loaded as the CLI loads them.
#include "lint/prow/job_needs.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lint/prow/finalize_jobs.h"
#include "lint/testing/job_configs.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::Finalize;
using testing::Finalized;
using testing::JobNamed;

// A place in the job-config text (or, with testing::kConfigFile, config.yaml).
Position At(int line, int column, FileId file = testing::kJobsFile) {
  return Position{file, line, column};
}
constexpr FileId kConfig = testing::kConfigFile;

// "secret:name" strings of a job's needs, in order.
std::vector<std::string> NeedNames(const std::vector<Need>& needs) {
  std::vector<std::string> out;
  for (const Need& n : needs) {
    const char* kind = n.kind == ObjectKind::kSecret      ? "secret"
                       : n.kind == ObjectKind::kConfigMap ? "configmap"
                                                          : "serviceaccount";
    out.push_back(std::string(kind) + ":" + n.name);
  }
  return out;
}

const Need* FindNeed(const std::vector<Need>& needs, const std::string& name) {
  for (const Need& n : needs)
    if (n.name == name) return &n;
  return nullptr;
}

TEST(JobNeedsTest, PodReferences) {
  const Finalized f =
      Finalize("{}\n",
               "periodics:\n"
               "- name: p\n"
               "  spec:\n"
               "    serviceAccountName: runner\n"
               "    imagePullSecrets:\n"
               "    - name: pull\n"
               "    volumes:\n"
               "    - name: creds\n"
               "      secret:\n"
               "        secretName: creds-secret\n"
               "    - name: maybe\n"
               "      secret:\n"
               "        secretName: optional-secret\n"
               "        optional: true\n"
               "    - name: proj\n"
               "      projected:\n"
               "        sources:\n"
               "        - secret: {name: proj-secret}\n"
               "        - configMap: {name: proj-map}\n"
               "    containers:\n"
               "    - env:\n"
               "      - name: TOKEN\n"
               "        valueFrom:\n"
               "          secretKeyRef: {name: token, key: t}\n"
               "      - name: SETTING\n"
               "        valueFrom:\n"
               "          configMapKeyRef: {name: settings, key: s}\n"
               "      - name: OPT\n"
               "        valueFrom:\n"
               "          configMapKeyRef: {name: opt-map, key: s, optional: true}\n"
               "      envFrom:\n"
               "      - secretRef: {name: env-secret}\n"
               "      - configMapRef: {name: env-map}\n"
               "    initContainers:\n"
               "    - env:\n"
               "      - name: X\n"
               "        valueFrom:\n"
               "          secretKeyRef: {name: init-secret, key: k}\n");
  const std::vector<Need> needs = JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets);
  EXPECT_EQ(NeedNames(needs),
            (std::vector<std::string>{
                "secret:creds-secret", "secret:proj-secret", "configmap:proj-map", "secret:token",
                "configmap:settings", "secret:env-secret", "configmap:env-map",
                "secret:init-secret", "secret:pull", "serviceaccount:runner"}));
  const Need* creds = FindNeed(needs, "creds-secret");
  ASSERT_NE(creds, nullptr);
  EXPECT_EQ(creds->pos, At(10, 21));
  EXPECT_FALSE(creds->source.Known());
  EXPECT_EQ(creds->via, "volume \"creds\"");
  EXPECT_EQ(FindNeed(needs, "token")->via, "env TOKEN");
  EXPECT_EQ(FindNeed(needs, "env-secret")->via, "envFrom");
  EXPECT_EQ(FindNeed(needs, "pull")->via, "imagePullSecrets");
  const Need* sa = FindNeed(needs, "runner");
  ASSERT_NE(sa, nullptr);
  EXPECT_EQ(sa->via, "serviceAccountName");
  EXPECT_EQ(sa->pos, At(4, 25));
}

TEST(JobNeedsTest, OneNeedPerKindAndName) {
  const Finalized f = Finalize("{}\n",
                               "periodics:\n"
                               "- name: p\n"
                               "  spec:\n"
                               "    volumes:\n"
                               "    - name: a\n"
                               "      secret: {secretName: same}\n"
                               "    - name: b\n"
                               "      configMap: {name: same}\n"
                               "    containers:\n"
                               "    - envFrom:\n"
                               "      - secretRef: {name: same}\n");
  const std::vector<Need> needs = JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets);
  EXPECT_EQ(NeedNames(needs), (std::vector<std::string>{"secret:same", "configmap:same"}));
  EXPECT_EQ(needs[0].via, "volume \"a\"");
}

TEST(JobNeedsTest, NoSpecOrOtherAgentNeedsNothing) {
  const Finalized f = Finalize("{}\n",
                               "periodics:\n"
                               "- name: no-spec\n"
                               "  decorate: true\n"
                               "  decoration_config: {gcs_credentials_secret: gcs}\n"
                               "- name: jenkins\n"
                               "  agent: jenkins\n"
                               "  spec:\n"
                               "    serviceAccountName: sa\n");
  EXPECT_TRUE(JobNeeds(JobNamed(f.jobs, "no-spec"), f.jobs.presets).empty());
  EXPECT_TRUE(JobNeeds(JobNamed(f.jobs, "jenkins"), f.jobs.presets).empty());
}

TEST(JobNeedsTest, UndecoratedJobNeedsNoDecorationSecrets) {
  const Finalized f = Finalize("{}\n",
                               "presubmits:\n"
                               "  org/repo:\n"
                               "  - name: p\n"
                               "    decoration_config:\n"
                               "      gcs_credentials_secret: gcs\n"
                               "      ssh_key_secrets: [ssh]\n"
                               "    spec:\n"
                               "      containers: [{image: x}]\n");
  EXPECT_TRUE(JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets).empty());
}

constexpr const char* kCloneDefaults =
    "decorate_all_jobs: true\n"
    "plank:\n"
    "  default_decoration_config_entries:\n"
    "  - config:\n"
    "      gcs_credentials_secret: gcs\n"
    "      s3_credentials_secret: s3\n"
    "      default_service_account_name: default-sa\n"
    "      ssh_key_secrets: [ssh-a, ssh-b]\n"
    "      oauth_token_secret: {name: oauth, key: token}\n"
    "      github_app_private_key_secret: {name: app-key, key: cert}\n"
    "      cookiefile_secret: cookies/file\n";

TEST(JobNeedsTest, DecorationSecretsOfACloningJob) {
  const Finalized f = Finalize(kCloneDefaults,
                               "presubmits:\n"
                               "  org/repo:\n"
                               "  - name: p\n"
                               "    spec:\n"
                               "      containers: [{image: x}]\n");
  const std::vector<Need> needs = JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets);
  EXPECT_EQ(NeedNames(needs),
            (std::vector<std::string>{"serviceaccount:default-sa", "secret:gcs", "secret:s3",
                                      "secret:ssh-a", "secret:ssh-b", "secret:oauth",
                                      "secret:app-key", "secret:cookies"}));
  const Need* gcs = FindNeed(needs, "gcs");
  ASSERT_NE(gcs, nullptr);
  // A default: at the job (no `decorate` key, so its name), source at the default.
  EXPECT_EQ(gcs->pos, At(3, 11));
  EXPECT_EQ(gcs->source, At(5, 31, kConfig));
  EXPECT_EQ(gcs->via, "decoration gcs_credentials_secret from plank's defaults");
  EXPECT_EQ(FindNeed(needs, "cookies")->via, "decoration cookiefile_secret from plank's defaults");
}

TEST(JobNeedsTest, DecorationDefaultNeedIsAtDecorateKey) {
  const Finalized f = Finalize(kCloneDefaults,
                               "presubmits:\n"
                               "  org/repo:\n"
                               "  - name: p\n"
                               "    decorate: true\n"
                               "    spec:\n"
                               "      containers: [{image: x}]\n");
  const std::vector<Need> needs = JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets);
  const Need* gcs = FindNeed(needs, "gcs");
  ASSERT_NE(gcs, nullptr);
  EXPECT_EQ(gcs->pos, At(4, 15));
}

TEST(JobNeedsTest, OwnDecorationFieldIsPositionedAtItself) {
  const Finalized f = Finalize(kCloneDefaults,
                               "presubmits:\n"
                               "  org/repo:\n"
                               "  - name: p\n"
                               "    decoration_config:\n"
                               "      gcs_credentials_secret: my-gcs\n"
                               "      cookiefile_secret: my-cookie\n"
                               "    spec:\n"
                               "      containers: [{image: x}]\n");
  const std::vector<Need> needs = JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets);
  const Need* gcs = FindNeed(needs, "my-gcs");
  ASSERT_NE(gcs, nullptr);
  EXPECT_EQ(gcs->pos, At(5, 31));
  EXPECT_FALSE(gcs->source.Known());
  EXPECT_EQ(gcs->via, "decoration gcs_credentials_secret");
  EXPECT_EQ(FindNeed(needs, "gcs"), nullptr);
  ASSERT_NE(FindNeed(needs, "my-cookie"), nullptr) << "a cookiefile without a key";
}

TEST(JobNeedsTest, PeriodicWithoutExtraRefsDoesNotClone) {
  const Finalized f = Finalize(kCloneDefaults,
                               "periodics:\n"
                               "- name: bare\n"
                               "  spec:\n"
                               "    containers: [{image: x}]\n"
                               "- name: refs\n"
                               "  extra_refs: [{org: o, repo: r}]\n"
                               "  spec:\n"
                               "    containers: [{image: x}]\n");
  EXPECT_EQ(NeedNames(JobNeeds(JobNamed(f.jobs, "bare"), f.jobs.presets)),
            (std::vector<std::string>{"serviceaccount:default-sa", "secret:gcs", "secret:s3"}));
  EXPECT_EQ(JobNeeds(JobNamed(f.jobs, "refs"), f.jobs.presets).size(), 8u);
}

TEST(JobNeedsTest, SkipCloningDropsCloneSecrets) {
  const Finalized f = Finalize(kCloneDefaults,
                               "postsubmits:\n"
                               "  org/repo:\n"
                               "  - name: p\n"
                               "    decoration_config: {skip_cloning: true}\n"
                               "    spec:\n"
                               "      containers: [{image: x}]\n");
  EXPECT_EQ(NeedNames(JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets)),
            (std::vector<std::string>{"serviceaccount:default-sa", "secret:gcs", "secret:s3"}));
}

TEST(JobNeedsTest, EmptySecretsAreSwitchedOff) {
  const Finalized f = Finalize(kCloneDefaults,
                               "presubmits:\n"
                               "  org/repo:\n"
                               "  - name: p\n"
                               "    decoration_config:\n"
                               "      gcs_credentials_secret: \"\"\n"
                               "      s3_credentials_secret: \"\"\n"
                               "      oauth_token_secret: {name: \"\"}\n"
                               "      cookiefile_secret: \"\"\n"
                               "    spec:\n"
                               "      containers: [{image: x}]\n");
  EXPECT_EQ(NeedNames(JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets)),
            (std::vector<std::string>{"serviceaccount:default-sa", "secret:ssh-a", "secret:ssh-b",
                                      "secret:app-key"}));
}

TEST(JobNeedsTest, DefaultServiceAccountOnlyWithoutServiceAccountName) {
  const Finalized f = Finalize(kCloneDefaults,
                               "presubmits:\n"
                               "  org/repo:\n"
                               "  - name: p\n"
                               "    spec:\n"
                               "      serviceAccountName: own-sa\n"
                               "      containers: [{image: x}]\n");
  const std::vector<Need> needs = JobNeeds(JobNamed(f.jobs, "p"), f.jobs.presets);
  EXPECT_NE(FindNeed(needs, "own-sa"), nullptr);
  EXPECT_EQ(FindNeed(needs, "default-sa"), nullptr);
}

TEST(JobNeedsTest, PresetNeedsAreAtTheSelectingLabel) {
  const Finalized f = Finalize("{}\n",
                               "presets:\n"
                               "- labels:\n"
                               "    preset-creds: \"true\"\n"
                               "  env:\n"
                               "  - name: TOKEN\n"
                               "    valueFrom:\n"
                               "      secretKeyRef: {name: token, key: t}\n"
                               "  volumes:\n"
                               "  - name: creds\n"
                               "    secret:\n"
                               "      secretName: creds-secret\n"
                               "- env:\n"
                               "  - name: EVERYONE\n"
                               "    valueFrom:\n"
                               "      configMapKeyRef: {name: shared, key: k}\n"
                               "periodics:\n"
                               "- name: p\n"
                               "  labels:\n"
                               "    other: x\n"
                               "    preset-creds: \"true\"\n"
                               "  spec:\n"
                               "    containers:\n"
                               "    - image: x\n");
  const Job& job = JobNamed(f.jobs, "p");
  const std::vector<Need> needs = JobNeeds(job, f.jobs.presets);
  EXPECT_EQ(NeedNames(needs),
            (std::vector<std::string>{"secret:creds-secret", "secret:token", "configmap:shared"}));
  const Need* creds = FindNeed(needs, "creds-secret");
  ASSERT_NE(creds, nullptr);
  EXPECT_EQ(creds->pos, At(20, 5));  // the job's preset-creds label
  EXPECT_EQ(creds->source, At(11, 19));
  EXPECT_EQ(creds->via, "volume \"creds\" from a preset");
  const Need* token = FindNeed(needs, "token");
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(token->pos, At(20, 5));
  EXPECT_EQ(token->source, At(7, 28));
  EXPECT_EQ(token->via, "env TOKEN from a preset");
  // A label-less preset is pulled in by the job itself: its name.
  const Need* shared = FindNeed(needs, "shared");
  ASSERT_NE(shared, nullptr);
  EXPECT_EQ(shared->pos, At(17, 9));
  EXPECT_EQ(PresetAnchor(job, f.jobs.presets[0]), At(20, 5));
  EXPECT_EQ(PresetAnchor(job, f.jobs.presets[1]), At(17, 9));
}

}  // namespace
}  // namespace prowlint
