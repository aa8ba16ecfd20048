// SPDX-License-Identifier: Apache-2.0
// The README's inventory recipe on every real deployment of ../shared/corpus
// that ships its manifests: no false component-secret-missing. kubectl cannot
// run here, so testdata/corpus/recipe_inventory.py writes what the recipe
// would print for a healthy service cluster (every Secret and ConfigMap a
// workload mounts, in that workload's namespace), read with PyYAML rather
// than prowlint's loaders.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

// The --deploy-dir in CorpusManifestArgs' flags.
std::string DeployDir(const std::string& manifest_args) {
  const std::string flag = "--deploy-dir ";
  const std::size_t at = manifest_args.find(flag);
  if (at == std::string::npos) return "";
  const std::size_t start = at + flag.size();
  return manifest_args.substr(start, manifest_args.find(' ', start) - start);
}

int ComponentErrors(const std::string& out) {
  const auto doc = nlohmann::json::parse(out, nullptr, false);
  EXPECT_FALSE(doc.is_discarded()) << out.substr(0, 2000);
  if (doc.is_discarded()) return -1;
  EXPECT_FALSE(doc.contains("input_errors")) << doc.dump().substr(0, 2000);
  int n = 0;
  for (const auto& f : doc.at("findings")) n += f.at("rule") == "component-secret-missing";
  return n;
}

TEST(InventoryRecipeCorpus, AllNamespacesListingGivesNoComponentError) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  int judged = 0;
  for (const testing::CorpusDeployment& d : testing::CorpusDeployments()) {
    const std::string manifests = testing::CorpusManifestArgs(d.dir, d.config);
    if (manifests.empty()) continue;
    SCOPED_TRACE(d.dir + " " + d.config);
    const std::string base = testing::SharedDir() + "/corpus/" + d.dir;
    testing::TempDir tmp;
    const auto listing = testing::RunCommand("python3 '" + testing::SourceDir() +
                                                 "/testdata/corpus/recipe_inventory.py' " +
                                                 d.config + " " + DeployDir(manifests),
                                             base);
    ASSERT_EQ(listing.code, 0) << listing.err;
    const std::string recipe = tmp.Write("in-cluster.txt", listing.out);
    const std::string empty = tmp.Write("empty.txt", "NAMESPACE   KIND   NAME\n");
    const std::string lint = "lint --only component-secret-missing --format json --config-path " +
                             d.config + " --job-config-path " + d.jobs + " " + manifests +
                             " --inventory in-cluster=";
    // An empty cluster first: the rule judges this deployment's components.
    const auto none = testing::RunBinary(lint + "'" + empty + "'", base);
    EXPECT_GT(ComponentErrors(none.out), 0) << none.err;
    const auto r = testing::RunBinary(lint + "'" + recipe + "'", base);
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(ComponentErrors(r.out), 0) << r.out.substr(0, 2000);
    ++judged;
  }
  EXPECT_GE(judged, 10);
}

}  // namespace
}  // namespace prowlint
