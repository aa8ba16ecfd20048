// prowlint on every real deployment in ../shared/corpus: no input errors, and
// job counts per kind equal to an independent count (testdata/corpus/
// count_jobs.py: PyYAML/libyaml and Python's walker instead of ours).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lint/test_util.h"

namespace prowlint {
namespace {

struct Deployment {
  std::string dir, config, jobs;
};

std::vector<Deployment> ReadDeployments() {
  std::vector<Deployment> out;
  std::ifstream in(testing::SharedDir() + "/corpus/DEPLOYMENTS.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::istringstream words(line);
    Deployment d;
    words >> d.dir >> d.config >> d.jobs;
    out.push_back(d);
  }
  return out;
}

TEST(Corpus, DeploymentsAreListed) {
  // The corpus is beside the repository in CI too; without it this suite
  // would pass vacuously, so its absence is a failure.
  EXPECT_GE(ReadDeployments().size(), 10u) << "no ../shared/corpus/DEPLOYMENTS.txt";
}

TEST(Corpus, EveryDeploymentLoadsAndCountsMatch) {
  for (const Deployment& d : ReadDeployments()) {
    SCOPED_TRACE(d.dir);
    const std::string base = testing::SharedDir() + "/corpus/" + d.dir;
    const auto r = testing::RunBinary("lint --config-path " + d.config + " --job-config-path " +
                                          d.jobs + " --format json",
                                      base);
    ASSERT_TRUE(r.code == 0 || r.code == 1) << r.code << " " << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    EXPECT_FALSE(doc.contains("input_errors"));
    FILE* pipe = popen(("cd '" + base + "' && python3 '" + testing::SourceDir() +
                        "/testdata/corpus/count_jobs.py' " + d.config + " " + d.jobs)
                           .c_str(),
                       "r");
    ASSERT_NE(pipe, nullptr);
    std::string out;
    char buffer[4096];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    ASSERT_EQ(pclose(pipe), 0) << "count_jobs.py failed";
    const auto expected = nlohmann::json::parse(out);
    const auto& s = doc.at("summary");
    for (const char* kind : {"jobs", "presubmits", "postsubmits", "periodics"})
      EXPECT_EQ(s.at(kind), expected.at(kind)) << kind;
  }
}

TEST(Corpus, RealConfigOfTheOutageSendsTheDefaultJobsToTheServiceCluster) {
  // The real config at the bump to v20190208-c35c7e3, with the reproduction's
  // build-cluster secret: plank may send every "default" job (929 of them) to
  // the service cluster.
  const std::string base = testing::SharedDir() + "/corpus/kubernetes__test-infra__2019-02-08/after";
  const std::string secret =
      testing::SourceDir() + "/testdata/incidents/2019-02-08/cluster/build-cluster.yaml";
  const auto r = testing::RunBinary(
      "lint --config-path prow/config.yaml --job-config-path config/jobs --build-cluster '" +
          secret + "' --target-version v20190208-c35c7e3 --format json",
      base);
  EXPECT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& f : doc.at("findings")) {
    if (f.at("rule") != "service-cluster-schedulable") continue;
    found = f.at("message").get<std::string>().rfind("929 jobs on alias \"default\"", 0) == 0;
  }
  EXPECT_TRUE(found) << r.out.substr(0, 2000);
}

TEST(Corpus, IstioBuildKubeconfigConfigMapResolvesEveryAlias) {
  // The real build kubeconfig of istio's Prow, shipped in a ConfigMap: every
  // job's alias must resolve, and the literal "default" is found where it is.
  const std::string base = testing::SharedDir() + "/corpus/istio__test-infra";
  const auto r = testing::RunBinary(
      "lint --config-path prow/gcp/config.yaml --job-config-path prow/gcp/cluster/jobs "
      "--kubeconfig prow/gcp/cluster/build_kubeconfig.yaml --format json",
      base);
  ASSERT_EQ(r.code, 0) << r.err << r.out.substr(0, 2000);
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("summary").at("jobs"), 1392);
  // Besides it, only warnings (jobs without resource requests on their
  // trusted cluster): nothing that breaks a job.
  int literal = 0;
  for (const auto& f : doc.at("findings")) {
    EXPECT_NE(f.at("severity"), "error") << f.dump(2);
    if (f.at("rule") != "literal-default-alias") continue;
    ++literal;
    EXPECT_EQ(f.at("line"), 31);
  }
  EXPECT_EQ(literal, 1) << doc.at("findings").dump(2);
}

}  // namespace
}  // namespace prowlint
