// SPDX-License-Identifier: Apache-2.0
// The deploy manifests of every real deployment in ../shared/corpus that
// ships them load without an input error, and what prowlint finds in them
// (each Prow component, its tag and workload, the credentials it reads) is
// pinned in testdata/manifests/corpus/<name>.txt. PROWLINT_UPDATE_GOLDEN=1
// rewrites the pins; review the diff like code.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lint/load/load_manifests.h"
#include "lint/prow/target_version.h"
#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name;               // the golden's file name
  std::vector<std::string> dirs;  // relative to the corpus
  std::vector<std::string> prefixes = {};
};

// What a reviewer needs to see: one line per component, then the files each
// reads its build-cluster credentials from.
std::string Describe(const Manifests& m, const SourceSet& sources, const std::string& root) {
  auto rel = [&](const Position& p) {
    std::string path = sources.Path(p.file);
    if (path.rfind(root, 0) == 0) path = path.substr(root.size());
    return path + ":" + std::to_string(p.line);
  };
  std::string out;
  for (const Component& c : m.components) {
    out += c.name + " " + (c.tag.empty() ? "(no tag)" : c.tag) + " " +
           WorkloadKindName(c.workload_kind) + " " + (c.ns.empty() ? "" : c.ns + "/") +
           c.workload.value + (c.init_container ? " (init)" : "") + " " + rel(c.image.pos) + "\n";
    for (const CredentialRef& r : c.credentials) {
      out += "  " + std::string(CredentialFlagName(r.flag)) + " " + r.path.value;
      if (!r.object.empty())
        out += " <- " + std::string(ObjectKindName(r.object_kind)) + " " + r.object +
               (r.key.empty() ? "" : " key " + r.key);
      out += "\n";
    }
  }
  const std::vector<const Component*> schedulers = SchedulingComponents(m);
  out += "schedules pods: " +
         (schedulers.empty() ? std::string("none")
                             : schedulers.back()->name + " " + schedulers.back()->tag) +
         "\n";
  return out;
}

class ManifestCorpusTest : public ::testing::TestWithParam<Case> {};

TEST_P(ManifestCorpusTest, LoadsAndMatchesPin) {
  const Case& c = GetParam();
  const std::string corpus = testing::SharedDir() + "/corpus/";
  ManifestInputs inputs;
  for (const std::string& d : c.dirs) inputs.dirs.push_back(corpus + d);
  inputs.prow_image_prefixes = c.prefixes;
  SourceSet sources;
  Diagnostics diag;
  std::size_t files = 0;
  const Manifests m = LoadManifests(inputs, sources, diag, files);
  EXPECT_FALSE(diag.HasErrors()) << testing::Errors(diag);
  EXPECT_GT(files, 0u);
  EXPECT_FALSE(m.components.empty());
  const std::string actual = Describe(m, sources, corpus);
  const fs::path golden =
      fs::path(testing::SourceDir()) / "testdata" / "manifests" / "corpus" / (c.name + ".txt");
  testing::ExpectGolden(golden.string(), actual);
}

const char* kGcpMirror = "us-central1-docker.pkg.dev/gob-prow/prow-images/";

INSTANTIATE_TEST_SUITE_P(
    Corpus, ManifestCorpusTest,
    ::testing::Values(
        Case{"test-infra-2019-02-08-before", {"kubernetes__test-infra__2019-02-08/before/prow/cluster"}},
        Case{"test-infra-2019-02-08-after", {"kubernetes__test-infra__2019-02-08/after/prow/cluster"}},
        Case{"test-infra-2020-03-23-before", {"kubernetes__test-infra__2020-03-23/before/prow/cluster"}},
        Case{"test-infra-2020-03-23-after", {"kubernetes__test-infra__2020-03-23/after/prow/cluster"}},
        Case{"test-infra-2021-04-09-before",
             {"kubernetes__test-infra__2021-04-09/before/config/prow/cluster"}},
        Case{"test-infra-2021-04-09-after",
             {"kubernetes__test-infra__2021-04-09/after/config/prow/cluster"}},
        Case{"test-infra-2026-03-13", {"kubernetes__test-infra__2026-03-13/config/prow/cluster"}},
        Case{"istio-gcp", {"istio__test-infra/prow/gcp/cluster"}},
        Case{"istio-aws", {"istio__test-infra/prow/aws/cluster"}},
        Case{"knative", {"knative__infra/prow/cluster"}},
        Case{"kubevirt-kustom-raw", {"kubevirt__project-infra/github/ci/prow-deploy/kustom"}},
        Case{"gardener", {"gardener__ci-infra/deploy/prow"}},
        Case{"kyma", {"kyma-project__test-infra__2022-06-01/prow/cluster"}},
        Case{"metal3", {"metal3-io__project-infra/prow/manifests"}},
        Case{"gcp-oss-test-infra", {"GoogleCloudPlatform__oss-test-infra/prow/oss/cluster"}, {kGcpMirror}},
        Case{"prow-starter", {"kubernetes-sigs__prow/config/prow/cluster"}},
        Case{"k8s-io-prow-controller-manager", {"kubernetes__k8s.io/kubernetes/gke-prow/prow"}}),
    [](const ::testing::TestParamInfo<Case>& info) {
      std::string name = info.param.name;
      for (char& ch : name)
        if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return name;
    });

}  // namespace
}  // namespace prowlint
