// SPDX-License-Identifier: Apache-2.0
// Inventories by namespace, end to end: the real manifests of the 2019-02-08
// bump (../shared/corpus) with the reproduction's credentials, and the
// service cluster's inventory in each form. Prow's components mount their
// Secrets in "default", the jobs' pods theirs in "test-pods": one inventory
// of the service cluster must say which is where.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::RunBinary;

const std::string kIncident = testing::SourceDir() + "/testdata/incidents/2019-02-08";

const std::string kInventories = kIncident + "/inventory/";

// The bump's tree with the reproduction's credentials.
std::string BumpCommand() {
  return "lint --config-path prow/config.yaml --job-config-path config/jobs --deploy-dir "
         "prow/cluster --build-cluster '" +
         testing::IncidentBuildClusterSecret() + "' --format json ";
}

// The reproduction's inventories of the build clusters; each test gives the
// service cluster's (in-cluster) in its own form.
const std::string kBuildClusterInventories =
    " --inventory default='" + kInventories + "default.txt' --inventory security='" + kInventories +
    "security.txt' --inventory gke_rules-k8s_us-central1-f_testing='" + kInventories +
    "rules-k8s.txt'";

struct Judged {
  int component_errors = 0;
  // What the job-*-missing rules say, to compare the forms by.
  std::set<std::tuple<std::string, std::string, int, std::string>> job_findings;
};

Judged Lint(const std::string& args) {
  const auto r = RunBinary(BumpCommand() + args, testing::BumpCorpusDir() + "/after");
  EXPECT_EQ(r.code, 1) << r.err;  // the outage's own findings
  Judged j;
  const auto doc = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_FALSE(doc.is_discarded()) << r.out << r.err;
  if (doc.is_discarded()) return j;
  EXPECT_FALSE(doc.contains("input_errors")) << r.out;
  for (const auto& f : doc.at("findings")) {
    const std::string rule = f.at("rule");
    if (rule == "component-secret-missing") ++j.component_errors;
    if (rule.rfind("job-", 0) == 0 && rule.size() > 8 &&
        rule.compare(rule.size() - 8, 8, "-missing") == 0)
      j.job_findings.insert({rule, f.at("file"), f.at("line"), f.at("message")});
  }
  return j;
}

// The reproduction's inventory of the service cluster: `-o yaml` of
// test-pods only, namespaces carried.
const std::string kTestPodsYaml =
    kBuildClusterInventories + " --inventory in-cluster='" + kInventories + "in-cluster.yaml'";

TEST(InventoryNamespaces, ListingOfTheJobsNamespaceAloneFailsTheComponents) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // The README's earlier recipe (`kubectl -n test-pods ... -o name`) for
  // in-cluster: the components' Secrets in "default" are not in it. Said
  // here so the tests below are known to judge the components at all.
  testing::TempDir dir;
  const std::string names =
      dir.Write("in-cluster.txt",
                "secret/service-account\nsecret/oauth-token\nsecret/deployer-service-account\n"
                "serviceaccount/default\n");
  EXPECT_GE(
      Lint(kBuildClusterInventories + " --inventory in-cluster='" + names + "'").component_errors,
      15);
  EXPECT_GE(Lint(kTestPodsYaml).component_errors, 15);
}

TEST(InventoryNamespaces, TheRecipesAllNamespacesListingServesComponentsAndJobs) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  const Judged recipe = Lint(kBuildClusterInventories + " --inventory in-cluster='" + kInventories +
                             "in-cluster-all-namespaces.txt'");
  EXPECT_EQ(recipe.component_errors, 0);
  // The jobs that may land in the service cluster are judged in test-pods
  // exactly as with the reproduction's own listing of test-pods.
  const Judged test_pods = Lint(kTestPodsYaml);
  EXPECT_FALSE(test_pods.job_findings.empty());
  EXPECT_EQ(recipe.job_findings, test_pods.job_findings);
}

TEST(InventoryNamespaces, ListingsPerNamespaceServeComponentsAndJobs) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // --inventory ALIAS/NAMESPACE=FILE, once per namespace: an `-o name`
  // listing of default, and the `-o yaml` one of test-pods.
  const Judged each =
      Lint(kBuildClusterInventories + " --inventory in-cluster/default='" + kInventories +
           "in-cluster-default.txt' --inventory in-cluster/test-pods='" + kInventories +
           "in-cluster.yaml'");
  EXPECT_EQ(each.component_errors, 0);
  EXPECT_EQ(each.job_findings, Lint(kTestPodsYaml).job_findings);
}

TEST(InventoryNamespaces, AListingOfAnotherNamespaceThanTheFlagSaysIsAnInputError) {
  const auto r = RunBinary(
      "lint --config-path prow/config.yaml --job-config-path config/jobs "
      "--inventory default/default=inventory/in-cluster.yaml",
      kIncident);
  EXPECT_EQ(r.code, 3) << r.out << r.err;
  // Once for the file, at the first object that is elsewhere.
  EXPECT_NE(r.err.find("inventory/in-cluster.yaml:8:3: error: lists secret \"service-account\" in "
                       "namespace \"test-pods\" (and 3 more objects not in \"default\"), but "
                       "--inventory default/default is a listing of namespace \"default\"\n"
                       "1 input error"),
            std::string::npos)
      << r.err;
}

TEST(InventoryNamespaces, TheAliasCheckReadsTheAliasBeforeTheSlash) {
  const std::string args =
      "lint --config-path prow/config.yaml --job-config-path config/jobs "
      "--build-cluster cluster/build-cluster.yaml ";
  const auto ok =
      RunBinary(args + "--inventory security/test-pods=inventory/security.txt", kIncident);
  EXPECT_TRUE(ok.code == 0 || ok.code == 1) << ok.code << ok.err;
  const auto typo =
      RunBinary(args + "--inventory securty/test-pods=inventory/security.txt", kIncident);
  EXPECT_EQ(typo.code, 2);
  EXPECT_NE(
      typo.err.find("the credentials define no alias \"securty\"; did you mean \"security\"?"),
      std::string::npos)
      << typo.err;
}

TEST(InventoryNamespaces, ProjectConfigTakesAliasAndNamespaceKeys) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // .prowlint.yaml's inventory map: one key per alias and namespace.
  testing::TempDir dir;
  const std::string config = dir.Write(".prowlint.yaml",
                                       "inventory:\n"
                                       "  default: " +
                                           kInventories +
                                           "default.txt\n"
                                           "  security: " +
                                           kInventories +
                                           "security.txt\n"
                                           "  gke_rules-k8s_us-central1-f_testing: " +
                                           kInventories +
                                           "rules-k8s.txt\n"
                                           "  in-cluster/default: " +
                                           kInventories +
                                           "in-cluster-default.txt\n"
                                           "  in-cluster/test-pods: " +
                                           kInventories + "in-cluster.yaml\n");
  const Judged judged = Lint("--rules-config '" + config + "'");
  EXPECT_EQ(judged.component_errors, 0);
  EXPECT_EQ(judged.job_findings, Lint(kTestPodsYaml).job_findings);
}

}  // namespace
}  // namespace prowlint
