// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of comparing two revisions with `lint --base-ref` and
// `--base`: a finding keeps its identity across a bump that re-tags it, new
// findings are marked, existing ones counted, and what the change fixes is
// listed. On the real 2019-02-08 bump replayed as a git repository, and on
// the real test-infra config judged at the tag before and after Prow learnt
// extra_refs' `auxiliary`.
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

struct TempDir {
  TempDir() {
    char tmpl[] = "/tmp/prowlint-compare-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string path;
};

void Shell(const std::string& command) {
  const testing::RunResult r = testing::RunCommand(command);
  ASSERT_EQ(r.code, 0) << command << "\n" << r.out << r.err;
}

// The 2019-02-08 bump as its pull request arrives (tools/replay-bump.sh):
// HEAD~1 holds the before/ manifests, HEAD the after/ tree, with the same
// jobs and build-cluster file on both sides. HEAD also gives tide its
// resource requests (a fix) and adds a periodic on the misspelt alias
// "bulid" (a new problem), as a bump PR may carry both.
void ReplayBump(const std::string& repo) {
  const std::string corpus = testing::BumpCorpusDir();
  const std::string before = repo + "-before";
  Shell("mkdir -p '" + before + "/config' && cp -r '" + corpus + "/before/.' '" + before +
        "/' && cp -r '" + corpus + "/after/config/.' '" + before + "/config/' && cp '" +
        testing::IncidentBuildClusterSecret() + "' '" + before + "/build-cluster.yaml'");
  Shell("'" + testing::SharedDir() + "/tools/replay-bump.sh' '" + before + "' '" + corpus +
        "/after' '" + repo + "' >/dev/null");
  fs::remove_all(before);
  Shell("cd '" + repo +
        "' && sed -i 's|^\\(        image: gcr.io/k8s-prow/tide:.*\\)$|\\1\\n        resources: "
        "{requests: {cpu: 100m, memory: 256Mi}}|' prow/cluster/tide_deployment.yaml");
  std::ofstream(repo + "/config/jobs/typo.yaml")
      << "periodics:\n- name: ci-typo\n  interval: 1h\n  cluster: bulid\n  spec:\n"
         "    containers:\n    - image: alpine\n"
         "      resources: {requests: {cpu: 100m, memory: 64Mi}}\n";
  Shell("cd '" + repo + "' && git add -A && git commit -q --amend --no-edit");
}

const std::string kBumpArgs =
    "lint --config-path prow/config.yaml --job-config-path config/jobs --build-cluster "
    "build-cluster.yaml --deploy-dir prow/cluster --base-ref HEAD~1";

std::size_t CountChange(const nlohmann::json& doc, const std::string& change) {
  std::size_t n = 0;
  for (const auto& f : doc.at("findings")) n += f.value("change", "") == change;
  return n;
}

TEST(Compare, TheBumpKeepsRetaggedFindingsMarksNewOnesAndListsWhatItFixes) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  TempDir tmp;
  const std::string repo = tmp.path + "/repo";
  ReplayBump(repo);

  const auto json_run = RunBinary(kBumpArgs + " --format json", repo);
  ASSERT_EQ(json_run.code, 1) << json_run.err;
  const auto doc = nlohmann::json::parse(json_run.out);
  // Sinker's finding names the new tag, yet it is the one the base had.
  bool sinker = false;
  for (const auto& f : doc.at("findings")) {
    if (f.at("subject").at("object") !=
        "component sinker in the window of test-infra #11086, fixed by test-infra #11667")
      continue;
    sinker = true;
    EXPECT_NE(f.at("message").get<std::string>().find("sinker v20190208-c35c7e3 "),
              std::string::npos);
    // The base had it too, but the bump restarts sinker, which draws the
    // service cluster's name again at start (issue 21 item 3).
    EXPECT_EQ(f.at("change"), "new");
    EXPECT_EQ(f.at("restarted"), "sinker");
  }
  EXPECT_TRUE(sinker) << json_run.out;
  // New: the misspelt alias, and what the restarts of sinker and plank draw
  // again; the summary counts every existing one.
  std::size_t restarted = 0;
  for (const auto& f : doc.at("findings")) restarted += f.contains("restarted");
  EXPECT_EQ(restarted, 2u) << json_run.out;
  ASSERT_EQ(CountChange(doc, "new"), 1u + restarted) << json_run.out;
  const std::size_t existing = CountChange(doc, "existing");
  EXPECT_GE(existing, 20u);
  EXPECT_EQ(doc.at("summary").at("existing"), existing);
  EXPECT_EQ(existing + 1 + restarted, doc.at("findings").size());
  // Tide's requests fix one finding, placed in the base revision.
  EXPECT_EQ(doc.at("summary").at("fixed"), 1);
  ASSERT_EQ(doc.at("fixed").size(), 1u);
  const auto& fixed = doc.at("fixed")[0];
  EXPECT_EQ(fixed.at("rule"), "component-resources-unset");
  EXPECT_EQ(fixed.at("subject").at("object"), "resource requests of component tide");
  EXPECT_EQ(fixed.at("base_location"), "prow/cluster/tide_deployment.yaml:34");

  // Text: the new finding marked, the rest counted, the fix said.
  const auto text = RunBinary(kBumpArgs, repo);
  EXPECT_EQ(text.code, 1);
  const std::string& out = text.out;
  const auto mark = out.find(" [new]");
  ASSERT_NE(mark, std::string::npos) << out;
  EXPECT_EQ(out.find(" [new]", mark + 1), std::string::npos) << "one new finding";
  EXPECT_NE(out.find(" [new: this change restarts plank]: "), std::string::npos) << out;
  EXPECT_NE(out.find("config/jobs/typo.yaml:4:12: error [new]: "), std::string::npos) << out;
  EXPECT_NE(out.find("\nfixed by this change: 1 (component-resources-unset \u00d71)\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("; " + std::to_string(existing) + " existing (the base has them too)\n"),
            std::string::npos)
      << out;

  // --new-only: the new one alone, the same counts.
  const auto new_only = RunBinary(kBumpArgs + " --new-only --format json", repo);
  EXPECT_EQ(new_only.code, 1) << new_only.err;
  const auto only = nlohmann::json::parse(new_only.out);
  ASSERT_EQ(only.at("findings").size(), 1u + restarted);
  std::size_t typo = 0;
  for (const auto& f : only.at("findings")) typo += f.at("rule") == "job-cluster-unknown";
  EXPECT_EQ(typo, 1u) << new_only.out;
  EXPECT_EQ(only.at("summary").at("existing"), existing);
  EXPECT_EQ(only.at("fixed"), doc.at("fixed"));

  const auto md = RunBinary(kBumpArgs + " --new-only --format markdown", repo);
  // The rule links to its doc, wherever PROWLINT_HOMEPAGE puts docs.
  const std::size_t fixed_section =
      md.out.find("\n### Fixed by this change\n\n- :white_check_mark: 1 "
                  "[`[component-resources-unset]`](");
  EXPECT_NE(fixed_section, std::string::npos) << md.out;
  const std::size_t doc_link =
      md.out.find("/rules/component_resources_unset.md): tide requests no CPU or memory");
  EXPECT_TRUE(doc_link != std::string::npos && doc_link > fixed_section) << md.out;
}

// The real test-infra config judged at v20251204-c1b4d92ca and at a tag
// after 2026-06-15, when Prow learnt extra_refs' `auxiliary`: the warning
// about its 47 jobs is what the bump fixes.
TEST(Compare, ABumpThatTeachesProwAKeyFixesItsWarning) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  const auto r = RunBinary(
      "lint --no-rules-config --config-path config/prow/config.yaml --job-config-path "
      "config/jobs --base . --current-version v20251204-c1b4d92ca --target-version "
      "v20260701-0123456789 --format json",
      testing::SharedDir() + "/corpus/kubernetes__test-infra");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(CountChange(doc, "new"), 0u) << r.out;
  EXPECT_EQ(doc.at("summary").at("existing"), CountChange(doc, "existing"));
  ASSERT_EQ(doc.at("fixed").size(), 1u) << r.out;
  const auto& fixed = doc.at("fixed")[0];
  EXPECT_EQ(fixed.at("rule"), "config-field-unknown");
  EXPECT_EQ(fixed.at("subject").at("object"), "key auxiliary in an extra_refs entry");
  EXPECT_EQ(fixed.at("message").get<std::string>().rfind("47 jobs: key \"auxiliary\"", 0), 0u)
      << fixed.dump();
  EXPECT_EQ(fixed.at("base_location"), "config/jobs/kubernetes/sig-node/dra-canary.yaml:786");
}

}  // namespace
}  // namespace prowlint
