// SPDX-License-Identifier: Apache-2.0
// The version rules on every real deployment in ../shared/corpus that ships
// its manifests, judged with the version those manifests show: no input
// error, and the findings per rule and severity pinned in
// testdata/manifests/corpus-findings.txt (each explained in the rule doc's
// Limitations). PROWLINT_UPDATE_GOLDEN=1 rewrites the pin; review the diff.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;
  std::string base;  // the directory the run starts in, under the corpus
  std::vector<std::string> args;
};

// The deploy trees of lint/load/load_manifests_corpus_test.cc, each with the
// config and jobs of the same revision (or the nearest one the corpus has).
std::vector<Case> Cases() {
  const std::string gcp = "us-central1-docker.pkg.dev/gob-prow/prow-images/";
  return {
      {"test-infra-2019-02-08-before",
       "kubernetes__test-infra__2019-02-08/before",
       {"--deploy-dir", "prow/cluster", "--config-path", "prow/config.yaml"}},
      {"test-infra-2019-02-08-after",
       "kubernetes__test-infra__2019-02-08/after",
       {"--deploy-dir", "prow/cluster", "--config-path", "prow/config.yaml", "--job-config-path",
        "config/jobs"}},
      {"test-infra-2020-03-23-before",
       "kubernetes__test-infra__2020-03-23/before",
       {"--deploy-dir", "prow/cluster", "--config-path", "config/prow/config.yaml",
        "--job-config-path", "config/jobs"}},
      {"test-infra-2020-03-23-after",
       "kubernetes__test-infra__2020-03-23",
       {"--deploy-dir", "after/prow/cluster", "--config-path", "before/config/prow/config.yaml",
        "--job-config-path", "before/config/jobs"}},
      {"test-infra-2021-04-09-before",
       "kubernetes__test-infra__2021-04-09/before",
       {"--deploy-dir", "config/prow/cluster", "--config-path", "config/prow/config.yaml",
        "--job-config-path", "config/jobs"}},
      {"test-infra-2021-04-09-after",
       "kubernetes__test-infra__2021-04-09",
       {"--deploy-dir", "after/config/prow/cluster", "--config-path",
        "after/config/prow/config.yaml", "--job-config-path", "before/config/jobs"}},
      {"test-infra-2026-03-13",
       "kubernetes__test-infra__2026-03-13",
       {"--deploy-dir", "config/prow/cluster", "--config-path", "config/prow/config.yaml",
        "--job-config-path", "config/jobs"}},
      {"istio-gcp",
       "istio__test-infra",
       {"--deploy-dir", "prow/gcp/cluster", "--config-path", "prow/gcp/config.yaml",
        "--job-config-path", "prow/gcp/cluster/jobs"}},
      {"istio-aws",
       "istio__test-infra",
       {"--deploy-dir", "prow/aws/cluster", "--config-path", "prow/aws/config.yaml",
        "--job-config-path", "prow/aws/cluster/jobs"}},
      {"knative",
       "knative__infra",
       {"--deploy-dir", "prow/cluster", "--config-path", "prow/config.yaml", "--job-config-path",
        "prow/jobs"}},
      {"kubevirt-kustom-raw",
       "kubevirt__project-infra/github/ci/prow-deploy",
       {"--deploy-dir", "kustom", "--config-path", "files/config.yaml", "--job-config-path",
        "files/jobs"}},
      {"gardener",
       "gardener__ci-infra",
       {"--deploy-dir", "deploy/prow", "--config-path", "config/prow/config.yaml",
        "--job-config-path", "config/jobs"}},
      {"kyma",
       "kyma-project__test-infra__2022-06-01",
       {"--deploy-dir", "prow/cluster", "--config-path", "prow/config.yaml", "--job-config-path",
        "prow/jobs"}},
      {"metal3",
       "metal3-io__project-infra",
       {"--deploy-dir", "prow/manifests", "--config-path", "prow/config/config.yaml",
        "--job-config-path", "prow/config/jobs"}},
      {"gcp-oss-test-infra",
       "GoogleCloudPlatform__oss-test-infra",
       {"--deploy-dir", "prow/oss/cluster", "--config-path", "prow/oss/config.yaml",
        "--job-config-path", "prow/prowjobs", "--prow-image-prefix", gcp}},
      // The starter carries its config inside a ConfigMap: manifests only.
      {"prow-starter", "kubernetes-sigs__prow", {"--deploy-dir", "config/prow/cluster"}},
      // prow.k8s.io's control plane runs test-infra's config.
      {"k8s-io-prow-controller-manager",
       ".",
       {"--deploy-dir", "kubernetes__k8s.io/kubernetes/gke-prow/prow", "--config-path",
        "kubernetes__test-infra/config/prow/config.yaml", "--job-config-path",
        "kubernetes__test-infra/config/jobs"}},
  };
}

// The rules of issue 13, part 5.
const char* const kRules[] = {"build-cluster-default-required",
                              "component-alias-mismatch",
                              "component-flag-required",
                              "component-flag-unknown",
                              "component-rbac-missing",
                              "component-resources-unset",
                              "component-rollout-stalled",
                              "component-secret-missing",
                              "kubeconfig-context-duplicate",
                              "pod-utilities-skew",
                              "prow-image-latest",
                              "prow-tool-image-skew",
                              "prow-version-downgrade",
                              "prow-version-known-bad",
                              "prow-version-mixed"};

TEST(VersionRulesCorpus, QuietAndPinned) {
  std::string actual;
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.name);
    std::vector<std::string> args{"lint", "--no-rules-config", "--format", "json"};
    for (const char* rule : kRules) args.insert(args.end(), {"--only", rule});
    args.insert(args.end(), c.args.begin(), c.args.end());
    const auto r = testing::RunInProcess(args, testing::SharedDir() + "/corpus/" + c.base);
    ASSERT_TRUE(r.code == 0 || r.code == 1) << r.code << " " << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_FALSE(doc.contains("input_errors")) << doc.dump(2).substr(0, 2000);
    std::map<std::string, std::map<std::string, int>> counts;
    for (const auto& f : doc.at("findings"))
      ++counts[f.at("rule").get<std::string>()][f.at("severity").get<std::string>()];
    actual += c.name + ":";
    if (counts.empty()) actual += " quiet";
    actual += "\n";
    for (const auto& [rule, by] : counts) {
      actual += "  " + rule;
      for (const auto& [severity, n] : by) actual += " " + std::to_string(n) + " " + severity;
      actual += "\n";
    }
  }
  const fs::path golden =
      fs::path(testing::SourceDir()) / "testdata" / "manifests" / "corpus-findings.txt";
  testing::ExpectGolden(golden.string(), actual);
  // No error on a real deployment unless Prow would fail too: there are none.
  EXPECT_EQ(actual.find(" error"), std::string::npos) << actual;
}

// The bump of the 2019-02-08 outage and the deploy before it: both tags are
// in the alias window. Without credentials prow-version-known-bad says so at
// plank's image line, the line the bump pull request changed (a warning: it
// cannot tell whether a literal "default" is there). With the incident's
// build-cluster Secret (a literal "default") literal-default-alias reports
// it with every job it moves, and prow-version-known-bad says nothing more:
// one cause, one finding.
TEST(VersionRulesCorpus, TheOutageBumpIsKnownBad) {
  const std::string secret = testing::IncidentBuildClusterSecret();
  for (const auto& [side, tag] :
       {std::pair<std::string, std::string>{"before", "v20190206-b01b288"},
        {"after", "v20190208-c35c7e3"}}) {
    SCOPED_TRACE(side);
    const std::string dir = testing::SharedDir() + "/corpus/kubernetes__test-infra__2019-02-08/" + side;
    const std::vector<std::string> args = {"lint",         "--no-rules-config", "--format",
                                           "json",         "--deploy-dir",      "prow/cluster",
                                           "--config-path", "prow/config.yaml"};
    auto with = [&](std::vector<std::string> extra) {
      std::vector<std::string> all = args;
      all.insert(all.end(), extra.begin(), extra.end());
      return testing::RunInProcess(all, dir);
    };
    const auto alone = with({"--only", "prow-version-known-bad"});
    bool found = false;
    const auto alone_doc = nlohmann::json::parse(alone.out);
    for (const auto& f : alone_doc.at("findings")) {
      found = found || (f.at("severity") == "warning" &&
                        f.at("file") == "prow/cluster/plank_deployment.yaml" &&
                        f.at("message").get<std::string>().rfind(
                            tag + " is in the 2019-02-08 alias window", 0) == 0);
    }
    EXPECT_TRUE(found) << alone.out.substr(0, 3000);

    const auto judged = with({"--build-cluster", secret, "--only", "prow-version-known-bad",
                              "--only", "literal-default-alias"});
    EXPECT_EQ(judged.code, 1) << judged.err;
    std::vector<std::string> rules;
    const auto judged_doc = nlohmann::json::parse(judged.out);
    for (const auto& f : judged_doc.at("findings"))
      if (f.at("severity") == "error") rules.push_back(f.at("rule"));
    EXPECT_EQ(rules, std::vector<std::string>{"literal-default-alias"}) << judged.out.substr(0, 3000);
  }
}

}  // namespace
}  // namespace prowlint
