// SPDX-License-Identifier: Apache-2.0
// What the validation rules read: the dated facts of validation_table, the
// key schema and the keys the loaders record against it, plugins.yaml, and
// the job fields Prow validates.
#include <gtest/gtest.h>

#include "lint/load/load_job_config.h"
#include "lint/load/load_plugin_config.h"
#include "lint/load/record_keys.h"
#include "lint/prow/prow_schema.h"
#include "lint/prow/validation_table.h"
#include "lint/testing/test_util.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

using testing::Errors;

ProwVersion V(std::string_view tag) {
  std::string error;
  auto v = ParseProwVersion(tag, error);
  EXPECT_TRUE(v) << error;
  return *v;
}

TEST(ValidationTableTest, ChangesTakeEffectOnTheirMergeDay) {
  using C = ValidationChange;
  // #10868 merged 2019-01-22: the key rule before, the pair rule after, both
  // possible for a tag built that day.
  EXPECT_EQ(ChangeInEffect(C::kPresetLabelKeyUnique, V("v20190121-aaaaaaa")), InEffect::kYes);
  EXPECT_EQ(ChangeInEffect(C::kPresetLabelKeyUnique, V("v20190122-e707848")), InEffect::kMaybe);
  EXPECT_EQ(ChangeInEffect(C::kPresetLabelKeyUnique, V("v20190124-e5b9b0e")), InEffect::kNo);
  EXPECT_EQ(ChangeInEffect(C::kPresetLabelPairUnique, V("v20190121-aaaaaaa")), InEffect::kNo);
  EXPECT_EQ(ChangeInEffect(C::kPresetLabelPairUnique, V("v20190122-e707848")), InEffect::kMaybe);
  EXPECT_EQ(ChangeInEffect(C::kPresetLabelPairUnique, V("v20190124-e5b9b0e")), InEffect::kYes);
  // No version, and "latest", are today's Prow.
  EXPECT_EQ(ChangeInEffect(C::kPresetLabelPairUnique, std::nullopt), InEffect::kYes);
  EXPECT_EQ(ChangeInEffect(C::kUnknownPluginsHook, V("latest")), InEffect::kNo);
  EXPECT_EQ(ChangeInEffect(C::kAlways, V("v20180101-aaaaaaa")), InEffect::kYes);
}

TEST(ValidationTableTest, ReservedEnvPerKindAndVersion) {
  auto names = [](JobKind kind) {
    std::vector<std::string> out;
    for (const ReservedName& r : ReservedEnv(kind)) out.emplace_back(r.name);
    return out;
  };
  const auto periodic = names(JobKind::kPeriodic);
  EXPECT_NE(std::find(periodic.begin(), periodic.end(), "CI"), periodic.end());
  EXPECT_EQ(std::find(periodic.begin(), periodic.end(), "PULL_NUMBER"), periodic.end());
  const auto presubmit = names(JobKind::kPresubmit);
  EXPECT_NE(std::find(presubmit.begin(), presubmit.end(), "PULL_TITLE"), presubmit.end());
  for (const ReservedName& r : ReservedEnv(JobKind::kPresubmit)) {
    if (r.name != "CI") continue;
    EXPECT_EQ(ChangeInEffect(r.change, V("v20191210-aaaaaaa")), InEffect::kNo);
    EXPECT_EQ(ChangeInEffect(r.change, V("v20191212-aaaaaaa")), InEffect::kYes);
  }
}

TEST(ValidationTableTest, PluginsComeAndGo) {
  const PluginRow* transfer = FindPlugin("transfer-issue");
  ASSERT_NE(transfer, nullptr);
  EXPECT_EQ(PluginInEffect(*transfer, V("v20260706-bc2f39d87")), InEffect::kYes);
  EXPECT_EQ(PluginInEffect(*transfer, std::nullopt), InEffect::kNo);
  EXPECT_EQ(transfer->successor, "issue-management");
  EXPECT_EQ(FindPlugin("no-such-plugin"), nullptr);
  const auto today = PluginNames(std::nullopt);
  EXPECT_NE(std::find(today.begin(), today.end(), "rifle"), today.end());
  EXPECT_EQ(std::find(today.begin(), today.end(), "require-sig"), today.end());
}

TEST(ProwSchemaTest, FindsKeysExactlyThenRegardlessOfCase) {
  const int presubmit = schema::TypeNamed("config.Presubmit");
  ASSERT_GE(presubmit, 0);
  bool case_only = false;
  EXPECT_GE(schema::Find(presubmit, "run_if_changed", case_only), 0);
  EXPECT_FALSE(case_only);
  EXPECT_GE(schema::Find(presubmit, "Decorate", case_only), 0);
  EXPECT_TRUE(case_only);
  EXPECT_EQ(schema::Find(presubmit, "clustr", case_only), -1);
  // A removed key stays in the table with its removal date.
  const int f = schema::Find(presubmit, "build_spec", case_only);
  ASSERT_GE(f, 0);
  EXPECT_EQ(schema::Field(f).removed, 20191101);
  EXPECT_EQ(schema::Known(schema::Field(f), V("v20190208-c35c7e3")), InEffect::kYes);
  EXPECT_EQ(schema::Known(schema::Field(f), std::nullopt), InEffect::kNo);
  EXPECT_EQ(schema::KnownElsewhere(schema::TypeNamed("config.Periodic"), "always_run"),
            "presubmits");
  EXPECT_EQ(schema::KnownElsewhere(presubmit, "volumes"), "the pod spec");
}

KeyUses Record(std::string_view text, SchemaRoot root) {
  Diagnostics diag;
  YamlParseOptions options;
  options.first_document_only = true;
  auto docs = ParseYaml(text, 0, options, diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  KeyUses keys;
  RecordKeys(docs.front().root(), root, keys);
  return keys;
}

TEST(RecordKeysTest, KeepsOnlyKeysWhoseFateDependsOnTheVersion) {
  const KeyUses keys = Record(
      "periodics:\n"
      "- name: a\n"
      "  interval: 1h\n"                                   // as old as the schema: not kept
      "  clustr: build\n"                                  // unknown
      "  minimum_interval: 2h\n"                           // added 2022-08-30
      "  spec: {containers: [{image: x, whatever: 1}]}\n"  // pod specs are not entered
      "prow_ignored:\n"
      "  anything: 1\n",
      SchemaRoot::kJobConfig);
  std::vector<std::string> seen;
  for (const KeyUseGroup& g : keys.groups) seen.push_back(g.key);
  EXPECT_EQ(seen, (std::vector<std::string>{"clustr", "minimum_interval", "prow_ignored"}));
  EXPECT_EQ(keys.groups[0].field, -1);
  EXPECT_EQ(keys.groups[0].uses[0].pos, (Position{0, 4, 3}));
  EXPECT_EQ(keys.groups[0].uses[0].job, (Position{0, 2, 9}));
}

TEST(RecordKeysTest, KeysUnderANewerKeyCarryItsDate) {
  const KeyUses keys = Record(
      "plank:\n"
      "  default_decoration_config_entries:\n"
      "  - repo: org\n",
      SchemaRoot::kConfig);
  ASSERT_EQ(keys.groups.size(), 2u);
  EXPECT_EQ(keys.groups[1].key, "repo");
  EXPECT_EQ(keys.groups[1].uses[0].parent_since, 20210317);
}

TEST(RecordKeysTest, TellsOtherProwFilesApart) {
  Diagnostics diag;
  YamlParseOptions options;
  options.first_document_only = true;
  auto plugins = ParseYaml("plugins:\n  org: [trigger]\n", 0, options, diag);
  EXPECT_EQ(NotProwFile(plugins.front().root(), SchemaRoot::kConfig), "plugins.yaml");
  EXPECT_EQ(NotProwFile(plugins.front().root(), SchemaRoot::kPlugins), "");
  auto manifest = ParseYaml("apiVersion: v1\nkind: ConfigMap\n", 0, options, diag);
  EXPECT_EQ(NotProwFile(manifest.front().root(), SchemaRoot::kJobConfig), "a Kubernetes manifest");
  auto owners = ParseYaml("approvers: [a]\n", 0, options, diag);
  EXPECT_EQ(NotProwFile(owners.front().root(), SchemaRoot::kJobConfig), "no Prow file");
  auto empty = ParseYaml("{}\n", 0, options, diag);
  EXPECT_EQ(NotProwFile(empty.front().root(), SchemaRoot::kConfig), "");
  EXPECT_EQ(NotProwFile(yaml::Node(), SchemaRoot::kConfig), "");
}

TEST(LoadPluginConfigTest, BothPluginFormsAndConfigUpdater) {
  Diagnostics diag;
  KeyUses keys;
  const PluginConfig p = LoadPluginConfigText(
      "plugins:\n"
      "  org: [trigger, lgtm]\n"
      "  org/repo:\n"
      "    plugins: [approve]\n"
      "    excluded_repos: [x]\n"
      "external_plugins:\n"
      "  org:\n"
      "  - name: needs-rebase\n"
      "    endpoint: http://needs-rebase\n"
      "config_updater:\n"
      "  gzip: true\n"
      "  maps:\n"
      "    config/jobs/**/*.yaml:\n"
      "      name: job-config\n"
      "      clusters:\n"
      "        build: [test-pods, \"\"]\n",
      3, diag, keys);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  ASSERT_EQ(p.plugins.size(), 2u);
  EXPECT_EQ(p.plugins[0].plugins.size(), 2u);
  EXPECT_EQ(p.plugins[1].plugins[0].value, "approve");
  EXPECT_EQ(p.plugins[1].excluded_repos[0].value, "x");
  EXPECT_EQ(p.external_plugins[0].names[0].value, "needs-rebase");
  EXPECT_TRUE(p.gzip && p.gzip->value);
  ASSERT_EQ(p.maps.size(), 1u);
  EXPECT_EQ(p.maps[0].pattern.value, "config/jobs/**/*.yaml");
  EXPECT_EQ(p.maps[0].pattern.pos, (Position{3, 13, 5}));
  ASSERT_EQ(p.maps[0].clusters.size(), 1u);
  EXPECT_EQ(p.maps[0].clusters[0].namespaces.size(), 2u);
  EXPECT_EQ(p.file, 3u);
}

TEST(LoadPluginConfigTest, AConfigYamlIsNoPluginConfig) {
  Diagnostics diag;
  KeyUses keys;
  LoadPluginConfigText("plank:\n  max_concurrency: 10\n", 3, diag, keys);
  ASSERT_EQ(diag.errors.size(), 1u);
  EXPECT_EQ(diag.errors[0].message,
            "--plugin-config holds no Prow plugin config: none of its keys is a plugins.yaml "
            "key (it looks like config.yaml)");
}

TEST(LoadJobFieldsTest, TriggersAndBaseFields) {
  Diagnostics diag;
  auto docs = ParseYaml(
      "presubmits:\n"
      "  org/repo:\n"
      "  - name: a\n"
      "    always_run: true\n"
      "    run_if_changed: '^docs/'\n"
      "    branches: [main]\n"
      "    trigger: '/test a'\n"
      "    rerun_command: '/test a'\n"
      "    max_concurrency: 2\n"
      "    annotations: {x/y: z}\n"
      "    rerun_auth_config: {allow_anyone: true, github_users: [u]}\n"
      "    spec:\n"
      "      containers:\n"
      "      - command: [make]\n"
      "        volumeMounts: [{name: v, mountPath: /v}]\n"
      "periodics:\n"
      "- name: p\n"
      "  cron: '0 * * * *'\n"
      "  retry: {interval: 5m}\n",
      0, {}, diag);
  const JobConfig c = LoadJobConfig(docs.front().root(), PlainScalars::kCoerce, diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  ASSERT_EQ(c.jobs.size(), 2u);
  const Job& a = c.jobs[0];
  EXPECT_TRUE(a.triggers->always_run->value);
  EXPECT_EQ(a.triggers->run_if_changed->value, "^docs/");
  EXPECT_EQ(a.triggers->branches[0].value, "main");
  EXPECT_EQ(a.triggers->rerun_command->value, "/test a");
  EXPECT_EQ(a.base->max_concurrency->value, 2);
  EXPECT_EQ(a.annotation_keys[0].value, "x/y");
  EXPECT_TRUE(a.base->rerun_auth->restricts);
  EXPECT_TRUE(a.spec->containers[0].runs_command);
  EXPECT_EQ(a.spec->containers[0].mounts[0].mount_path.value, "/v");
  EXPECT_EQ(c.jobs[1].triggers->cron->value, "0 * * * *");
  EXPECT_EQ(c.jobs[1].triggers->retry_interval->value, "5m");
}

TEST(LoadJobFieldsTest, MaxConcurrencyMustBeANumber) {
  Diagnostics diag;
  auto docs = ParseYaml("periodics:\n- name: p\n  max_concurrency: \"2\"\n", 0, {}, diag);
  LoadJobConfig(docs.front().root(), PlainScalars::kCoerce, diag);
  ASSERT_EQ(diag.errors.size(), 1u);
  EXPECT_EQ(diag.errors[0].message, "\"max_concurrency\" must be a whole number, found a string");
}

}  // namespace
}  // namespace prowlint
