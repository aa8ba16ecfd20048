// SPDX-License-Identifier: Apache-2.0
// The ready-made integrations hold together, checked as a user installing them
// would: the Prow presubmit definition lints cleanly and runs an image the
// Dockerfile makes, the pre-commit hook's entry runs, both trigger on every
// input kind and say what to do without .prowlint.yaml, the reusable workflow
// builds prowlint itself from pinned actions and uploads SARIF, and the
// README's deploy example runs as written on the real kubernetes/test-infra
// configuration. The man page has man_page_e2e_test.cc.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::RunBinary;
const std::string kSource = testing::SourceDir();

// The presubmit of testdata/integration/prow-presubmit.yaml.
YAML::Node PresubmitJob() {
  const YAML::Node file = YAML::LoadFile(kSource + "/testdata/integration/prow-presubmit.yaml");
  return file["presubmits"]["example-org/prow-config"][0];
}

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// Every text in a YAML tree (keys and scalars), for checks that must see all of it.
void CollectScalars(const YAML::Node& node, std::vector<std::string>& out) {
  if (node.IsScalar()) out.push_back(node.as<std::string>());
  if (node.IsSequence())
    for (const auto& item : node) CollectScalars(item, out);
  if (node.IsMap())
    for (const auto& kv : node) {
      out.push_back(kv.first.as<std::string>());
      CollectScalars(kv.second, out);
    }
}

// Every `uses:` value of a workflow: jobs that call a workflow and their steps.
std::vector<std::string> UsesOf(const YAML::Node& wf) {
  std::vector<std::string> uses;
  for (const auto& job : wf["jobs"]) {
    if (job.second["uses"]) uses.push_back(job.second["uses"].as<std::string>());
    for (const auto& step : job.second["steps"])
      if (step["uses"]) uses.push_back(step["uses"].as<std::string>());
  }
  return uses;
}

const char* const kWorkflows[] = {"prowlint.yml", "ci.yml", "release.yml"};

TEST(Integration, ProwPresubmitLintsCleanly) {
  const auto r = RunBinary(
      "lint --job-config-path testdata/integration/prow-presubmit.yaml --fail-on info", kSource);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 errors, 0 warnings in 1 file (1 job)"), std::string::npos) << r.out;
  // Not vacuous: the file really holds the presubmit.
  const YAML::Node job = PresubmitJob();
  EXPECT_EQ(job["spec"]["containers"][0]["command"][0].as<std::string>(), "prowlint");
}

TEST(Integration, PreCommitHookEntryRuns) {
  const YAML::Node hooks = YAML::LoadFile(kSource + "/.pre-commit-hooks.yaml");
  ASSERT_EQ(hooks.size(), 1u);
  EXPECT_EQ(hooks[0]["id"].as<std::string>(), "prowlint");
  EXPECT_EQ(hooks[0]["language"].as<std::string>(), "system");
  EXPECT_FALSE(hooks[0]["pass_filenames"].as<bool>());
  std::string entry = hooks[0]["entry"].as<std::string>();
  ASSERT_EQ(entry.rfind("prowlint ", 0), 0u);
  // pre-commit runs the entry in the repository; .prowlint.yaml gives the inputs.
  const auto r = RunBinary(entry.substr(9), kSource + "/testdata/suppressions");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("[config-duplicate-key]"), std::string::npos);
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);
  EXPECT_TRUE(
      std::regex_search("config/jobs/a.yaml", std::regex(hooks[0]["files"].as<std::string>())));
}

// The presubmit's run_if_changed (Go regexp) and the hook's files (Python re)
// decide when prowlint runs: on every kind of file it reads, in any directory.
TEST(Integration, PresubmitAndHookRunOnEveryInputKind) {
  const std::string hook =
      YAML::LoadFile(kSource + "/.pre-commit-hooks.yaml")[0]["files"].as<std::string>();
  const std::string presubmit = PresubmitJob()["run_if_changed"].as<std::string>();
  EXPECT_EQ(hook, presubmit) << "one definition of what prowlint reads";
  const std::regex re(hook);
  for (const char* path :
       {".prowlint.yaml", "config/prow/config.yaml", "config/jobs/org/repo/presubmits.yml",
        "config/jobs/.prowignore",                             // which job files Prow reads
        "prow/cluster/kubeconfig", "secrets/kubeconfig-prod",  // kubeconfigs without extension
        "secrets/build01.kubeconfig",                          // or with their own
        "cluster/kubeconfigs/build01", "prow/kubeconfig/gke-prod",  // a --kubeconfig-dir
        "secrets/build-kubeconfigs/eks_1",
        "prow/cluster/build-cluster-secret.yaml",              // a Secret wrapper
        "deploy/prow/prow-controller-manager.yaml",            // a manifest, anywhere
        "kustomize/overlays/prod/deployment.yml", "rendered/all.json",
        "inventory/eks-prow-build-cluster.txt",  // kubectl get -o custom-columns or -o name
        "inventory/in-cluster.json"})
    EXPECT_TRUE(std::regex_search(path, re)) << path << " does not trigger prowlint";
  for (const char* path : {"README.md", "OWNERS", "hack/update.sh", "docs/kubeconfig.png",
                           "docs/kubeconfigs.md", "kubeconfigs/sub/dir/notes.md"})
    EXPECT_FALSE(std::regex_search(path, re)) << path << " triggers prowlint";
  // The README shows the same job.
  EXPECT_TRUE(Contains(testing::ReadFileOrDie(kSource + "/README.md"),
                       "run_if_changed: '" + presubmit + "'"));
}

// What the README tells users to put in their repositories pins this release
// by its tag: the pre-commit hook's rev and the reusable workflow's @ref (a
// branch would change under them; the workflow builds prowlint at that ref).
TEST(Integration, ReadmeSnippetsPinThisRelease) {
  const std::string version = RunBinary("version").out;  // "prowlint X.Y.Z\n"
  ASSERT_EQ(version.rfind("prowlint ", 0), 0u);
  const std::string tag = "v" + version.substr(9, version.size() - 10);
  const std::string readme = testing::ReadFileOrDie(kSource + "/README.md");
  EXPECT_TRUE(Contains(readme, "  rev: " + tag + "\n")) << "pre-commit snippet";
  EXPECT_TRUE(Contains(readme, "/prowlint/.github/workflows/prowlint.yml@" + tag + "\n"))
      << "reusable workflow snippet";
  for (const char* branch :
       {"rev: main", "rev: master", "prowlint.yml@main", "prowlint.yml@master"})
    EXPECT_FALSE(Contains(readme, branch)) << branch;
}

// A repository without .prowlint.yaml: the hook's entry and the presubmit's
// command fail (exit 2) saying what to write, not with a bare usage error.
TEST(Integration, WithoutProjectConfigEntriesSayWhatToDo) {
  const std::filesystem::path repo = ::testing::TempDir() + "prowlint-no-config-repo";
  std::filesystem::remove_all(repo);
  std::filesystem::create_directories(repo / ".git");  // the search stops at a repository's root
  const std::string entry =
      YAML::LoadFile(kSource + "/.pre-commit-hooks.yaml")[0]["entry"].as<std::string>();
  const YAML::Node container = PresubmitJob()["spec"]["containers"][0];
  std::string presubmit;
  for (const auto& arg : container["args"]) presubmit += " " + arg.as<std::string>();
  ASSERT_EQ(entry.rfind("prowlint ", 0), 0u);
  ASSERT_EQ(container["command"][0].as<std::string>(), "prowlint");
  for (const std::string& args : {entry.substr(9), presubmit}) {
    const auto r = RunBinary(args, repo.string());
    EXPECT_EQ(r.code, 2) << args;
    EXPECT_EQ(r.out, "") << args;
    for (const char* says :
         {"no .prowlint.yaml in ", "config-path: ", "job-config-path: ", "or give the flags"})
      EXPECT_TRUE(Contains(r.err, says)) << args << ": " << r.err;
  }
  std::filesystem::remove_all(repo);
}

// Instructions of a Dockerfile, continuation lines joined, comments dropped.
struct Instruction {
  std::string keyword, rest;
};
std::vector<Instruction> ReadDockerfile(const std::string& path) {
  std::istringstream in(testing::ReadFileOrDie(path));
  std::vector<Instruction> out;
  std::string line, joined;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    if (!line.empty() && line.back() == '\\') {
      joined += line.substr(0, line.size() - 1) + " ";
      continue;
    }
    joined += line;
    const auto space = joined.find_first_of(" \t", joined.find_first_not_of(" \t"));
    const auto start = joined.find_first_not_of(" \t");
    out.push_back({joined.substr(start, space - start),
                   joined.substr(joined.find_first_not_of(" \t", space))});
    joined.clear();
  }
  return out;
}

// Docker cannot run here: the container definition is checked as text. It
// builds the .deb on Debian 12, installs that .deb with apt on a fresh
// debian:12, and runs prowlint as its entrypoint.
TEST(Integration, DockerfileInstallsTheDebOnDebian12) {
  const std::vector<Instruction> ins = ReadDockerfile(kSource + "/Dockerfile");
  std::vector<std::vector<Instruction>> stages;
  std::vector<std::string> names;
  for (const Instruction& i : ins) {
    if (i.keyword == "FROM") {
      std::smatch m;
      const std::regex from(R"(^(\S+)(?:\s+AS\s+(\S+))?\s*$)", std::regex::icase);
      ASSERT_TRUE(std::regex_match(i.rest, m, from)) << i.rest;
      EXPECT_TRUE(std::regex_match(m[1].str(), std::regex(R"(debian:12(@sha256:[0-9a-f]{64})?)")))
          << "every stage on Debian 12, the .deb's platform: " << m[1];
      stages.emplace_back();
      names.push_back(m[2]);
      continue;
    }
    ASSERT_FALSE(stages.empty()) << i.keyword << " before FROM";
    stages.back().push_back(i);
  }
  ASSERT_EQ(stages.size(), 2u) << "a build stage and the image";
  auto runs = [](const std::vector<Instruction>& stage, const std::string& what) {
    return std::any_of(stage.begin(), stage.end(), [&](const Instruction& i) {
      return i.keyword == "RUN" && Contains(i.rest, what);
    });
  };
  EXPECT_TRUE(runs(stages[0], ".ci/deps")) << "Debian packages only, as the README says";
  EXPECT_TRUE(runs(stages[0], "cpack -G DEB"));

  // The image: the .deb from the build stage, installed by apt (which pulls
  // its Depends), and prowlint as the entrypoint.
  std::string copied;
  bool installed = false;
  std::string entrypoint;
  const std::regex copy("--from=" + names[0] + R"(\s+\S*/(prowlint_\*\.deb)\s+(\S+/))");
  for (const Instruction& i : stages[1]) {
    std::smatch m;
    if (i.keyword == "COPY" && std::regex_search(i.rest, m, copy)) copied = m[2].str() + m[1].str();
    if (i.keyword == "RUN" && !copied.empty())
      installed =
          installed ||
          std::regex_search(
              i.rest, std::regex(R"(apt-get install (-\S+ )*)" +
                                 std::regex_replace(copied, std::regex(R"([.*])"), R"(\$&)")));
    if (i.keyword == "ENTRYPOINT") entrypoint = i.rest;
  }
  // Issue 23: a non-root numeric user (runAsNonRoot), apt's caches cleared
  // where they were made, the OCI labels registries show.
  std::string user, labels;
  bool cleaned = false;
  for (const Instruction& i : stages[1]) {
    if (i.keyword == "USER") user = i.rest;
    if (i.keyword == "LABEL") labels += i.rest + " ";
    if (i.keyword == "RUN" && Contains(i.rest, "apt-get install"))
      cleaned = Contains(i.rest, "apt-get clean") && Contains(i.rest, "rm -rf /var/lib/apt/lists/*");
  }
  std::smatch uid;
  EXPECT_TRUE(std::regex_match(user, uid, std::regex(R"(([0-9]+)(:[0-9]+)?\s*)")) && uid[1] != "0")
      << "USER must be a non-zero number: " << user;
  EXPECT_TRUE(cleaned) << "the apt-get install RUN clears apt's lists and cache";
  for (const char* key : {"org.opencontainers.image.source=", "org.opencontainers.image.licenses=\"Apache-2.0\"",
                          "org.opencontainers.image.title="})
    EXPECT_TRUE(Contains(labels, key)) << key << " in " << labels;
  EXPECT_FALSE(copied.empty()) << "COPY --from=" << names[0] << " .../prowlint_*.deb DIR/";
  EXPECT_TRUE(installed) << "apt-get install " << copied;
  const auto exec_form = nlohmann::json::parse(entrypoint, nullptr, false);
  ASSERT_TRUE(exec_form.is_array()) << "ENTRYPOINT in exec form: " << entrypoint;
  EXPECT_EQ(exec_form[0], "prowlint");

  // The build context leaves out a local build directory, whose
  // CMakeCache.txt belongs to another path and would stop cmake.
  const std::string ignore = testing::ReadFileOrDie(kSource + "/.dockerignore");
  EXPECT_TRUE(std::regex_search(ignore, std::regex(R"((^|\n)/?build/?\n)"))) << ignore;

  // The presubmit runs the image this Dockerfile makes, tagged with the version.
  const std::string version = RunBinary("version").out;  // "prowlint X.Y.Z\n"
  ASSERT_EQ(version.rfind("prowlint ", 0), 0u);
  const std::string image = PresubmitJob()["spec"]["containers"][0]["image"].as<std::string>();
  EXPECT_TRUE(std::regex_search(
      image, std::regex("/prowlint:" + version.substr(9, version.size() - 10) + "$")))
      << image;
}

// The text between `open` and the next "```" after `from`.
std::string FencedBlock(const std::string& text, std::size_t from, const std::string& open,
                        std::size_t* end = nullptr) {
  const std::size_t start = text.find(open, from);
  if (start == std::string::npos) return "";
  const std::size_t body = start + open.size();
  const std::size_t close = text.find("```", body);
  if (end) *end = close;
  return text.substr(body, close - body);
}

// The README's "Running it on your deploy" runs, as written, on the real
// kubernetes/test-infra configuration from the corpus, with the kubeconfig and
// inventories of testdata/integration/test-infra/ beside it, and prints what
// the README shows, with the exit code it states. Its aliases are test-infra's
// own: an alias no context has would be a usage error (exit 2).
TEST(Integration, ReadmeDeployExampleRunsAsWritten) {
  const std::string readme = testing::ReadFileOrDie(kSource + "/README.md");
  const std::size_t section = readme.find("\n## Running it on your deploy\n");
  ASSERT_NE(section, std::string::npos);
  std::size_t after_command = 0;
  std::string command = FencedBlock(readme, section, "```sh\n", &after_command);
  command = std::regex_replace(command, std::regex("\\\\\n\\s*"), "");  // continuation lines
  ASSERT_EQ(std::count(command.begin(), command.end(), '\n'), 1) << "one command: " << command;
  ASSERT_EQ(command.rfind("prowlint lint ", 0), 0u) << command;
  std::size_t after_output = 0;
  const std::string shown = FencedBlock(readme, after_command + 3, "```text\n", &after_output);
  ASSERT_FALSE(shown.empty()) << "the README shows the output after the command";
  std::smatch exit;
  const std::string between =
      readme.substr(after_command, readme.find("```text\n", after_command) - after_command);
  ASSERT_TRUE(std::regex_search(between, exit, std::regex(R"(exits (\d))"))) << between;
  // The date it says it was run on: the checkout's, so the staging tags
  // there are as young as they were then (prow-tool-image-skew counts ages
  // to the run date).
  std::smatch day;
  ASSERT_TRUE(std::regex_search(between, day, std::regex(R"(run on (\d{4}-\d{2}-\d{2}))")))
      << between;
  const std::string epoch = testing::RunDateEnv(day[1].str());

  const std::string corpus = testing::SharedDir() + "/corpus/kubernetes__test-infra";
  ASSERT_TRUE(std::filesystem::is_directory(corpus + "/config/jobs")) << "no " << corpus;
  const std::filesystem::path dir = ::testing::TempDir() + "prowlint-readme-test-infra";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / ".git");  // no .prowlint.yaml from above
  // Copies, not symlinks: the files are the repository's own, as in a
  // checkout (a symlink out of it would be read but never quoted).
  const auto recursive = std::filesystem::copy_options::recursive;
  std::filesystem::copy(corpus + "/config", dir / "config", recursive);
  std::filesystem::copy(kSource + "/testdata/integration/test-infra", dir, recursive);

  // As written (stdout is a pipe, so no colour), the trailing newline aside.
  const auto r = RunBinary(command.substr(9, command.size() - 10), dir.string(), epoch);
  EXPECT_EQ(r.err, "") << "no usage or input error";
  EXPECT_EQ(r.code, std::stoi(exit[1].str())) << r.out;
  EXPECT_EQ(r.out, shown) << "the README's output is not what the command prints; it prints:\n"
                          << r.out;
  std::filesystem::remove_all(dir);
}

// The README's opening example: the real config of 2019-02-08 with the
// reproduction's build-cluster Secret. Every line it shows (the elided
// middle aside) is printed, in order, and the exit is 1.
TEST(Integration, ReadmeOpeningExampleRunsAsWritten) {
  const std::string readme = testing::ReadFileOrDie(kSource + "/README.md");
  const std::size_t start = readme.find("prowlint says, and exits 1:\n\n```\n");
  ASSERT_NE(start, std::string::npos);
  std::size_t after = 0;
  const std::string block = FencedBlock(readme, start, "```\n", &after);
  const std::size_t first_output = block.find("\nnote: ");
  ASSERT_NE(first_output, std::string::npos) << block;
  std::string command = block.substr(0, first_output);
  command = std::regex_replace(command, std::regex("\\\\\n\\s*"), "");
  ASSERT_EQ(command.rfind("$ prowlint lint ", 0), 0u) << command;

  const std::string corpus = testing::SharedDir() + "/corpus/kubernetes__test-infra__2019-02-08/after";
  const std::filesystem::path dir = ::testing::TempDir() + "prowlint-readme-2019";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / ".git");  // no .prowlint.yaml from above
  // Copies, not symlinks, as in a checkout (see above).
  const auto recursive = std::filesystem::copy_options::recursive;
  std::filesystem::copy(corpus + "/prow", dir / "prow", recursive);
  std::filesystem::copy(corpus + "/config", dir / "config", recursive);
  std::filesystem::copy_file(testing::IncidentBuildClusterSecret(),
                             dir / "build-cluster.yaml");
  const auto r = RunBinary(command.substr(11), dir.string());
  std::filesystem::remove_all(dir);
  EXPECT_EQ(r.code, 1) << r.err;
  std::size_t at = 0;
  std::istringstream shown(block.substr(first_output + 1));
  for (std::string line; std::getline(shown, line);) {
    if (line == "...") continue;
    const std::size_t found = r.out.find(line + "\n", at);
    ASSERT_NE(found, std::string::npos) << "the README shows a line the command does not print "
                                        << "(in this order): " << line << "\nit prints:\n" << r.out;
    at = found + line.size();
  }
}

TEST(Integration, ReusableWorkflowUploadsSarif) {
  const YAML::Node wf = YAML::LoadFile(kSource + "/.github/workflows/prowlint.yml");
  ASSERT_TRUE(wf["on"]["workflow_call"]) << "callable from other repositories";
  bool lint = false, upload = false;
  for (const auto& step : wf["jobs"]["prowlint"]["steps"]) {
    const std::string run = step["run"] ? step["run"].as<std::string>() : "";
    if (run.find("--format sarif --output ../prowlint.sarif") != std::string::npos)
      lint = run.find("--format github") != std::string::npos;
    if (step["uses"] &&
        step["uses"].as<std::string>().rfind("github/codeql-action/upload-sarif@", 0) == 0)
      upload = step["with"]["sarif_file"].as<std::string>() == "prowlint.sarif" &&
               (Contains(step["if"].as<std::string>(), "always()") ||
                Contains(step["if"].as<std::string>(), "!cancelled()"));
  }
  EXPECT_TRUE(lint) << "a step writes text, annotations and ../prowlint.sarif";
  EXPECT_TRUE(upload) << "a step uploads prowlint.sarif, also when lint found something";
  const YAML::Node ci = YAML::LoadFile(kSource + "/.github/workflows/ci.yml");
  bool runs_ci = false;
  for (const auto& step : ci["jobs"]["test"]["steps"])
    runs_ci = runs_ci || (step["run"] && step["run"].as<std::string>() == ".ci/run");
  EXPECT_TRUE(runs_ci) << "the project's CI runs .ci/run";
}

// On a pull request the reusable workflow plans against the PR's base commit
// (read with --base-ref, so the checkout must hold history), takes the version
// from the manifests (no hard-coded tag), and posts the Markdown report.
TEST(Integration, ReusableWorkflowPlansTheBumpAgainstItsBase) {
  const YAML::Node wf = YAML::LoadFile(kSource + "/.github/workflows/prowlint.yml");
  const std::string text = testing::ReadFileOrDie(kSource + "/.github/workflows/prowlint.yml");
  EXPECT_EQ(text.find("--target-version"), std::string::npos) << "the version comes from manifests";
  bool deep = false, plan = false, comment = false;
  for (const auto& step : wf["jobs"]["prowlint"]["steps"]) {
    if (step["with"] && step["with"]["path"] && step["with"]["path"].as<std::string>() == "config")
      deep = step["with"]["fetch-depth"] && step["with"]["fetch-depth"].as<int>() == 0;
    const std::string run = step["run"] ? step["run"].as<std::string>() : "";
    if (run.find("prowlint plan") != std::string::npos)
      plan = run.find("--base-ref $BASE") != std::string::npos &&
             run.find("--format markdown --output ../prowlint-report.md") != std::string::npos &&
             step["env"]["BASE"].as<std::string>() == "${{ github.event.pull_request.base.sha }}";
    if (run.find("pr_comment.py prowlint-report.md") != std::string::npos)
      comment = step["if"].as<std::string>().find("inputs.comment") != std::string::npos;
  }
  EXPECT_TRUE(deep) << "the config checkout fetches history for --base-ref";
  EXPECT_TRUE(plan) << "a step plans against the PR's base and writes the Markdown report";
  EXPECT_TRUE(comment) << "an optional step posts it as a PR comment";
  // The comment script, against a fake GitHub API on loopback: one comment,
  // edited on the next run.
  const std::string cmd = "python3 '" + kSource + "/testdata/integration/pr_comment_test.py' '" +
                          kSource + "/.github/scripts/pr_comment.py' 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[4096];
  std::string out;
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << out;
  EXPECT_EQ(out, "ok\n");
}

// The reusable workflow's job as GitHub runs it, in a debian:12 container
// (actionlint is not in Debian: the structure that matters is asserted here,
// and .ci/replay-workflow runs the steps, below):
//  - git is installed before the first checkout: without git, actions/checkout
//    falls back to the REST API (files, no .git) and --base-ref cannot work;
//  - lint runs when plan failed, and a last step fails the job if either did;
//  - the job has a timeout;
//  - no path of the host: in a container job github.workspace (and
//    runner.workspace) name the host's directory, not the container's, so
//    upload-sarif's checkout_path comes from $GITHUB_WORKSPACE at run time;
//  - no step appends to the job summary: prowlint does, once per command.
TEST(Integration, ReusableWorkflowRunsInItsContainer) {
  const std::string path = kSource + "/.github/workflows/prowlint.yml";
  const YAML::Node job = YAML::LoadFile(path)["jobs"]["prowlint"];
  const std::string text = testing::ReadFileOrDie(path);
  ASSERT_EQ(job["container"].as<std::string>(), "debian:12");
  ASSERT_TRUE(job["timeout-minutes"]) << "a stuck run holds a runner for 6 hours";
  EXPECT_LE(job["timeout-minutes"].as<int>(), 60);
  std::vector<std::string> values;  // comments may name them, values may not
  CollectScalars(job, values);
  for (const std::string& v : values)
    for (const char* host : {"github.workspace", "runner.workspace", "runner.temp"})
      EXPECT_FALSE(Contains(v, host)) << host << " is the host's path in a container job: " << v;
  EXPECT_FALSE(Contains(text, ">> \"$GITHUB_STEP_SUMMARY\"") || Contains(text, ">>$GITHUB_STEP_SUMMARY") ||
               Contains(text, ">> $GITHUB_STEP_SUMMARY"))
      << "prowlint appends its Markdown reports to the summary itself";

  int git_at = -1, first_checkout = -1, i = 0;
  YAML::Node plan, lint, upload, last, which;
  for (const auto& step : job["steps"]) {
    const std::string run = step["run"] ? step["run"].as<std::string>() : "";
    const std::string uses = step["uses"] ? step["uses"].as<std::string>() : "";
    if (git_at < 0 && std::regex_search(run, std::regex(R"(apt-get install [^\n]*\bgit\b)")))
      git_at = i;
    if (first_checkout < 0 && uses.rfind("actions/checkout@", 0) == 0) first_checkout = i;
    if (Contains(run, "prowlint plan")) plan.reset(step);
    if (Contains(run, "prowlint lint")) lint.reset(step);
    if (uses.rfind("github/codeql-action/upload-sarif@", 0) == 0) upload.reset(step);
    if (Contains(run, "$GITHUB_WORKSPACE") && Contains(run, "$GITHUB_OUTPUT") && step["id"] &&
        which.IsNull())
      which.reset(step);
    last.reset(step);
    ++i;
  }
  ASSERT_GE(first_checkout, 0);
  ASSERT_GE(git_at, 0) << "a step installs git";
  EXPECT_LT(git_at, first_checkout) << "git is installed before actions/checkout runs";

  ASSERT_TRUE(plan.IsMap() && lint.IsMap() && upload.IsMap() && last.IsMap());
  ASSERT_TRUE(plan["id"] && lint["id"]);
  const std::string plan_id = plan["id"].as<std::string>(), lint_id = lint["id"].as<std::string>();
  // A failed plan does not fail the job on the spot (that would skip lint);
  // lint's condition runs it whatever plan did.
  EXPECT_TRUE(plan["continue-on-error"] && plan["continue-on-error"].as<bool>());
  EXPECT_TRUE(lint["continue-on-error"] && lint["continue-on-error"].as<bool>());
  const std::string lint_if = lint["if"] ? lint["if"].as<std::string>() : "";
  EXPECT_TRUE(Contains(lint_if, "!cancelled()") || Contains(lint_if, "always()")) << lint_if;
  EXPECT_FALSE(Contains(lint_if, "steps." + plan_id)) << lint_if;
  // The last step fails the job when plan or lint failed.
  const std::string last_if = last["if"] ? last["if"].as<std::string>() : "";
  EXPECT_TRUE(Contains(last_if, "!cancelled()") || Contains(last_if, "always()")) << last_if;
  std::string last_env;
  for (const auto& kv : last["env"]) last_env += kv.second.as<std::string>() + " ";
  EXPECT_TRUE(Contains(last_env, "steps." + plan_id + ".outcome")) << last_env;
  EXPECT_TRUE(Contains(last_env, "steps." + lint_id + ".outcome")) << last_env;
  EXPECT_TRUE(Contains(last["run"].as<std::string>(), "exit 1"));

  // checkout_path: the config checkout's relative path under the workspace
  // the container sees, written by a step from $GITHUB_WORKSPACE.
  ASSERT_TRUE(which.IsMap()) << "a step outputs $GITHUB_WORKSPACE";
  EXPECT_TRUE(Contains(which["run"].as<std::string>(), "workspace=$GITHUB_WORKSPACE"));
  EXPECT_EQ(upload["with"]["checkout_path"].as<std::string>(),
            "${{ steps." + which["id"].as<std::string>() + ".outputs.workspace }}/config");
}

// The release the README and the reusable workflow name: a v* tag builds the
// .deb and the image, attaches the .deb (named as prowlint.yml downloads it)
// and pushes ghcr.io/<owner>/prowlint:<tag>; the tag must be the version.
TEST(Integration, ReleaseWorkflowPublishesWhatTheReusableOneUses) {
  const YAML::Node wf = YAML::LoadFile(kSource + "/.github/workflows/release.yml");
  EXPECT_EQ(wf["on"]["push"]["tags"][0].as<std::string>(), "v*");
  std::string runs;
  for (const auto& job : wf["jobs"]) {
    EXPECT_TRUE(job.second["timeout-minutes"]);
    for (const auto& step : job.second["steps"])
      if (step["run"]) runs += step["run"].as<std::string>() + "\n";
  }
  for (const char* does : {"CMakeLists.txt", "docker build --target build", "gh release create",
                           "gh release upload", "dist/prowlint_*.deb", "ghcr.io/",
                           "/prowlint:$TAG", "docker push"})
    EXPECT_TRUE(Contains(runs, does)) << does;
  const std::string reusable = testing::ReadFileOrDie(kSource + "/.github/workflows/prowlint.yml");
  EXPECT_TRUE(Contains(reusable, "releases/download/$tag/$deb")) << "the reusable workflow uses it";
  EXPECT_TRUE(Contains(reusable, R"(deb="prowlint_${tag#v}_$(dpkg --print-architecture).deb")"));
}

// .ci/replay-workflow runs the reusable workflow's steps here against a bump
// pull request's repository (base -> head, ../shared/tools/replay-bump.sh),
// with the built prowlint on PATH instead of the install steps. The full
// replay (apt, source build, .deb) runs in a fresh Debian 12 root:
// .ci/replay-workflow-debian.
class WorkflowReplay : public ::testing::Test {
 protected:
  void SetUp() override {
    if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
    // A directory of its own: ctest runs these tests side by side.
    std::string tmpl = ::testing::TempDir() + "prowlint-replay-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
    std::filesystem::create_directories(dir_ + "/bin");
    const std::string corpus = testing::BumpCorpusDir();
    const auto made = testing::RunCommand(
        "mkdir -p before/config && cp -r '" + corpus + "/before/.' before/ && cp -r '" + corpus +
            "/after/config/.' before/config/ && '" + testing::SharedDir() +
            "/tools/replay-bump.sh' before '" + corpus + "/after' repo",
        dir_);
    ASSERT_EQ(made.code, 0) << made.out << made.err;
    base_ = testing::RunCommand("git -C repo rev-parse HEAD~1", dir_).out;
    base_.pop_back();
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  // The replay's record (JSON); `bin` goes first on PATH.
  nlohmann::json Replay(const std::string& name, const std::string& extra,
                        const std::string& bin =
                            std::filesystem::path(PROWLINT_BINARY).parent_path().string()) {
    const auto r = testing::RunCommand(
        "PATH='" + bin + "':\"$PATH\" python3 '" + kSource + "/.ci/replay-workflow' " +
            "--config-repo repo --prowlint-src '" + kSource + "' --workspace " + name +
            " --base " + base_ +
            " --args '--config-path prow/config.yaml --job-config-path config/jobs "
            "--deploy-dir prow/cluster' --assume 'build prowlint' --assume 'install prowlint' "
            "--record " + name + ".json " + extra,
        dir_);
    EXPECT_NE(r.code, 2) << r.out << r.err;
    log_ = r.out + r.err;
    return nlohmann::json::parse(testing::ReadFileOrDie(dir_ + "/" + name + ".json"));
  }
  static std::string Outcome(const nlohmann::json& record, const std::string& step) {
    for (const auto& s : record["steps"])
      if (s["name"] == step) return s["outcome"];
    return "(absent)";
  }
  std::string dir_, base_, log_;
};

TEST_F(WorkflowReplay, GitFirstPlansLintsAndUploads) {
  const auto rec = Replay("ws", "--assume 'git, before checkout'");
  EXPECT_EQ(rec["result"], "success") << log_;
  EXPECT_EQ(Outcome(rec, "plan"), "success") << log_;
  EXPECT_EQ(Outcome(rec, "lint"), "success") << log_;
  // Code scanning reads the checkout where this container has it.
  ASSERT_TRUE(rec["sarif"].is_object()) << log_;
  EXPECT_EQ(rec["sarif"]["checkout_path"], dir_ + "/ws/config");
  EXPECT_TRUE(rec["sarif"]["checkout_path_is_dir"].get<bool>());
  // Plan's report is the job summary (then lint's), written by prowlint.
  const std::string summary = testing::ReadFileOrDie(dir_ + "/ws.summary.md");
  EXPECT_EQ(summary.find("## prowlint plan\n"), 0u) << summary.substr(0, 200);
  EXPECT_TRUE(Contains(summary, "`v20190206-b01b288` → `v20190208-c35c7e3`")) << summary.substr(0, 400);
}

// A plan that flags the bump (exit 1) still lets lint annotate and upload;
// the job fails at the end.
TEST_F(WorkflowReplay, LintRunsAfterAFailedPlanAndTheJobFails) {
  std::filesystem::create_directories(dir_ + "/failing-plan");
  {
    std::ofstream shim(dir_ + "/failing-plan/prowlint");
    shim << "#!/bin/sh\nif [ \"$1\" = plan ]; then '" PROWLINT_BINARY "' \"$@\"; exit 1; fi\n"
         << "exec '" PROWLINT_BINARY "' \"$@\"\n";
  }
  std::filesystem::permissions(dir_ + "/failing-plan/prowlint",
                               std::filesystem::perms::owner_all);
  const auto rec = Replay("ws", "--assume 'git, before checkout'", dir_ + "/failing-plan");
  EXPECT_EQ(Outcome(rec, "plan"), "failure") << log_;
  EXPECT_EQ(Outcome(rec, "lint"), "success") << log_;
  EXPECT_EQ(Outcome(rec, "github/codeql-action/upload-sarif"), "success") << log_;
  EXPECT_EQ(Outcome(rec, "prowlint passed"), "failure") << log_;
  EXPECT_EQ(rec["result"], "failure");
}

// The workflow as it was: no git when checkout runs. The checkouts hold no
// .git, and the job fails (a release lookup and --base-ref need history).
TEST_F(WorkflowReplay, WithoutGitAtCheckoutTheJobFails) {
  const auto rec = Replay("ws", "--drop 'git, before checkout' --no-git");
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/ws/config/.git"));
  EXPECT_NE(Outcome(rec, "plan"), "success") << log_;
  EXPECT_EQ(rec["result"], "failure") << log_;
}

// In a called workflow the github context is the caller's: a default built
// from it (github.repository_owner/prowlint) names a repository that exists
// only inside prowlint's own organisation. prowlint must come from the
// called workflow's own repository and commit (job.workflow_repository, job.workflow_sha).
TEST(Integration, ReusableWorkflowBuildsItselfWhoeverCalls) {
  const YAML::Node wf = YAML::LoadFile(kSource + "/.github/workflows/prowlint.yml");
  const YAML::Node inputs = wf["on"]["workflow_call"]["inputs"];
  ASSERT_TRUE(inputs.IsMap());
  for (const auto& input : inputs) {
    if (!input.second["default"]) continue;
    const std::string def = input.second["default"].as<std::string>();
    EXPECT_FALSE(Contains(def, "github."))
        << input.first.as<std::string>() << ": default " << def << " is the caller's context";
  }
  std::vector<std::string> texts;
  CollectScalars(wf, texts);
  for (const std::string& t : texts) EXPECT_FALSE(Contains(t, "repository_owner")) << t;

  int prowlint_checkouts = 0;
  for (const auto& step : wf["jobs"]["prowlint"]["steps"]) {
    if (!step["uses"] || step["uses"].as<std::string>().rfind("actions/checkout@", 0) != 0)
      continue;
    if (!step["with"]["repository"]) continue;  // the caller's repository
    ++prowlint_checkouts;
    EXPECT_TRUE(Contains(step["with"]["repository"].as<std::string>(), "job.workflow_repository"));
    EXPECT_TRUE(Contains(step["with"]["ref"].as<std::string>(), "job.workflow_sha"));
  }
  EXPECT_EQ(prowlint_checkouts, 1) << "one checkout of prowlint itself";
}

// Actions are pinned by commit (a tag can be moved), with the release in a
// comment for people and for update bots; code scanning's upload stays on a
// supported major (v2 was retired in 2024, v3 is retired in December 2026).
TEST(Integration, WorkflowActionsArePinnedByCommit) {
  const std::regex pinned(R"(^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$)");
  const std::regex line(R"(^\s*(?:-\s+)?uses:\s+(\S+)\s+#\s+v(\d+)(?:\.\d+)*\s*$)");
  for (const char* name : kWorkflows) {
    const std::string path = kSource + "/.github/workflows/" + name;
    const std::vector<std::string> uses = UsesOf(YAML::LoadFile(path));
    ASSERT_FALSE(uses.empty()) << path;
    for (const std::string& u : uses) EXPECT_TRUE(std::regex_match(u, pinned)) << path << ": " << u;
    // The same uses, read as lines: each carries "# vN[.N.N]".
    std::istringstream in(testing::ReadFileOrDie(path));
    std::string text;
    std::size_t commented = 0;
    while (std::getline(in, text)) {
      if (text.find("uses:") == std::string::npos || text.find_first_not_of(" -") == text.find('#'))
        continue;  // not a uses: line, or a comment
      std::smatch m;
      ASSERT_TRUE(std::regex_match(text, m, line))
          << path << ": " << text << " (want \"@SHA # vX.Y.Z\")";
      ++commented;
      if (m[1].str().rfind("github/codeql-action/", 0) == 0) {
        EXPECT_GE(std::stoi(m[2].str()), 4) << "codeql-action v" << m[2] << " is deprecated";
      }
    }
    EXPECT_EQ(commented, uses.size()) << path;
  }
}

}  // namespace
}  // namespace prowlint
