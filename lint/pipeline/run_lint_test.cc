// SPDX-License-Identifier: Apache-2.0
// Library tests of one run (RunLint, Judge) on the 2019-02-08 reproduction,
// beside the end-to-end tests of the binary: the same verdicts without argv,
// exit codes or output formats in the way.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lint/pipeline/pipeline.h"
#include "lint/testing/test_util.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

struct Incident {
  std::vector<std::unique_ptr<Rule>> all = rules::AllRules();
  LintRequest request;

  explicit Incident(const std::string& tag) {
    const std::string dir = testing::SourceDir() + "/testdata/incidents/2019-02-08/";
    request.paths.config_path = dir + "prow/config.yaml";
    request.paths.job_config_paths = {dir + "config/jobs"};
    request.paths.credentials.build_cluster = dir + "cluster/build-cluster.yaml";
    request.paths.inventories = {{"default", dir + "inventory/default.txt"},
                                 {"in-cluster", dir + "inventory/in-cluster.yaml"}};
    request.run.cluster_options.service_cluster = "test-infra-trusted";
    request.run.today = "2019-02-08";
    std::string error;
    request.target_version = ParseProwVersion(tag, error);
    for (const auto& r : all) {
      request.rules.push_back(r.get());
      request.run.rule_ids.emplace_back(r->Info().id);
    }
  }
};

bool Reports(const LintRun& run, const std::string& rule) {
  return std::any_of(run.result.findings.begin(), run.result.findings.end(),
                     [&](const Finding& f) { return f.rule_id == rule && !f.suppressed; });
}

TEST(RunLint, TheOutageTagSendsTheDefaultJobsToTheServiceCluster) {
  Incident incident("v20190208-c35c7e3");
  const auto run = RunLint(incident.request);
  ASSERT_TRUE(run->input_errors.empty()) << run->input_errors.front().message;
  EXPECT_TRUE(run->usage_error.empty()) << run->usage_error;
  EXPECT_TRUE(Reports(*run, "literal-default-alias"));
  EXPECT_EQ(run->target.version->tag, "v20190208-c35c7e3");
  EXPECT_EQ(Judge(*run, Severity::kError), Verdict::kFindings);
  EXPECT_EQ(Judge(*run, std::nullopt), Verdict::kClean);  // --fail-on none
}

TEST(RunLint, TheRollbackTagIsClean) {
  Incident incident("v20190125-2aca69d");
  const auto run = RunLint(incident.request);
  ASSERT_TRUE(run->input_errors.empty());
  EXPECT_FALSE(Reports(*run, "literal-default-alias"));
  EXPECT_EQ(Judge(*run, Severity::kError), Verdict::kClean);
}

TEST(RunLint, AnInputThatCannotBeReadRunsNoRule) {
  Incident incident("v20190208-c35c7e3");
  incident.request.paths.config_path += ".missing";
  const auto run = RunLint(incident.request);
  ASSERT_FALSE(run->input_errors.empty());
  EXPECT_TRUE(run->result.findings.empty());
  EXPECT_EQ(Judge(*run, Severity::kError), Verdict::kInputError);
}

TEST(RunLint, AnInventoryForNoCredentialAliasIsAUsageError) {
  Incident incident("v20190208-c35c7e3");
  incident.request.paths.inventories.push_back(
      {"defualt", testing::SourceDir() + "/testdata/incidents/2019-02-08/inventory/default.txt"});
  const auto run = RunLint(incident.request);
  EXPECT_NE(run->usage_error.find("defualt"), std::string::npos) << run->usage_error;
  EXPECT_EQ(Judge(*run, Severity::kError), Verdict::kUsageError);
}

}  // namespace
}  // namespace prowlint
