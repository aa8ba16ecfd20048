// SPDX-License-Identifier: Apache-2.0
// Issue 14's promise on the real corpus: every deployment in
// ../shared/corpus ran on real Prow, so the rules that judge what Prow refuses
// at load report no error on it, judged at the version its manifests show
// (today's Prow where it ships none), with its plugins.yaml. The per-rule
// counts are pinned in testdata/corpus/validation_counts.txt, so a new
// warning is reviewed like code (PROWLINT_UPDATE_GOLDEN=1 rewrites it) and
// explained in the rule's Limitations.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

const char* const kRules[] = {"cluster-reference-unknown",
                              "config-field-conflict",
                              "config-field-unknown",
                              "config-updater-default-cluster",
                              "config-updater-too-large",
                              "config-updater-unmapped",
                              "decoration-config-invalid",
                              "job-config-basename-duplicate",
                              "job-name-duplicate",
                              "job-name-invalid",
                              "job-spec-invalid",
                              "job-trigger-invalid",
                              "label-invalid",
                              "plugin-unknown",
                              "preset-conflict"};

// The build-cluster credentials each deployment runs with, where the corpus
// ships them (istio's public kubeconfig ConfigMaps, oss-test-infra's public
// kubeconfig) or where testdata/corpus holds made-up ones with the real
// aliases; elsewhere the cluster rules say they were not judged.
std::string CredentialArgs(const std::string& dir, const std::string& config) {
  const std::string fixtures = testing::SourceDir() + "/testdata/corpus/" + dir;
  if (dir == "kubernetes__test-infra")
    return "--kubeconfig '" + fixtures + "/kubeconfig.yaml' --kubeconfig '" + fixtures +
           "/test-infra-trusted.kubeconfig.yaml'";
  if (dir == "istio__test-infra")
    return "--kubeconfig " + fs::path(config).parent_path().string() +
           "/cluster/build_kubeconfig.yaml";
  if (dir == "GoogleCloudPlatform__oss-test-infra")
    return "--kubeconfig prow/oss/cluster/kubeconfigs/kubeconfigs.yaml --kubeconfig '" + fixtures +
           "/secret-kubeconfigs.yaml'";
  return "";
}

TEST(ValidationCorpus, NoErrorAtEachDeploymentsOwnVersion) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  std::string only;
  for (const char* r : kRules) only += std::string(" --only ") + r;
  std::string actual;
  for (const testing::CorpusDeployment& d : testing::CorpusDeployments()) {
    SCOPED_TRACE(d.dir + " " + d.config);
    const std::string base = testing::SharedDir() + "/corpus/" + d.dir;
    const std::string plugins = fs::path(d.config).parent_path().string() + "/plugins.yaml";
    const std::string credentials = CredentialArgs(d.dir, d.config);
    std::string args = "lint --no-rules-config" + only + " --config-path " + d.config +
                       " --job-config-path " + d.jobs + " " + testing::CorpusManifestArgs(d.dir, d.config) + " " +
                       credentials + " --format json";
    if (fs::exists(base + "/" + plugins)) args += " --plugin-config " + plugins;
    const auto r = testing::RunBinary(args, base);
    ASSERT_TRUE(r.code == 0 || r.code == 1) << r.code << " " << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    ASSERT_FALSE(doc.contains("input_errors")) << doc.at("input_errors").dump();
    std::string version = "today's Prow";
    for (const auto& n : doc.at("notes")) {
      const std::string note = n.get<std::string>();
      if (note.rfind("v20", 0) == 0) version = note.substr(0, note.find_first_of(" :"));
    }
    // rule -> severity -> (findings, jobs)
    std::map<std::string, std::map<std::string, std::pair<int, std::size_t>>> counts;
    for (const auto& f : doc.at("findings")) {
      const std::string severity = f.at("severity");
      EXPECT_NE(severity, "error") << f.dump(2);
      auto& c = counts[f.at("rule")][severity];
      ++c.first;
      c.second += f.contains("jobs") ? f.at("jobs").size() : 0;
    }
    actual += d.dir + " " + d.config + " at " + version +
              (credentials.empty() ? ", no credentials:" : ", with credentials:");
    if (counts.empty()) actual += " nothing";
    for (const auto& [rule, by_severity] : counts)
      for (const auto& [severity, c] : by_severity)
        actual += " " + rule + "=" + std::to_string(c.first) + " " + severity +
                  (c.first == 1 ? "" : "s") + " (" + std::to_string(c.second) +
                  (c.second == 1 ? " job)" : " jobs)");
    actual += "\n";
  }
  const fs::path golden =
      fs::path(testing::SourceDir()) / "testdata" / "corpus" / "validation_counts.txt";
  testing::ExpectGolden(golden.string(), actual);
}

}  // namespace
}  // namespace prowlint
