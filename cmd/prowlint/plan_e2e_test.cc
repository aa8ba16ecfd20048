// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of `prowlint plan`: the 2019-02-08 bump and its
// neighbours on the real config, a kubevirt#1158-style kubeconfig change,
// per-cluster counts on the real test-infra config against an independent
// count, and --base-ref against --base on a real git repository.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;

const std::string kBump = testing::BumpCorpusDir();
const std::string kSecret = testing::IncidentBuildClusterSecret();
const std::string kBumpInputs =
    " --config-path after/prow/config.yaml --job-config-path after/config/jobs --build-cluster '" +
    kSecret + "' --deploy-dir after/prow/cluster";

struct TempDir {
  TempDir() {
    char tmpl[] = "/tmp/prowlint-plan-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string path;
};

std::string Shell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

TEST(Plan, TheOutageBumpMovesTheDefaultJobsToTheServiceClusterAtRandom) {
  // The base is the same tree judged as the rollback tag.
  const auto r = RunBinary("plan" + kBumpInputs +
                               " --base . --current-version v20190125-2aca69d --format json --jobs",
                           kBump);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("current").at("version"), "v20190125-2aca69d");
  EXPECT_EQ(doc.at("target").at("version"), "v20190208-c35c7e3");
  EXPECT_EQ(doc.at("target").at("version_source"),
            "the plank image at after/prow/cluster/plank_deployment.yaml:34:16");
  EXPECT_EQ(doc.at("current").at("clusters").at("default").at("jobs"), 929);
  EXPECT_EQ(doc.at("target").at("clusters").at("service-cluster").at("jobs"), 929);
  EXPECT_FALSE(doc.at("target").at("clusters").contains("default"));
  ASSERT_EQ(doc.at("moves").size(), 1u) << doc.at("moves");
  const auto& move = doc.at("moves")[0];
  EXPECT_EQ(move.at("from"), "default");
  EXPECT_EQ(move.at("to"), "service-cluster");
  EXPECT_EQ(move.at("jobs"), 929);
  EXPECT_EQ(move.at("how"), "random");
  EXPECT_EQ(move.at("names").size(), 929u);
  // Flagged as lint flags it: the literal "default" the tag does not honour.
  EXPECT_EQ(move.at("severity"), "error");
  EXPECT_EQ(move.at("rules"), nlohmann::json({"literal-default-alias"}));
  EXPECT_EQ(r.code, 1) << "a flagged error move fails the plan";
}

TEST(Plan, TextShowsTheTableAndTheMove) {
  const auto r =
      RunBinary("plan" + kBumpInputs + " --base . --current-version v20190125-2aca69d", kBump);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  EXPECT_NE(r.out.find("current: v20190125-2aca69d (--current-version)\n"), std::string::npos)
      << r.out;
  const auto row = r.out.find("\nservice-cluster ");
  ASSERT_NE(row, std::string::npos) << r.out;
  const std::string line = r.out.substr(row + 1, r.out.find('\n', row + 1) - row - 1);
  EXPECT_NE(line.find(" 0 \u2192 216 (+216)  "), std::string::npos) << line;
  EXPECT_NE(line.find(" 0 \u2192 929 (+929)"), std::string::npos) << line;
  EXPECT_NE(r.out.find("  929 jobs: default \u2192 service-cluster, at random on each plank "
                       "restart"),
            std::string::npos)
      << r.out;
}

// The base revision laid out under the head's relative paths: after/ names
// the before/ manifests and config, and the unchanged job tree.
void BaseFromBefore(const std::string& root) {
  fs::create_directories(root + "/after/prow");
  fs::create_directories(root + "/after/config");
  fs::create_directory_symlink(kBump + "/before/prow/cluster", root + "/after/prow/cluster");
  fs::create_symlink(kBump + "/before/prow/config.yaml", root + "/after/prow/config.yaml");
  fs::create_directory_symlink(kBump + "/after/config/jobs", root + "/after/config/jobs");
}

// Both tags are inside the window where plank draws the literal "default"
// at random on each start: by placement nothing moves, but the bump restarts
// plank and the draw happens again. This is the PR that started the outage.
TEST(Plan, FromTheTagBeforeTheRestartRedrawsTheDefaultJobs) {
  TempDir base;
  BaseFromBefore(base.path);
  const auto r = RunBinary("plan" + kBumpInputs + " --base '" + base.path + "' --format json", kBump);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("current").at("version"), "v20190206-b01b288");
  ASSERT_EQ(doc.at("moves").size(), 1u) << doc.at("moves");
  const auto& move = doc.at("moves")[0];
  EXPECT_EQ(move.at("from"), "default");
  EXPECT_EQ(move.at("to"), "service-cluster");
  EXPECT_EQ(move.at("jobs"), 929);
  EXPECT_EQ(move.at("how"), "random");
  EXPECT_EQ(move.at("redrawn_by"), "plank");
  EXPECT_EQ(move.at("rules"), nlohmann::json({"literal-default-alias"}));
  // Brought again by the change, so not something the deploy "already" has.
  EXPECT_FALSE(doc.contains("already")) << r.out;
  EXPECT_EQ(r.code, 1) << "the re-draw is flagged";
}

TEST(Plan, ToTheFixedTagNothingMoves) {
  const auto r = RunBinary("plan" + kBumpInputs +
                               " --base . --current-version v20190125-2aca69d"
                               " --target-version v20190220-ef0e29b --format json",
                           kBump);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_TRUE(doc.at("moves").empty()) << doc.at("moves");
  EXPECT_EQ(doc.at("target").at("clusters").at("default").at("jobs"), 929);
}

TEST(Plan, AKubeconfigThatLosesItsLiteralDefaultMovesTheDefaultJobs) {
  const std::string dir = testing::SourceDir() + "/testdata/plan/kubevirt-1158/head";
  const auto r = RunBinary(
      "plan --config-path config.yaml --job-config-path jobs --kubeconfig cluster/kubeconfig.yaml "
      "--base ../base --format json --jobs",
      dir);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc.at("moves").size(), 1u) << doc.at("moves");
  const auto& move = doc.at("moves")[0];
  EXPECT_EQ(move.at("from"), "default");
  EXPECT_EQ(move.at("to"), "service-cluster");
  EXPECT_EQ(move.at("how"), "always");
  EXPECT_EQ(move.at("severity"), "error");
  EXPECT_EQ(move.at("rules"), nlohmann::json({"service-cluster-schedulable"}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(move.at("names"),
            nlohmann::json({"periodic-kubevirt-push-nightly-build-main",
                            "pull-kubevirt-e2e-k8s-1.20-sig-network", "pull-kubevirt-unit-test"}));
  EXPECT_EQ(doc.at("target").at("clusters").at("prow-arm64-workloads").at("jobs"), 1);
}

TEST(Plan, PerClusterCountsOnTheRealTestInfraConfigMatchAnIndependentCount) {
  const std::string base = testing::SharedDir() + "/corpus/kubernetes__test-infra";
  const auto r = RunBinary("plan --config-path config/prow/config.yaml --job-config-path "
                           "config/jobs --kubeconfig '" +
                               testing::SourceDir() +
                               "/testdata/integration/test-infra/kubeconfig.yaml' --format json",
                           base);
  ASSERT_EQ(r.code, 0) << r.err;
  const auto clusters = nlohmann::json::parse(r.out).at("target").at("clusters");
  const auto expected = nlohmann::json::parse(
      Shell("cd '" + base + "' && python3 '" + testing::SourceDir() +
            "/testdata/corpus/count_jobs.py' --by-cluster config/prow/config.yaml config/jobs"));
  ASSERT_EQ(expected.size(), 7u) << expected;
  EXPECT_EQ(clusters, expected);
}

TEST(Plan, AMoveIsFlaggedWhenOnlyASameNamedJobOnOtherBranchesHadTheFindingBefore) {
  // pull-x on main already runs on an unknown alias; its release-1.30 copy
  // (another job to Prow) moves there now. Matched by name, the base's
  // finding about main's copy hid the move's consequence.
  testing::TempDir dir;
  const std::string kubeconfig =
      "apiVersion: v1\nkind: Config\n"
      "clusters:\n- name: build\n  cluster: {server: \"https://build.example.invalid\"}\n"
      "contexts:\n- name: default\n  context: {cluster: build, user: prow}\n"
      "- name: build\n  context: {cluster: build, user: prow}\n"
      "current-context: default\nusers:\n- name: prow\n  user: {}\n";
  auto job = [](const std::string& branch, const std::string& cluster) {
    return "  - name: pull-x\n    branches: [" + branch + "]\n    cluster: " + cluster +
           "\n    always_run: true\n    spec:\n      containers:\n      - image: busybox:1\n"
           "        command: [make, test]\n";
  };
  for (const char* side : {"base", "head"}) {
    const std::string root = std::string(side) + "/";
    dir.Write(root + "config.yaml", "pod_namespace: test-pods\n");
    dir.Write(root + "kubeconfig.yaml", kubeconfig);
    dir.Write(root + "jobs/x.yaml",
              "presubmits:\n  org/x:\n" + job("main", "typo") +
                  job("release-1.30", side == std::string("base") ? "build" : "typo"));
  }
  const auto r = RunBinary(
      "plan --config-path config.yaml --job-config-path jobs --kubeconfig kubeconfig.yaml "
      "--base ../base --format json --jobs",
      dir / "head");
  ASSERT_EQ(r.code, 1) << r.err << r.out;
  const auto moves = nlohmann::json::parse(r.out).at("moves");
  ASSERT_EQ(moves.size(), 1u) << moves.dump(2);
  EXPECT_EQ(moves[0].at("from"), "build");
  EXPECT_EQ(moves[0].at("to"), "unknown:typo");
  EXPECT_EQ(moves[0].at("jobs"), 1);
  EXPECT_EQ(moves[0].at("rules"), nlohmann::json({"job-cluster-unknown"}));
  EXPECT_EQ(moves[0].at("severity"), "error");
}

TEST(Plan, BaseRefReadsTheRevisionAsACheckoutWould) {
  TempDir repo;
  const std::string src = testing::SourceDir() + "/testdata/plan/kubevirt-1158";
  const std::string git = "cd '" + repo.path + "' && git -c user.name=t -c user.email=t@t ";
  Shell("cd '" + repo.path + "' && git init -q . && cp -r '" + src + "/base/.' . && " +
        "mkdir sub && cp -r '" + src + "/base/.' sub/");
  Shell(git + "add -A && " + git + "commit -q -m base");
  Shell("cd '" + repo.path + "' && cp '" + src + "/head/cluster/kubeconfig.yaml' cluster/ && " +
        "cp '" + src + "/head/cluster/kubeconfig.yaml' sub/cluster/");
  Shell(git + "commit -q -am 'move the control plane'");
  const std::string inputs =
      "plan --config-path config.yaml --job-config-path jobs --kubeconfig cluster/kubeconfig.yaml "
      "--jobs";
  // From the top and from a subdirectory of the repository.
  for (const std::string& where : {repo.path, repo.path + "/sub"}) {
    SCOPED_TRACE(where);
    const auto by_ref = RunBinary(inputs + " --base-ref HEAD~1", where);
    TempDir checkout;
    Shell("cd '" + repo.path + "' && git archive HEAD~1 | tar -x -C '" + checkout.path + "'");
    const std::string base_dir =
        where == repo.path ? checkout.path : checkout.path + "/sub";
    const auto by_dir = RunBinary(inputs + " --base '" + base_dir + "'", where);
    EXPECT_EQ(by_ref.err, "");
    EXPECT_EQ(by_ref.code, by_dir.code);
    EXPECT_EQ(by_ref.out, by_dir.out);
    EXPECT_NE(by_ref.out.find("3 jobs: default \u2192 service-cluster"), std::string::npos)
        << by_ref.out;
  }
}

TEST(Plan, BaseRefThatIsNoCommitIsAUsageError) {
  TempDir repo;
  Shell("cd '" + repo.path + "' && git init -q . && echo 'pod_namespace: x' > config.yaml");
  const auto r = RunBinary("plan --config-path config.yaml --base-ref no-such-ref", repo.path);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--base-ref no-such-ref: not a commit in "), std::string::npos) << r.err;
}

TEST(Plan, BaseRefSaysWhichBranchWasMeantAndHowToFetchAShallowHistory) {
  TempDir repo, clone;
  const std::string git =
      "cd '" + repo.path + "' && git -c user.name=t -c user.email=t@t -c init.defaultBranch=main ";
  Shell(git + "init -q . && echo 'pod_namespace: x' > config.yaml");
  Shell(git + "add config.yaml && " + git + "commit -q -m one && " + git +
        "commit -q --allow-empty -m two");
  const auto typo = RunBinary("plan --config-path config.yaml --base-ref mian", repo.path);
  EXPECT_EQ(typo.code, 2);
  EXPECT_NE(typo.err.find("--base-ref mian: not a commit in "), std::string::npos) << typo.err;
  EXPECT_NE(typo.err.find("; did you mean \"main\"?"), std::string::npos) << typo.err;

  // A CI checkout's depth 1: HEAD~1 exists, but not in this clone.
  Shell("cd '" + clone.path + "' && git clone -q --depth 1 'file://" + repo.path + "' .");
  const auto shallow =
      RunBinary("lint --config-path config.yaml --base-ref HEAD~1 --new-only", clone.path);
  EXPECT_EQ(shallow.code, 2);
  EXPECT_NE(shallow.err.find("--base-ref HEAD~1: not a commit in "), std::string::npos)
      << shallow.err;
  EXPECT_NE(shallow.err.find("; this clone is shallow, its history cut off: fetch the base with "
                             "`git fetch --deepen=1`"),
            std::string::npos)
      << shallow.err;
}

const std::string kKubevirt = testing::SourceDir() + "/testdata/plan/kubevirt-1158/head";
const std::string kKubevirtArgs =
    "plan --config-path config.yaml --job-config-path jobs --kubeconfig cluster/kubeconfig.yaml "
    "--base ../base";
const std::string kGithubEnv =
    "GITHUB_SERVER_URL=https://github.com GITHUB_REPOSITORY=kubevirt/project-infra "
    "GITHUB_SHA=0123456789abcdef0123456789abcdef01234567";

TEST(Plan, MarkdownReportMatchesGolden) {
  const auto r = RunBinary(kKubevirtArgs + " --format markdown", kKubevirt, kGithubEnv);
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  const std::string golden = kKubevirt + "/../expected.md";
  testing::ExpectGolden(golden, r.out);
}

// The report parsed by a CommonMark (GFM) parser: the placement table has a
// header of five cells and one row per destination, every row five cells.
TEST(Plan, MarkdownTableParsesAsATable) {
  const auto md = RunBinary(kKubevirtArgs + " --format markdown", kKubevirt, kGithubEnv);
  const auto json = RunBinary(kKubevirtArgs + " --format json", kKubevirt);
  std::set<std::string> destinations;
  const auto plan = nlohmann::json::parse(json.out);
  for (const char* side : {"current", "target"}) {
    const auto& clusters = plan.at(side).at("clusters");
    for (auto it = clusters.begin(); it != clusters.end(); ++it) destinations.insert(it.key());
  }
  ASSERT_EQ(destinations.size(), 3u) << json.out;
  TempDir tmp;
  std::ofstream(tmp.path + "/report.md") << md.out;
  const std::string xml = Shell("cmark-gfm -e table --to xml '" + tmp.path + "/report.md'");
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(xml.c_str())) << xml;
  const pugi::xpath_node_set tables = doc.select_nodes("//*[local-name()='table']");
  ASSERT_EQ(tables.size(), 1u) << xml;
  const pugi::xml_node table = tables[0].node();
  const pugi::xml_node header = table.child("table_header");
  EXPECT_EQ(std::distance(header.children("table_cell").begin(), header.children("table_cell").end()), 6);
  EXPECT_STREQ(header.child("table_cell").child("text").child_value(), "destination");
  std::size_t rows = 0;
  for (pugi::xml_node row : table.children("table_row")) {
    ++rows;
    EXPECT_EQ(std::distance(row.children("table_cell").begin(), row.children("table_cell").end()), 6);
  }
  EXPECT_EQ(rows, destinations.size());
  // Findings link to their lines in the repository at the commit.
  EXPECT_NE(md.out.find("](https://github.com/kubevirt/project-infra/blob/"
                        "0123456789abcdef0123456789abcdef01234567/testdata/plan/kubevirt-1158/"),
            std::string::npos)
      << md.out;
}

TEST(Plan, MarkdownGoesToTheJobSummaryUnderGithubActions) {
  TempDir tmp;
  std::ofstream(tmp.path + "/summary.md") << "earlier step\n";
  const auto r = RunBinary(kKubevirtArgs, kKubevirt,
                           "GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY=" + tmp.path + "/summary.md");
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  const std::string summary = testing::ReadFileOrDie(tmp.path + "/summary.md");
  EXPECT_EQ(summary.rfind("earlier step\n## prowlint plan\n", 0), 0u) << summary;
  EXPECT_NE(r.out.find("moves:"), std::string::npos) << "text still goes to the log";
}

// The reusable workflow asks plan for a Markdown file of its own (the PR
// comment); the job summary gets the report too.
TEST(Plan, MarkdownReachesTheJobSummaryBesideARequestedFile) {
  TempDir tmp;
  std::ofstream(tmp.path + "/summary.md") << "";
  const auto r = RunBinary(kKubevirtArgs + " --format text --format markdown --output '" +
                               tmp.path + "/comment.md'",
                           kKubevirt,
                           "GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY=" + tmp.path + "/summary.md");
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.err;
  EXPECT_EQ(testing::ReadFileOrDie(tmp.path + "/comment.md").rfind("## prowlint plan\n", 0), 0u);
  EXPECT_EQ(testing::ReadFileOrDie(tmp.path + "/summary.md").rfind("## prowlint plan\n", 0), 0u);
}

TEST(Plan, MarkdownGoesBesideJunitInAProwJob) {
  TempDir tmp;
  const auto lint = RunBinary("lint --config-path config.yaml --job-config-path jobs", kKubevirt,
                              "ARTIFACTS=" + tmp.path);
  ASSERT_EQ(lint.code, 0) << lint.err;
  EXPECT_TRUE(fs::exists(tmp.path + "/junit_prowlint.xml"));
  EXPECT_EQ(testing::ReadFileOrDie(tmp.path + "/prowlint-report.md").rfind("## prowlint\n", 0), 0u);
  // plan in the same job writes its own file and leaves lint's alone.
  const auto plan = RunBinary(kKubevirtArgs, kKubevirt, "ARTIFACTS=" + tmp.path);
  ASSERT_TRUE(plan.code == 0 || plan.code == 1) << plan.err;
  EXPECT_EQ(testing::ReadFileOrDie(tmp.path + "/prowlint-plan.md").rfind("## prowlint plan\n", 0),
            0u);
  EXPECT_EQ(testing::ReadFileOrDie(tmp.path + "/prowlint-report.md").rfind("## prowlint\n", 0), 0u);
}

// In a Prow presubmit the pod utilities name the repository and the PR's
// head commit: findings link to their lines there.
TEST(Plan, LinesLinkFromAProwJobsEnvironment) {
  const auto md = RunBinary(kKubevirtArgs + " --format markdown", kKubevirt,
                            "REPO_OWNER=kubevirt REPO_NAME=project-infra PULL_PULL_SHA=abc123 "
                            "PULL_BASE_SHA=def456");
  EXPECT_NE(md.out.find("](https://github.com/kubevirt/project-infra/blob/abc123/testdata/plan/"
                        "kubevirt-1158/head/jobs/kubevirt-presubmits.yaml#L3)"),
            std::string::npos)
      << md.out;
}

// Issue 10: the version table's rows dated inside the bump's span that touch
// these files. crier lost --gcs-workers on 2022-05-27; the fixture passes it.
TEST(Plan, ListsTheTableRowsInsideTheSpanThatTouchTheDeploy) {
  const std::string dir = testing::SourceDir() + "/testdata/plan";
  const std::string inputs =
      "plan --no-rules-config --config-path span-changes/config.yaml --deploy-dir "
      "span-changes/deploy --base . --format json --current-version ";
  const auto across = RunBinary(inputs + "v20220101-0123456789", dir);
  ASSERT_EQ(across.code, 0) << across.out << across.err;
  const auto doc = nlohmann::json::parse(across.out);
  ASSERT_TRUE(doc.contains("prow_changes")) << across.out;
  ASSERT_EQ(doc.at("prow_changes").size(), 1u) << doc.at("prow_changes").dump(2);
  const auto& row = doc.at("prow_changes")[0];
  EXPECT_EQ(row.at("day"), "2022-05-27");
  EXPECT_EQ(row.at("component"), "crier");
  EXPECT_EQ(row.at("change"), "crier flag --gcs-workers removed; this deploy still passes it");
  EXPECT_EQ(row.at("location"), "span-changes/deploy/crier.yaml:20:11");
  EXPECT_EQ(row.at("source"), "test-infra #26432");
  // A span that ends before the removal, or starts after it, lists nothing.
  for (const char* current : {"v20220601-0123456789", "v20220701-0123456789"}) {
    const auto r = RunBinary(inputs + current, dir);
    EXPECT_FALSE(nlohmann::json::parse(r.out).contains("prow_changes")) << current << r.out;
  }
  // The bump-PR report has it as a table row with the line.
  const auto md = RunBinary(
      "plan --no-rules-config --config-path span-changes/config.yaml --deploy-dir "
      "span-changes/deploy --base . --format markdown --current-version v20220101-0123456789",
      dir);
  EXPECT_NE(md.out.find("| 2022-05-27 | crier flag --gcs-workers removed; this deploy still "
                        "passes it | `span-changes/deploy/crier.yaml:20:11` | test-infra #&#8203;26432 |"),
            std::string::npos)
      << md.out;
}

TEST(Plan, WithoutABaseTheTargetSideAlone) {
  const auto r = RunBinary("plan" + kBumpInputs, kBump);
  ASSERT_TRUE(r.code == 0) << r.err;
  EXPECT_EQ(r.out.find("current:"), std::string::npos);
  EXPECT_NE(r.out.find("target:  v20190208-c35c7e3"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("moves"), std::string::npos);
}

}  // namespace
}  // namespace prowlint

namespace prowlint {
namespace {

// A deploy with one unknown-alias job per alias in `aliases`, after `pad`
// comment lines (to move every line).
void WriteDeploy(const std::string& dir, const std::vector<std::string>& aliases, int pad) {
  fs::create_directories(dir + "/jobs");
  std::ofstream(dir + "/config.yaml") << "pod_namespace: test-pods\n";
  std::ofstream(dir + "/kubeconfig.yaml")
      << "apiVersion: v1\nkind: Config\nclusters:\n- name: b\n  cluster: {server: "
         "\"https://b.example.invalid\"}\ncontexts:\n- name: default\n  context: {cluster: b, "
         "user: u}\nusers:\n- name: u\n  user: {}\n";
  std::ofstream jobs(dir + "/jobs/jobs.yaml");
  for (int i = 0; i < pad; ++i) jobs << "# a line that moves the jobs down\n";
  jobs << "periodics:\n";
  for (const std::string& a : aliases)
    jobs << "- name: job-on-" << a << "\n  interval: 1h\n  cluster: " << a
         << "\n  spec:\n    containers:\n    - image: alpine\n"
         << "      resources: {requests: {cpu: 100m, memory: 64Mi}}\n";
}

const char* kLintArgs =
    "lint --config-path config.yaml --job-config-path jobs --kubeconfig kubeconfig.yaml "
    "--base ../base --new-only --format json";

TEST(NewOnly, LinesMovedByTenAndOneNewReportsOne) {
  TempDir tmp;
  WriteDeploy(tmp.path + "/base", {"typo-a", "typo-b", "typo-c"}, 0);
  WriteDeploy(tmp.path + "/head", {"typo-a", "typo-b", "typo-c", "typo-d"}, 10);
  const auto r = RunBinary(kLintArgs, tmp.path + "/head");
  EXPECT_EQ(r.code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc.at("findings").size(), 1u) << r.out;
  EXPECT_EQ(doc.at("findings")[0].at("job"), "job-on-typo-d");
  EXPECT_EQ(doc.at("summary").at("existing"), 3);
  // Without --new-only the same run marks each finding.
  const std::string all = std::string(kLintArgs).replace(std::string(kLintArgs).find(" --new-only"),
                                                         11, "");
  const auto marked = nlohmann::json::parse(RunBinary(all, tmp.path + "/head").out);
  int news = 0, existing = 0;
  for (const auto& f : marked.at("findings")) (f.at("change") == "new" ? news : existing)++;
  EXPECT_EQ(news, 1);
  EXPECT_EQ(existing, 3);
  // The text summary says how many were left out.
  const std::string text = std::string(kLintArgs).replace(
      std::string(kLintArgs).find(" --format json"), 14, "");
  EXPECT_NE(RunBinary(text, tmp.path + "/head").out.find("; 3 existing left out (--new-only)\n"),
            std::string::npos);
}

TEST(NewOnly, AHeadThatFixesOneReportsNothing) {
  TempDir tmp;
  WriteDeploy(tmp.path + "/base", {"typo-a", "typo-b", "typo-c"}, 0);
  WriteDeploy(tmp.path + "/head", {"typo-a", "typo-c"}, 3);
  const auto r = RunBinary(kLintArgs, tmp.path + "/head");
  EXPECT_EQ(r.code, 0) << r.err << r.out;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_TRUE(doc.at("findings").empty()) << r.out;
  EXPECT_EQ(doc.at("summary").at("existing"), 2);
}

TEST(NewOnly, NeedsABase) {
  const auto r = RunBinary("lint --config-path config.yaml --new-only",
                           testing::SourceDir() + "/testdata/plan/kubevirt-1158/head");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "prowlint lint: --new-only needs --base DIR or --base-ref REF\n");
}

TEST(NewOnly, ABrokenBaseIsAnInputErrorThatSaysSo) {
  TempDir tmp;
  WriteDeploy(tmp.path + "/base", {"typo-a"}, 0);
  std::ofstream(tmp.path + "/base/jobs/jobs.yaml") << "periodics: [\n";
  WriteDeploy(tmp.path + "/head", {"typo-a"}, 0);
  const auto r = RunBinary(kLintArgs, tmp.path + "/head");
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("jobs/jobs.yaml:2:1: error: in the base revision: "), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace prowlint

namespace prowlint {
namespace {

// The README's plan example, run as written (its $ command, continuation
// lines joined) in a directory where after/ is the real 2019-02-08 tree and
// build-cluster.yaml the reproduction's secret: it prints the block's output.
TEST(Plan, ReadmeExampleRunsAsWritten) {
  const std::string readme = testing::ReadFileOrDie(testing::SourceDir() + "/README.md");
  const auto section = readme.find("## What a bump changes: `prowlint plan`");
  ASSERT_NE(section, std::string::npos);
  const auto start = readme.find("```text\n$ prowlint plan", section);
  ASSERT_NE(start, std::string::npos);
  const auto end = readme.find("```\n", start + 8);
  std::istringstream block(readme.substr(start + 8, end - start - 8));
  std::string command, expected, line;
  bool in_command = true;
  while (std::getline(block, line)) {
    if (in_command) {
      const bool more = !line.empty() && line.back() == '\\';
      command += (command.empty() ? line.substr(2) : line.substr(line.find_first_not_of(' '))) ;
      if (more) command.pop_back();
      in_command = more;
    } else {
      expected += line + "\n";
    }
  }
  TempDir tmp;
  fs::create_directory_symlink(kBump + "/after", tmp.path + "/after");
  fs::create_symlink(kSecret, tmp.path + "/build-cluster.yaml");
  ASSERT_EQ(command.rfind("prowlint plan ", 0), 0u) << command;
  const auto r = RunBinary(command.substr(9), tmp.path);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, expected);
}

}  // namespace
}  // namespace prowlint
