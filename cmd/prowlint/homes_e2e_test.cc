// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of prowlint in its three homes: the terminal (colour only
// on a terminal, never under NO_COLOR, tested under a pseudo-terminal), GitHub
// Actions (annotations, SARIF) and Prow jobs (JUnit into $ARTIFACTS), plus
// suppressions and .prowlint.yaml.
#include <gtest/gtest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;

const std::string kIncident = testing::SourceDir() + "/testdata/incidents/2019-02-08";
const std::string kSuppressions = testing::SourceDir() + "/testdata/suppressions";

std::string IncidentArgs() {
  std::string args;
  for (const std::string& a : testing::ReadArgs(kIncident + "/args")) args += " " + a;
  return args + " --target-version v20190208-c35c7e3";
}

struct TempDir {
  TempDir() {
    char tmpl[] = "/tmp/prowlint-homes-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string path;
};

// Runs the binary with stdout and stderr on a pseudo-terminal.
std::string RunUnderPty(const std::vector<std::string>& args, const std::string& cwd,
                        const std::vector<std::string>& env) {
  int master = -1;
  const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    if (chdir(cwd.c_str()) != 0) _exit(127);
    clearenv();
    setenv("PATH", "/usr/bin:/bin", 1);
    for (const std::string& e : env) putenv(const_cast<char*>(e.c_str()));
    std::vector<char*> argv{const_cast<char*>(PROWLINT_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(PROWLINT_BINARY, argv.data());
    _exit(127);
  }
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = read(master, buffer, sizeof buffer)) > 0;) out.append(buffer, n);
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  return out;
}

std::vector<std::string> IncidentArgv() {
  std::vector<std::string> argv{"lint"};
  for (const std::string& a : testing::ReadArgs(kIncident + "/args")) argv.push_back(a);
  argv.push_back("--target-version");
  argv.push_back("v20190208-c35c7e3");
  return argv;
}

TEST(Terminal, ColourOnATerminalOnly) {
  const std::string tty = RunUnderPty(IncidentArgv(), kIncident, {});
  EXPECT_NE(tty.find("\x1b[31m"), std::string::npos) << "auto colours a terminal:\n" << tty;
  EXPECT_NE(tty.find("[literal-default-alias]"), std::string::npos);
  const std::string no_color = RunUnderPty(IncidentArgv(), kIncident, {"NO_COLOR=1"});
  EXPECT_NE(no_color.find("[literal-default-alias]"), std::string::npos);
  EXPECT_EQ(no_color.find("\x1b["), std::string::npos) << "NO_COLOR is honoured";
  auto never = IncidentArgv();
  never.push_back("--color");
  never.push_back("never");
  EXPECT_EQ(RunUnderPty(never, kIncident, {}).find("\x1b["), std::string::npos);
  // Through a pipe: never, even when NO_COLOR is empty.
  EXPECT_EQ(RunBinary("lint" + IncidentArgs(), kIncident).out.find("\x1b["), std::string::npos);
}

TEST(Terminal, TextShowsTheSourceLineAndACaret) {
  const auto r = RunBinary("lint" + IncidentArgs(), kIncident);
  EXPECT_NE(r.out.find("  23 |       preset-k8s-ssh: \"true\"\n"
                       "     |       ^~~~~~~~~~~~~~\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\n5 errors, 4 warnings in 11 files (8 jobs)\n"), std::string::npos);
}

TEST(Outputs, OneRunWritesSeveralFormats) {
  TempDir tmp;
  const auto r = RunBinary("lint" + IncidentArgs() + " --format text --format sarif --output " +
                               tmp.path + "/out.sarif --format junit --output " + tmp.path +
                               "/junit.xml --format json --output " + tmp.path + "/out.json",
                           kIncident);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("[job-secret-missing]"), std::string::npos);
  const auto sarif = nlohmann::json::parse(testing::ReadFileOrDie(tmp.path + "/out.sarif"));
  EXPECT_EQ(sarif.at("version"), "2.1.0");
  EXPECT_FALSE(sarif.at("runs")[0].at("results").empty());
  pugi::xml_document junit;
  EXPECT_TRUE(junit.load_file((tmp.path + "/junit.xml").c_str()));
  EXPECT_GT(junit.child("testsuites").child("testsuite").attribute("failures").as_int(), 0);
  const auto json = nlohmann::json::parse(testing::ReadFileOrDie(tmp.path + "/out.json"));
  EXPECT_EQ(json.at("summary").at("errors"), 5);
  // The incident's SARIF is valid against the schema, too.
  const std::string check = "python3 '" + testing::SourceDir() +
                            "/testdata/reporters/validate_sarif.py' '" + testing::SharedDir() +
                            "/schemas/sarif-schema-2.1.0.json' '" + tmp.path +
                            "/out.sarif' >/dev/null 2>&1";
  if (!testing::SkipWithoutShared()) {
    EXPECT_EQ(std::system(check.c_str()), 0);
  }
}

TEST(Outputs, OutputAloneCapturesTheTextReport) {
  TempDir tmp;
  const auto r = RunBinary("lint" + IncidentArgs() + " --output " + tmp.path + "/report.txt",
                           kIncident);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out, "");
  const std::string text = testing::ReadFileOrDie(tmp.path + "/report.txt");
  EXPECT_NE(text.find("[literal-default-alias]"), std::string::npos) << text;
  EXPECT_EQ(text.find("\x1b["), std::string::npos);
}

TEST(Outputs, MisusedOutputFlagsAreUsageErrors) {
  const auto twice = RunBinary("lint --config-path x --format json --output a.json --output b");
  EXPECT_EQ(twice.code, 2);
  EXPECT_NE(twice.err.find("--output b needs a --format before it"), std::string::npos) << twice.err;
  const auto both = RunBinary("lint --config-path x --format json --format sarif");
  EXPECT_EQ(both.code, 2);
  EXPECT_NE(both.err.find("only text and github can share standard output"), std::string::npos);
}

TEST(Outputs, GithubActionsGetsTextAndAnnotations) {
  const auto r = RunBinary("lint" + IncidentArgs(), kIncident, "GITHUB_ACTIONS=true");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("error: v20190208-c35c7e3 does not honour"), std::string::npos);
  // On the job the change affects, where a pull request shows it; never on
  // the credentials (a Secret outside the repository).
  EXPECT_NE(r.out.find("::error file=config/jobs/kubernetes/kubernetes/kubernetes-presubmits.yaml,"
                       "line=5,col=11,title=literal-default-alias::"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("::error file=cluster/"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("%0Ajobs: \"pull-kubernetes-bazel-test\", \"pull-kubernetes-e2e-gce\", "
                       "\"pull-kubernetes-verify\" and 1 more\n"),
            std::string::npos)
      << r.out;
}

// A job config whose file name and values are hostile, linted and planned
// from disk in every format: each output read by its medium's parser shows
// them as text. lint/report/hostile_reporters_test.cc covers each reporter
// on every field; this is the real path, from a directory walk to the file.
TEST(Outputs, HostileFileNamesAndValuesStayInert) {
  TempDir tmp;
  fs::create_directory(tmp.path + "/jobs");
  std::ofstream(tmp.path + "/config.yaml") << "pod_namespace: test-pods\n";
  std::ofstream(tmp.path + "/jobs/a\n::error::pwned ::add-mask::x |) `@someone #123 "
                           "<img src=x onerror=alert(1)>\x01\xff\xfe.yaml")
      << "periodics:\n"
         "- name: \"::add-mask::x\\x01|\\0nul\"\n"
         "  interval: 1h\n"
         "  cluster: \"a|b <details open> @someone #123 ](http://evil) `\"\n"
         "  spec:\n"
         "    containers:\n"
         "    - image: \"golang:1.22 <img src=x onerror=alert(1)>\"\n";
  const std::string inputs = " --config-path config.yaml --job-config-path jobs";
  // Under GitHub Actions: the text report and the annotations, on the log.
  const auto r = RunBinary("lint" + inputs, tmp.path, "GITHUB_ACTIONS=true");
  ASSERT_EQ(r.code, 1) << r.err;
  std::istringstream lines(r.out);
  std::size_t annotations = 0;
  for (std::string line; std::getline(lines, line);) {
    const bool command = line.find_first_not_of(" \t") != std::string::npos &&
                         line.compare(line.find_first_not_of(" \t"), 2, "::") == 0;
    // Only the annotations prowlint writes, one per finding.
    if (command) {
      EXPECT_TRUE(line.rfind("::error file=jobs/a%0A%3A%3Aerror", 0) == 0 ||
                  line.rfind("::warning file=jobs/a%0A%3A%3Aerror", 0) == 0)
          << line;
      ++annotations;
    }
    EXPECT_EQ(line.find("##["), std::string::npos) << line;
  }
  EXPECT_EQ(annotations, 2u) << r.out;

  const auto files = RunBinary("lint" + inputs + " --format junit --output junit.xml"
                               " --format sarif --output out.sarif --format json --output out.json"
                               " --format markdown --output lint.md",
                               tmp.path);
  ASSERT_EQ(files.code, 1) << files.err;
  pugi::xml_document junit;
  EXPECT_TRUE(junit.load_file((tmp.path + "/junit.xml").c_str()));
  if (std::system("command -v xmllint >/dev/null 2>&1") == 0) {
    const auto xmllint = testing::RunCommand("xmllint --noout junit.xml", tmp.path);
    EXPECT_EQ(xmllint.code, 0) << xmllint.err;
  }
  EXPECT_TRUE(nlohmann::json::accept(testing::ReadFileOrDie(tmp.path + "/out.json")));
  if (!testing::SkipWithoutShared()) {
    const auto sarif = testing::RunCommand(
        "python3 '" + testing::SourceDir() + "/testdata/reporters/validate_sarif.py' '" +
            testing::SharedDir() + "/schemas/sarif-schema-2.1.0.json' out.sarif",
        tmp.path);
    EXPECT_EQ(sarif.code, 0) << sarif.out << sarif.err;
  }

  // Markdown, lint's and plan's: no HTML but the report's own, and plan's
  // table keeps six cells in every row, the `|` in the alias included.
  const auto plan = RunBinary("plan" + inputs + " --format markdown --output plan.md", tmp.path);
  ASSERT_LE(plan.code, 1) << plan.err;
  for (const char* md : {"lint.md", "plan.md"}) {
    const auto xml = testing::RunCommand(std::string("cmark-gfm -e table -e autolink --to xml ") + md,
                                         tmp.path);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(xml.out.c_str())) << md << xml.out;
    for (const pugi::xpath_node& n : doc.select_nodes(
             "//*[local-name()='html_inline' or local-name()='html_block']")) {
      const std::string raw = n.node().child_value();
      EXPECT_TRUE(raw == "<br>" || raw.rfind("<details><summary>", 0) == 0 ||
                  raw.rfind("</details>", 0) == 0)
          << md << ": " << raw;
    }
    for (const pugi::xpath_node& t : doc.select_nodes("//*[local-name()='table']")) {
      for (pugi::xml_node row : t.node().children())
        EXPECT_EQ(std::distance(row.children("table_cell").begin(), row.children("table_cell").end()),
                  6)
            << md << ":\n" << testing::ReadFileOrDie(tmp.path + "/" + md);
    }
    for (const pugi::xpath_node& n : doc.select_nodes("//*[local-name()='text']")) {
      const std::string text = n.node().child_value();
      EXPECT_EQ(text.find("@someone"), std::string::npos) << md << ": " << text;
      EXPECT_EQ(text.find("#123"), std::string::npos) << md << ": " << text;
    }
  }
}

// An --output or --base path is shown on stderr, which Actions logs too.
TEST(Outputs, AnUnwritableHostilePathStartsNoLogCommand) {
  const std::string hostile = "\"$(printf 'no-dir/x\\n::error::pwned')\"";
  for (const std::string& args :
       {"lint" + IncidentArgs() + " --format json --output " + hostile,
        "plan" + IncidentArgs() + " --format json --output " + hostile,
        "lint" + IncidentArgs() + " --base " + hostile}) {
    const auto r = RunBinary(args, kIncident);
    EXPECT_NE(r.code, 0) << args;
    EXPECT_NE(r.err.find("no-dir/x\\n::error::pwned"), std::string::npos) << args << "\n" << r.err;
    std::istringstream lines(r.err);
    for (std::string line; std::getline(lines, line);)
      EXPECT_NE(line.rfind("::", 0), 0u) << args << "\n" << r.err;
  }
}

TEST(Outputs, ProwJobWritesJunitIntoArtifacts) {
  TempDir tmp;
  const auto r =
      RunBinary("lint" + IncidentArgs(), kIncident, "PROW_JOB_ID=1234 ARTIFACTS=" + tmp.path);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("[literal-default-alias]"), std::string::npos) << "plain logs too";
  pugi::xml_document junit;
  ASSERT_TRUE(junit.load_file((tmp.path + "/junit_prowlint.xml").c_str()));
  bool failure = false;
  for (pugi::xml_node t : junit.child("testsuites").child("testsuite").children("testcase"))
    failure = failure || std::string(t.attribute("name").value()) ==
                             "literal-default-alias "
                             "config/jobs/kubernetes/kubernetes/kubernetes-presubmits.yaml";
  EXPECT_TRUE(failure);
}

TEST(Outputs, ArtifactsIsLeftAloneWhenAnOutputIsGiven) {
  TempDir tmp;
  RunBinary("lint" + IncidentArgs() + " --format sarif --output " + tmp.path + "/x.sarif",
            kIncident, "ARTIFACTS=" + tmp.path);
  EXPECT_FALSE(fs::exists(tmp.path + "/junit_prowlint.xml"));
  EXPECT_TRUE(fs::exists(tmp.path + "/x.sarif"));
}

TEST(Suppressions, ProjectConfigAndInlineDirectives) {
  // `prowlint lint` alone: inputs, severity and ignore-paths from .prowlint.yaml.
  const auto r = RunBinary("lint", kSuppressions);
  EXPECT_EQ(r.code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("jobs/main.yaml:16:3: error: key \"labels\" is written twice"),
            std::string::npos)
      << r.out;
  // jobs/experimental/** also hides that job's share of job-resources-unset's
  // finding; the jobs of main.yaml keep theirs.
  EXPECT_NE(r.out.find("\n1 error, 1 warning in 3 files (3 jobs); 3 suppressed\n"),
            std::string::npos)
      << r.out;
  const auto j = RunBinary("lint --format json", kSuppressions);
  const auto doc = nlohmann::json::parse(j.out);
  EXPECT_EQ(doc.at("summary").at("suppressed"), 3);
  int inline_suppressed = 0, external = 0;
  for (const auto& f : doc.at("findings")) {
    if (!f.contains("suppressed")) continue;
    (f.at("suppressed").at("external") ? external : inline_suppressed)++;
    if (!f.at("suppressed").at("external")) {
      EXPECT_EQ(f.at("suppressed").at("justification"), "the runner image provides /cache (#123)");
    }
  }
  EXPECT_EQ(inline_suppressed, 1);
  EXPECT_EQ(external, 2);
}

TEST(Suppressions, ProjectConfigIsFoundFromASubdirectory) {
  const auto r = RunBinary("lint", kSuppressions + "/jobs/experimental");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("../../jobs/main.yaml:16:3: error: key \"labels\" is written twice"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("; 3 suppressed\n"), std::string::npos) << "ignore-paths still match";
}

TEST(Suppressions, IgnorePathsMatchHoweverThePathIsWritten) {
  const auto plain = RunBinary("lint --job-config-path jobs --format json", kSuppressions);
  const auto dotted = RunBinary("lint --job-config-path ./jobs --format json", kSuppressions);
  EXPECT_EQ(nlohmann::json::parse(plain.out).at("summary"),
            nlohmann::json::parse(dotted.out).at("summary"));
  EXPECT_EQ(dotted.code, plain.code);
}

TEST(Suppressions, NoSuppressionsReportsThem) {
  const auto r = RunBinary("lint --no-suppressions", kSuppressions);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("mounts volume \"cache\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("; 2 suppressed\n"), std::string::npos) << "path ignores still apply";
}

TEST(Suppressions, SuppressedFindingsDoNotFailTheRun) {
  const auto r = RunBinary("lint --disable config-duplicate-key", kSuppressions);
  EXPECT_EQ(r.code, 0) << r.out;
}

TEST(Suppressions, BadProjectConfigIsAUsageErrorWithPosition) {
  const auto r = RunBinary("lint --rules-config bad-rules-config.yaml", kSuppressions);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("bad-rules-config.yaml:2:1: error: unknown key \"job-config-paths\"; did "
                       "you mean \"job-config-path\"?"),
            std::string::npos)
      << r.err;
}

TEST(Explain, PrintsTheDocWithItsExample) {
  const auto r = RunBinary("explain literal-default-alias");
  EXPECT_EQ(r.code, 0);
  // The doc, less where in the repository its Output's command runs.
  std::string doc = testing::ReadFileOrDie(testing::SourceDir() + "/rules/literal_default_alias.md");
  const std::string where = ", run in testdata/rules/literal-default-alias/fail, prints:";
  ASSERT_NE(doc.find(where), std::string::npos);
  doc.replace(doc.find(where), where.size(), " prints:");
  EXPECT_EQ(r.out, doc);
  // `rules ID` prints the file as it is.
  EXPECT_EQ(RunBinary("rules literal-default-alias").out,
            testing::ReadFileOrDie(testing::SourceDir() + "/rules/literal_default_alias.md"));
  EXPECT_NE(r.out.find("## Example"), std::string::npos);
  EXPECT_EQ(RunBinary("explain").code, 2);
}

}  // namespace
}  // namespace prowlint
