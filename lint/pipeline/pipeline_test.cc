// SPDX-License-Identifier: Apache-2.0
// Library tests of the pipeline's comparison (RunComparison): the base side
// reads its inputs where its locator says and names them as the head does,
// with no process-wide state changed, and its version reaches the head's
// rules. Both were wrong while the base ran under a changed working
// directory. Also the checks of flags that name a credential alias.
#include "lint/pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "lint/engine/new_findings.h"
#include "lint/load/project_config.h"
#include "lint/testing/test_util.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

// The base reads whatever the head names under `head` at the same place
// under `base`.
BaseLocator Beside(const std::string& head, const std::string& base) {
  return [head, base](const std::string& given) {
    if (given.rfind(head, 0) != 0) return BaseLocation{BaseRead::kShared, given};
    return BaseLocation{BaseRead::kOwn, base + given.substr(head.size())};
  };
}

struct Fixture {
  std::vector<std::unique_ptr<Rule>> all = rules::AllRules();
  LintRequest request;

  void Only(const std::string& id) {
    for (const auto& r : all)
      if (r->Info().id == id) request.rules.push_back(r.get());
    for (const auto& r : all) request.run.rule_ids.emplace_back(r->Info().id);
  }
};

TEST(RunComparison, PolicyPathGlobsMatchTheBaseAsTheyMatchTheHead) {
  testing::TempDir dir;
  const std::string fixture = testing::SourceDir() + "/testdata/rules/trusted-cluster-path/fail";
  fs::copy(fixture, dir / "head", fs::copy_options::recursive);
  fs::create_directories(dir / "base/jobs");
  fs::copy(fixture + "/jobs", dir / "base/jobs", fs::copy_options::recursive);
  Fixture f;
  f.Only("trusted-cluster-path");
  Diagnostics diag;
  const std::string policy_path = dir / "head/.prowlint.yaml";
  f.request.run.policy =
      ParseProjectConfig(testing::ReadFileOrDie(policy_path), policy_path, 0, diag).policy;
  ASSERT_FALSE(diag.HasErrors());
  f.request.paths.job_config_paths = {dir / "head/jobs"};

  Comparison c = RunComparison(f.request, {Beside(dir / "head", dir / "base"), {}, {}});
  ASSERT_TRUE(c.head->input_errors.empty());
  ASSERT_TRUE(c.base->input_errors.empty());
  ASSERT_FALSE(c.head->result.findings.empty());
  // The base's files carry the head's names, so the same findings match.
  ASSERT_EQ(c.base->result.findings.size(), c.head->result.findings.size());
  MarkExisting(c.base->result.findings, c.head->result.findings);
  for (const Finding& found : c.head->result.findings)
    EXPECT_EQ(found.change, Finding::Change::kExisting) << found.message;
  EXPECT_EQ(c.base->deploy.sources.Path(c.base->result.findings.front().pos.file),
            c.head->deploy.sources.Path(c.head->result.findings.front().pos.file));
}

TEST(RunComparison, TheBaseVersionReachesTheHeadRules) {
  testing::TempDir dir;
  const std::string fixture = testing::SourceDir() + "/testdata/rules/prow-version-downgrade/fail";
  fs::copy(fixture, dir / "head", fs::copy_options::recursive);
  fs::copy(fixture, dir / "base", fs::copy_options::recursive);
  // The base runs a newer tag than the head: the change is a downgrade.
  for (const char* file : {"/base/deploy/prow-controller-manager.yaml", "/base/deploy/sinker.yaml"}) {
    std::string text = testing::ReadFileOrDie(dir.path() + file);
    for (const char* old : {"v20240701-7a4e7b4b1"})
      for (auto at = text.find(old); at != std::string::npos; at = text.find(old))
        text.replace(at, std::string(old).size(), "v20240802-66b115076");
    testing::WriteFile(dir.path() + file, text);
  }
  Fixture f;
  f.Only("prow-version-downgrade");
  f.request.paths.config_path = dir / "head/config.yaml";
  f.request.paths.manifests.dirs = {dir / "head/deploy"};

  const auto alone = RunLint(f.request);
  EXPECT_TRUE(alone->result.findings.empty()) << "no current version: nothing to compare";

  Comparison c = RunComparison(f.request, {Beside(dir / "head", dir / "base"), {}, {}});
  ASSERT_TRUE(c.base->semantics.version);
  EXPECT_EQ(c.base->semantics.version->tag, "v20240802-66b115076");
  ASSERT_FALSE(c.head->result.findings.empty()) << "the base's newer tag is a downgrade";
  EXPECT_EQ(c.head->result.findings.front().rule_id, "prow-version-downgrade");
}

TEST(RunComparison, AnAbsentInputIsSaidAndLeftOut) {
  testing::TempDir dir;
  const std::string config = dir.Write("head/config.yaml", "pod_namespace: test-pods\n");
  dir.Write("base/.keep", "");
  Fixture f;
  f.request.paths.config_path = config;
  const BaseLocator absent = [](const std::string&) { return BaseLocation{BaseRead::kAbsent, ""}; };
  Comparison c = RunComparison(f.request, {absent, {}, {}});
  EXPECT_TRUE(c.base->input_errors.empty());
  const auto& notes = c.base->notes.items();
  EXPECT_NE(std::find(notes.begin(), notes.end(),
                      "absent on the base side (the change adds it): " + config),
            notes.end());
}

// The checks RunLint makes before resolving clusters: flags that name a
// credential alias must name one.
void AddContext(std::vector<ClusterContext>& list, const std::string& alias) {
  ClusterContext c;
  c.alias.value = alias;
  list.push_back(c);
}

TEST(ServiceClusterAlias, MustNameACredentialAlias) {
  Deploy deploy;
  deploy.credentials.kubeconfig_given = true;
  AddContext(deploy.credentials.kubeconfig, "default");
  AddContext(deploy.credentials.kubeconfig, "test-infra-trusted");
  deploy.credentials.build_cluster_given = true;
  AddContext(deploy.credentials.build_cluster, "k8s-infra-prow-build");

  EXPECT_EQ(CheckServiceClusterAlias(deploy, ""), "") << "no --service-cluster";
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "test-infra-trusted"), "");
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "k8s-infra-prow-build"), "")
      << "an alias of the build-cluster file counts too";
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "test-infra-trustd"),
            "--service-cluster test-infra-trustd: the credentials define no alias "
            "\"test-infra-trustd\"; did you mean \"test-infra-trusted\"?");
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "in-cluster"),
            "--service-cluster in-cluster: the credentials define no alias \"in-cluster\" "
            "(in-cluster is the service cluster already)");
}

TEST(ServiceClusterAlias, WithoutCredentialsNothingIsChecked) {
  // Nothing says which aliases exist: the flag stays as given.
  Deploy deploy;
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "anything"), "");
}

}  // namespace
}  // namespace prowlint
