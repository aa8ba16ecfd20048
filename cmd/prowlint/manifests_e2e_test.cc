// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of the deploy manifests as input: the version read from
// them on the real 2019-02-08 bump, standard input, and bad manifests.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;

// The real kubernetes/test-infra tree of the 2019-02-08 bump, with the
// reproduction's build-cluster secret.
const std::string kBump = testing::BumpCorpusDir();
const std::string kSecret = testing::IncidentBuildClusterSecret();

std::string BumpArgs(const std::string& side) {
  return " --config-path after/prow/config.yaml --job-config-path after/config/jobs"
         " --build-cluster '" + kSecret + "' --deploy-dir " + side + "/prow/cluster";
}

nlohmann::json Findings(const std::string& json) {
  nlohmann::json findings = nlohmann::json::parse(json).at("findings");
  return findings;
}

TEST(Manifests, VersionOfTheBumpIsReadFromPlankAndSaidWhere) {
  const auto r = RunBinary("lint" + BumpArgs("after") + " --format json", kBump);
  ASSERT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_FALSE(doc.at("notes").empty());
  EXPECT_EQ(doc.at("notes")[0],
            "v20190208-c35c7e3 (the plank image at after/prow/cluster/plank_deployment.yaml:34:16): "
            "plank renames the service cluster to \"default\", clobbering a literal \"default\" at "
            "random on each start");
  // The same findings as naming the tag by hand.
  const auto flag = RunBinary("lint" + BumpArgs("after") +
                                  " --target-version v20190208-c35c7e3 --format json",
                              kBump);
  ASSERT_EQ(flag.code, 1) << flag.err;
  EXPECT_EQ(Findings(r.out), Findings(flag.out));
  bool literal = false;
  for (const auto& f : Findings(r.out)) literal = literal || f.at("rule") == "literal-default-alias";
  EXPECT_TRUE(literal);
}

TEST(Manifests, TheTagBeforeTheBumpIsInTheBugWindowToo) {
  const auto r = RunBinary("lint" + BumpArgs("before") + " --format json", kBump);
  ASSERT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("notes")[0].get<std::string>().rfind("v20190206-b01b288 (the plank image at "
                                                        "before/prow/cluster/plank_deployment.yaml",
                                                        0),
            0u)
      << doc.at("notes")[0];
  bool literal = false;
  for (const auto& f : Findings(r.out)) literal = literal || f.at("rule") == "literal-default-alias";
  EXPECT_TRUE(literal) << "v20190206-b01b288 is one of the deployed bad tags";
}

TEST(Manifests, TargetVersionOverridesAndSaysSo) {
  const auto r = RunBinary("lint" + BumpArgs("after") +
                               " --target-version v20190125-2aca69d --format json",
                           kBump);
  const auto doc = nlohmann::json::parse(r.out);
  bool said = false;
  for (const auto& n : doc.at("notes"))
    said = said || n == "--target-version v20190125-2aca69d overrides plank:v20190208-c35c7e3 in "
                        "the manifests (after/prow/cluster/plank_deployment.yaml:34:16)";
  EXPECT_TRUE(said) << doc.at("notes");
}

TEST(Manifests, StandardInputReadsRenderedManifests) {
  const auto r = RunBinary(
      "lint --config-path after/prow/config.yaml --deploy-manifest - --format json "
      "< after/prow/cluster/plank_deployment.yaml",
      kBump);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("notes")[0].get<std::string>().rfind(
                "v20190208-c35c7e3 (the plank image at <stdin>:34:16)", 0),
            0u)
      << doc.at("notes")[0];
}

TEST(Manifests, EmptyStandardInputIsAUsageError) {
  const auto r =
      RunBinary("lint --config-path after/prow/config.yaml --deploy-manifest - < /dev/null", kBump);
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "prowlint lint: --deploy-manifest -: nothing on standard input\n");
}

TEST(Manifests, ABrokenManifestIsAnInputErrorWithAPosition) {
  const fs::path dir = fs::temp_directory_path() / ("prowlint-manifests-" + std::to_string(getpid()));
  fs::create_directories(dir / "cluster");
  std::ofstream(dir / "config.yaml") << "pod_namespace: test-pods\n";
  std::ofstream(dir / "cluster" / "plank.yaml")
      << "kind: Deployment\nmetadata:\n  name: plank\nspec: [unclosed\n";
  const auto r = RunBinary("lint --config-path config.yaml --deploy-dir cluster", dir.string());
  fs::remove_all(dir);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("cluster/plank.yaml:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(": error: "), std::string::npos) << r.err;
}

TEST(Manifests, AMissingDeployDirIsAnInputError) {
  const auto r =
      RunBinary("lint --config-path after/prow/config.yaml --deploy-dir no/such/dir", kBump);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("no/such/dir: error: cannot read --deploy-dir: No such file or directory"),
            std::string::npos)
      << r.err;
}

// istio keeps its job configs under the deploy directory: they are Prow's
// config, read (and judged) by the job loader, not manifests to parse again.
TEST(Manifests, JobConfigsInsideTheDeployDirAreReadOnceAsJobConfigs) {
  const fs::path dir = fs::temp_directory_path() / ("prowlint-manifests-jobs-" + std::to_string(getpid()));
  fs::create_directories(dir / "cluster" / "jobs");
  std::ofstream(dir / "cluster" / "config.yaml") << "pod_namespace: test-pods\n";
  std::ofstream(dir / "cluster" / "jobs" / "a.yaml")
      << "periodics:\n- name: a\n  interval: 1h\n  spec:\n    containers:\n    - image: x\n";
  std::ofstream(dir / "cluster" / "plank.yaml")
      << "kind: Deployment\nmetadata:\n  name: plank\nspec:\n  template:\n    spec:\n"
         "      containers:\n      - image: gcr.io/k8s-prow/plank:v20200101-0123456789\n";
  const std::string args =
      "lint --no-rules-config --config-path cluster/config.yaml --deploy-dir cluster --format json";
  const auto with_jobs = RunBinary(args + " --job-config-path cluster/jobs", dir.string());
  // Without --job-config-path the job file is a document that is no object.
  const auto without = RunBinary(args, dir.string());
  // A job-config root that is the deploy tree itself leaves the manifests
  // to be read: the version still comes from plank.
  const auto same = RunBinary(args + " --job-config-path cluster", dir.string());
  // A broken job file is reported once, by the job loader.
  std::ofstream(dir / "cluster" / "jobs" / "b.yaml") << "periodics: [unclosed\n";
  const auto broken = RunBinary(args + " --job-config-path cluster/jobs", dir.string());
  fs::remove_all(dir);
  ASSERT_NE(with_jobs.code, 3) << with_jobs.err;
  const auto notes = nlohmann::json::parse(with_jobs.out).at("notes").dump();
  EXPECT_EQ(notes.find("not Kubernetes objects"), std::string::npos) << notes;
  EXPECT_NE(nlohmann::json::parse(without.out).at("notes").dump().find("not Kubernetes objects"),
            std::string::npos)
      << without.out;
  EXPECT_NE(nlohmann::json::parse(same.out).at("notes").dump().find("v20200101-0123456789 (the plank image"),
            std::string::npos)
      << same.out << same.err;
  EXPECT_EQ(broken.code, 3);
  std::size_t count = 0;
  for (std::size_t at = broken.err.find("cluster/jobs/b.yaml:"); at != std::string::npos;
       at = broken.err.find("cluster/jobs/b.yaml:", at + 1))
    ++count;
  EXPECT_EQ(count, 1u) << broken.err;
}

}  // namespace
}  // namespace prowlint
