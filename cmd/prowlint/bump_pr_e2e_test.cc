// SPDX-License-Identifier: Apache-2.0
// The bump pull request as it really runs: a git repository whose HEAD~1 is
// the tree before the change and HEAD the tree after it, credentials and
// inventories left untracked or outside, and `plan` / `lint --new-only` with
// --base-ref HEAD~1 as the reusable workflow runs them. The 2019-02-08 bump
// (v20190206-b01b288 → v20190208-c35c7e3, both inside the window where plank
// draws the literal "default" alias at random on each start) must fail,
// whichever way its paths are written.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;
using testing::RunCommand;

std::string Sh(const std::string& command) {
  const auto r = RunCommand(command);
  EXPECT_EQ(r.code, 0) << command << "\n" << r.err;
  return r.out;
}

std::string Q(const std::string& s) { return "'" + s + "'"; }

const char kGit[] = "git -c user.name=t -c user.email=t@t.invalid ";

// The corpus's 2019-02-08 pair as a bump PR: the base commit holds the jobs
// and the `before/` manifests, the head commit the `after/` ones. The
// incident's build-cluster Secret and inventories sit untracked in creds/
// and, as a copy, outside the repository in ../creds.
class OutageBump : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (testing::SkipWithoutShared()) return;
    dir_ = new testing::TempDir();
    const std::string corpus = testing::BumpCorpusDir();
    const std::string incident = testing::SourceDir() + "/testdata/incidents/2019-02-08";
    const std::string repo = Repo();
    Sh("mkdir -p " + Q(repo) + " && cd " + Q(repo) + " && git init -q . && cp -r " +
       Q(corpus + "/after/.") + " . && rm -rf prow/cluster prow/config.yaml && cp -r " +
       Q(corpus + "/before/prow/.") + " prow/ && " + kGit + "add -A && " + kGit +
       "commit -qm before && cp -r " + Q(corpus + "/after/.") + " . && " + kGit + "add -A && " +
       kGit + "commit -qm 'bump prow to v20190208-c35c7e3'");
    for (const std::string& creds : {repo + "/creds", dir_->path() + "/creds"})
      Sh("mkdir -p " + Q(creds) + " && cp " + Q(incident + "/cluster/build-cluster.yaml") + " " +
         Q(incident + "/inventory/default.txt") + " " + Q(incident + "/inventory/security.txt") +
         " " + Q(incident + "/inventory/in-cluster.yaml") + " " +
         Q(incident + "/inventory/rules-k8s.txt") + " " + Q(creds));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  }

  static std::string Repo() { return dir_->path() + "/repo"; }

  // The inputs, with the repository's files under `tree` and the
  // credentials under `creds` (each "" for relative to the repository).
  static std::string Inputs(const std::string& tree, const std::string& creds) {
    return " --config-path " + tree + "prow/config.yaml --job-config-path " + tree +
           "config/jobs --deploy-dir " + tree + "prow/cluster --build-cluster " + creds +
           "build-cluster.yaml --service-cluster test-infra-trusted --inventory default=" + creds +
           "default.txt --inventory in-cluster=" + creds +
           "in-cluster.yaml --inventory security=" + creds +
           "security.txt --inventory gke_rules-k8s_us-central1-f_testing=" + creds +
           "rules-k8s.txt";
  }

  static void ExpectTheOutageIsStopped(const std::string& inputs) {
    const auto plan = RunBinary("plan" + inputs + " --base-ref HEAD~1", Repo());
    EXPECT_EQ(plan.code, 1) << plan.out << plan.err;
    EXPECT_NE(plan.out.find("929 jobs: default \u2192 service-cluster, re-drawn at random when "
                            "this change restarts plank"),
              std::string::npos)
        << plan.out << plan.err;
    const auto lint = RunBinary("lint" + inputs + " --base-ref HEAD~1 --new-only", Repo());
    EXPECT_EQ(lint.code, 1) << lint.out << lint.err;
    EXPECT_NE(lint.out.find("929 jobs on \"default\" run in the service cluster at random on each "
                            "plank restart [literal-default-alias]"),
              std::string::npos)
        << lint.out;
  }

  static testing::TempDir* dir_;
};
testing::TempDir* OutageBump::dir_ = nullptr;

TEST_F(OutageBump, RelativePathsWithUntrackedCredentialsInTheRepository) {
  ExpectTheOutageIsStopped(Inputs("", "creds/"));
  const auto plan = RunBinary("plan" + Inputs("", "creds/") + " --base-ref HEAD~1", Repo());
  EXPECT_NE(plan.out.find("note: the base side read creds/build-cluster.yaml, creds/default.txt"),
            std::string::npos)
      << plan.out;
}

TEST_F(OutageBump, AbsolutePaths) { ExpectTheOutageIsStopped(Inputs(Repo() + "/", Repo() + "/creds/")); }

TEST_F(OutageBump, CredentialsOutsideTheRepository) { ExpectTheOutageIsStopped(Inputs("", "../creds/")); }

TEST_F(OutageBump, FromASubdirectory) {
  const std::string inputs = Inputs("../", "../creds/");
  const auto plan = RunBinary("plan" + inputs + " --base-ref HEAD~1", Repo() + "/config");
  EXPECT_EQ(plan.code, 1) << plan.out << plan.err;
  EXPECT_NE(plan.out.find("re-drawn at random"), std::string::npos) << plan.out;
}

TEST_F(OutageBump, TheTreeComparedWithItselfMovesNothing) {
  const auto plan = RunBinary("plan" + Inputs("", "creds/") + " --base .", Repo());
  EXPECT_EQ(plan.code, 0) << plan.out << plan.err;
  EXPECT_NE(plan.out.find("no job moves"), std::string::npos) << plan.out;
  const auto at_head = RunBinary("plan" + Inputs("", "creds/") + " --base-ref HEAD", Repo());
  EXPECT_EQ(at_head.code, 0) << at_head.out << at_head.err;
  EXPECT_NE(at_head.out.find("no job moves"), std::string::npos) << at_head.out;
}

TEST_F(OutageBump, TheMarkdownReportPutsTheRedrawFirstAsACaution) {
  const auto plan =
      RunBinary("plan" + Inputs("", "creds/") + " --base-ref HEAD~1 --format markdown", Repo());
  const auto caution = plan.out.find("> [!CAUTION]\n> **929 jobs**: `default` → `service-cluster`, "
                                     "re-drawn at random when this change restarts plank");
  ASSERT_NE(caution, std::string::npos) << plan.out;
  EXPECT_LT(caution, plan.out.find("### Components")) << plan.out;
}

TEST_F(OutageBump, TheRollbackTagIsNotARedraw) {
  // The rollback restarts plank too, but out of the window: jobs land in
  // the build cluster always, so nothing is drawn.
  testing::TempDir work;
  Sh("cp -r " + Q(Repo() + "/.") + " " + Q(work.path()) + " && cd " + Q(work.path()) +
     " && grep -rl v20190208-c35c7e3 prow | xargs sed -i s/v20190208-c35c7e3/v20190125-2aca69d/ && " +
     kGit + "commit -qam rollback");
  const auto plan = RunBinary("plan" + Inputs("", "creds/") + " --base-ref HEAD~1", work.path());
  EXPECT_EQ(plan.code, 0) << plan.out << plan.err;
  EXPECT_EQ(plan.out.find("re-drawn"), std::string::npos) << plan.out;
}

// A base revision that lacks a tracked input (the PR adds it) is said, not
// an input error of the whole run.
TEST(BumpPr, AnInputTheChangeAddsIsAbsentOnTheBaseSide) {
  testing::TempDir repo;
  repo.Write("config.yaml", "pod_namespace: test-pods\n");
  Sh("cd " + Q(repo.path()) + " && git init -q . && " + kGit + "add -A && " + kGit +
     "commit -qm base");
  repo.Write("plugins.yaml", "plugins:\n  org/repo:\n  - trigger\n");
  repo.Write("jobs/a.yaml", "periodics:\n- name: a\n  interval: 1h\n  spec:\n    containers:\n"
                            "    - image: alpine\n");
  Sh("cd " + Q(repo.path()) + " && " + kGit + "add -A && " + kGit + "commit -qm head");
  const auto r = RunBinary(
      "lint --config-path config.yaml --plugin-config plugins.yaml --job-config-path jobs "
      "--base-ref HEAD~1 --new-only",
      repo.path());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("absent on the base side (the change adds them): plugins.yaml, jobs"),
            std::string::npos)
      << r.out;
}

// The base's files are read as git stores them: a filter the base tree's
// .gitattributes names never runs.
TEST(BumpPr, BaseBlobsAreReadRawWithoutFilters) {
  testing::TempDir repo;
  const std::string marker = repo / "filter-ran";
  repo.Write("config.yaml", "pod_namespace: test-pods\n");
  repo.Write(".gitattributes", "*.yaml filter=spy\n");
  Sh("cd " + Q(repo.path()) + " && git init -q . && git config filter.spy.smudge " +
     Q("touch " + marker + "; cat") + " && git config filter.spy.clean cat && " + kGit +
     "add -A && " + kGit + "commit -qm base && echo '# edited' >> config.yaml && " + kGit +
     "commit -qam head");
  const auto r = RunBinary("lint --config-path config.yaml --base-ref HEAD~1", repo.path());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_FALSE(fs::exists(marker)) << "a smudge filter ran on the base side";
}

// A job file that is a symlink to a file elsewhere in the repository reads
// the base revision's target.
TEST(BumpPr, AnInRepositorySymlinkReadsItsTargetAtTheBase) {
  testing::TempDir repo;
  repo.Write("config.yaml", "pod_namespace: test-pods\n");
  repo.Write("shared/jobs.yaml", "periodics:\n- name: a\n  interval: 1h\n  spec:\n    containers:\n"
                                 "    - image: alpine\n");
  Sh("cd " + Q(repo.path()) + " && mkdir jobs && ln -s ../shared/jobs.yaml jobs/linked.yaml && "
     "git init -q . && " + kGit + "add -A && " + kGit + "commit -qm base && " + kGit +
     "commit -q --allow-empty -m head");
  const auto r = RunBinary("plan --config-path config.yaml --job-config-path jobs --base-ref HEAD~1",
                           repo.path());
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("no job moves"), std::string::npos) << r.out << r.err;
}

// A base blob over the input cap is refused by the size git lists, before
// it is read into memory, as a working-tree file over it is.
TEST(BumpPr, ABaseBlobOverTheInputCapIsRefusedUnread) {
  testing::TempDir repo;
  repo.Write("config.yaml", "pod_namespace: test-pods\n");
  repo.Write("jobs/big.yaml", "# " + std::string(std::size_t{3} << 20, 'x') + "\n");
  repo.Write("jobs/small.yaml", "periodics:\n- name: a\n  interval: 1h\n  spec:\n"
                                "    containers:\n    - image: alpine\n");
  Sh("cd " + Q(repo.path()) + " && git init -q . && " + kGit + "add -A && " + kGit +
     "commit -qm base && git rm -q jobs/big.yaml && " + kGit + "commit -qm head");
  const std::string lint = "lint --config-path config.yaml --job-config-path jobs --base-ref HEAD~1";
  const auto capped = RunBinary(lint + " --max-input-size 2", repo.path());
  EXPECT_EQ(capped.code, 2) << capped.out << capped.err;
  EXPECT_NE(capped.err.find("--base-ref HEAD~1: jobs/big.yaml is 3145731 bytes, over the cap of "
                            "2 MiB per input"),
            std::string::npos)
      << capped.err;
  const auto raised = RunBinary(lint + " --max-input-size 4", repo.path());
  EXPECT_EQ(raised.code, 0) << raised.out << raised.err;
}

// A symlink in the base revision that leads out of the repository is not
// written into the snapshot, so the base side reads nothing through it.
TEST(BumpPr, ABaseSymlinkOutOfTheRepositoryIsNotRead) {
  testing::TempDir dir;
  dir.Write("outside/jobs.yaml", "periodics:\n- name: CANARY-base-5c1\n  interval: 1h\n"
                                 "  spec:\n    containers:\n    - image: alpine\n");
  dir.Write("repo/config.yaml", "pod_namespace: test-pods\n");
  dir.Write("repo/jobs/own.yaml", "periodics:\n- name: own\n  interval: 1h\n  spec:\n"
                                  "    containers:\n    - image: alpine\n");
  Sh("cd " + Q(dir / "repo") + " && ln -s " + Q(dir / "outside/jobs.yaml") +
     " jobs/leak.yaml && git init -q . && " + kGit + "add -A && " + kGit +
     "commit -qm base && git rm -q jobs/leak.yaml && " + kGit + "commit -qm head");
  const auto r = RunBinary(
      "lint --config-path config.yaml --job-config-path jobs --base-ref HEAD~1 --verbose",
      dir / "repo");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ((r.out + r.err).find("CANARY-base-5c1"), std::string::npos) << r.out << r.err;
  EXPECT_NE(r.out.find("jobs/leak.yaml is a symbolic link out of the repository at the base "
                       "revision and was not read"),
            std::string::npos)
      << r.out;
}

// Jobs in a submodule under a job-config directory: another repository's
// history, so both sides read its working tree, and the change adds none of
// its jobs.
TEST(BumpPr, ASubmodulesJobsAreNeitherAddedNorRemoved) {
  testing::TempDir dir;
  const std::string jobs = "periodics:\n- name: sub\n  interval: 1h\n  cluster: nowhere\n"
                           "  spec:\n    containers:\n    - image: alpine\n";
  dir.Write("sub/jobs.yaml", jobs);
  dir.Write("repo/config.yaml", "pod_namespace: test-pods\n");
  dir.Write("repo/jobs/own.yaml", "periodics:\n- name: own\n  interval: 1h\n  spec:\n"
                                  "    containers:\n    - image: alpine\n");
  Sh("cd " + Q(dir / "sub") + " && git init -q . && " + kGit + "add -A && " + kGit +
     "commit -qm sub && cd " + Q(dir / "repo") + " && git init -q . && " + kGit +
     "-c protocol.file.allow=always submodule add -q " + Q(dir / "sub") + " jobs/sub && " + kGit +
     "add -A && " + kGit + "commit -qm base && " + kGit + "commit -q --allow-empty -m head");
  const auto r = RunBinary(
      "lint --config-path config.yaml --job-config-path jobs --base-ref HEAD~1 --format json",
      dir / "repo");
  ASSERT_TRUE(r.code == 0 || r.code == 1) << r.out << r.err;
  EXPECT_EQ(r.out.find("\"change\": \"new\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("submodule jobs/sub: its working-tree files stand for the base revision"),
            std::string::npos)
      << r.out;
}

// A cancelled CI job (SIGTERM) leaves no base snapshot behind.
TEST(BumpPr, ASignalRemovesTheBaseSnapshot) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  testing::TempDir repo, tmp;
  const std::string corpus = testing::SharedDir() + "/corpus/kubernetes__test-infra";
  Sh("cd " + Q(repo.path()) + " && git init -q . && cp -r " + Q(corpus + "/config") + " . && " +
     kGit + "add -A && " + kGit + "commit -qm base");
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(repo.path().c_str()) != 0) _exit(99);
    setenv("TMPDIR", tmp.path().c_str(), 1);
    execl(PROWLINT_BINARY, "prowlint", "lint", "--config-path", "config/prow/config.yaml",
          "--job-config-path", "config/jobs", "--base-ref", "HEAD", "--threads", "1",
          static_cast<char*>(nullptr));
    _exit(98);
  }
  // Wait for the snapshot to appear, then cancel.
  bool seen = false;
  for (int i = 0; i < 2000 && !seen; ++i) {
    for (const auto& e : fs::directory_iterator(tmp.path()))
      seen = seen || e.path().filename().string().rfind("prowlint-base-", 0) == 0;
    if (!seen) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(seen) << "no snapshot appeared";
  if (WIFSIGNALED(status)) {
    EXPECT_EQ(WTERMSIG(status), SIGTERM);
  }
  EXPECT_TRUE(fs::is_empty(tmp.path())) << "the base snapshot stayed in $TMPDIR";
}

}  // namespace
}  // namespace prowlint
