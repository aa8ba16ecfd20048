// SPDX-License-Identifier: Apache-2.0
// Tests for the loaders' text entry points, which the fuzz targets use: each
// must load the same bytes exactly as the file-reading loader does.
#include <gtest/gtest.h>

#include <string>

#include "lint/load/load_credentials.h"
#include "lint/load/load_deploy.h"
#include "lint/load/project_config.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::Errors;
using testing::TempDir;

const char kKubeconfig[] =
    "apiVersion: v1\nkind: Config\nclusters:\n- name: build\n  cluster:\n    server: "
    "https://build.example\ncontexts:\n- name: default\n  context:\n    cluster: build\n"
    "- name: other\n  context:\n    cluster: build\n  bad: [\n";
const char kBuildCluster[] =
    "default:\n  endpoint: https://build.example\n  clientCertificate: bm90IGEgY2VydA==\n"
    "trusted:\n  endpoint: https://trusted.example\n";

std::string Aliases(const std::vector<ClusterContext>& contexts) {
  std::string out;
  for (const ClusterContext& c : contexts)
    out += c.alias.value + "@" + std::to_string(c.alias.pos.line) + " ";
  return out;
}

TEST(TextEntryTest, CredentialTextLoadsAsTheFile) {
  for (const auto& [slot, text] :
       {std::pair{CredentialSlot::kKubeconfig,
                  "kind: Config\ncontexts:\n- name: a\n  context: {cluster: c}\n"},
        std::pair{CredentialSlot::kKubeconfig, static_cast<const char*>(kKubeconfig)},
        std::pair{CredentialSlot::kBuildCluster, static_cast<const char*>(kBuildCluster)},
        std::pair{CredentialSlot::kBuildCluster, ","}}) {
    SCOPED_TRACE(text);
    TempDir dir;
    CredentialPaths paths;
    const std::string path = dir.Write("creds.yaml", text);
    (slot == CredentialSlot::kKubeconfig ? paths.kubeconfigs.emplace_back() : paths.build_cluster) =
        path;
    SourceSet file_sources;
    Diagnostics file_diag;
    const Credentials from_file = LoadCredentials(paths, file_sources, file_diag);

    SourceSet sources;
    const FileId file = sources.Add(path, true);
    Diagnostics diag;
    const Credentials from_text = LoadCredentialText(text, file, slot, sources, diag);
    EXPECT_EQ(Errors(diag), Errors(file_diag));
    EXPECT_EQ(Aliases(from_text.kubeconfig), Aliases(from_file.kubeconfig));
    EXPECT_EQ(Aliases(from_text.build_cluster), Aliases(from_file.build_cluster));
    EXPECT_EQ(from_text.Given(), from_file.Given());
  }
}

TEST(TextEntryTest, JobConfigAndConfigTextLoadAsTheFiles) {
  const std::string jobs =
      "periodics:\n- name: p\n  interval: 1h\n  cluster: build\n  spec:\n    containers:\n"
      "    - image: alpine\n";
  const std::string config = "pod_namespace: test-pods\n" + jobs;
  TempDir dir;
  InputPaths paths;
  paths.config_path = dir.Write("config.yaml", config);
  paths.job_config_paths = {dir.Write("jobs.yaml", jobs + "kind: Secret\n")};
  Deploy deploy;
  Diagnostics file_diag;
  LoadDeploy(paths, 1, deploy, file_diag);
  ASSERT_FALSE(file_diag.HasErrors()) << Errors(file_diag);

  Diagnostics diag;
  bool config_sensitive = true, jobs_sensitive = false;
  JobConfig loaded;
  const ProwConfig prow = LoadConfigText(config, 0, loaded, diag, config_sensitive);
  loaded.Append(LoadJobConfigText(jobs + "kind: Secret\n", 1, diag, jobs_sensitive));
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  EXPECT_FALSE(config_sensitive);
  EXPECT_TRUE(jobs_sensitive);
  EXPECT_EQ(prow.pod_namespace.value, deploy.config.pod_namespace.value);
  ASSERT_EQ(loaded.jobs.size(), deploy.jobs.size());
  EXPECT_EQ(loaded.jobs.size(), 2u);
}

TEST(TextEntryTest, ProjectConfigTextLoadsAsTheFile) {
  const std::string text = "config-path: config.yaml\ndisable: [x]\nfail-on: warning\nbogus: 1\n";
  TempDir dir;
  const std::string path = dir.Write(".prowlint.yaml", text);
  SourceSet file_sources;
  Diagnostics file_diag;
  const ProjectConfig from_file = LoadProjectConfig(path, file_sources, file_diag);
  Diagnostics diag;
  const ProjectConfig from_text = ParseProjectConfig(text, path, 0, diag);
  EXPECT_EQ(Errors(diag), Errors(file_diag));
  EXPECT_EQ(from_text.config_path, from_file.config_path);
  EXPECT_EQ(from_text.config_path, dir / "config.yaml");
  ASSERT_EQ(from_text.disable.size(), 1u);
  EXPECT_EQ(from_text.fail_on->value, "warning");
}

}  // namespace
}  // namespace prowlint
