// SPDX-License-Identifier: Apache-2.0
// End-to-end tests: the built binary, run through a shell with stdout a pipe,
// on the incident reproduction and on broken inputs. They pin the CLI
// contract: exit codes, output, no colour into a pipe, inputs untouched.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;

const std::string kIncident = testing::SourceDir() + "/testdata/incidents/2019-02-08";

std::string IncidentArgs() {
  std::string args;
  for (const std::string& a : testing::ReadArgs(kIncident + "/args")) args += " " + a;
  return args;
}

// Compares with a golden under expected/ (PROWLINT_UPDATE_GOLDEN=1 rewrites it).
void ExpectGolden(const std::string& actual, const std::string& golden) {
  testing::ExpectGolden(golden, actual);
}

TEST(Incident20190208, BadTagFailsWithTheOutageRules) {
  const auto r = RunBinary("lint" + IncidentArgs() + " --target-version v20190208-c35c7e3", kIncident);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.err, "");
  // prow-version-known-bad leaves the judged alias window to
  // literal-default-alias: one cause, one finding.
  for (const char* rule : {"[literal-default-alias]", "[service-cluster-schedulable]",
                           "[job-secret-missing]"})
    EXPECT_NE(r.out.find(rule), std::string::npos) << rule;
  ExpectGolden(r.out, kIncident + "/expected/v20190208-c35c7e3.txt");
}

TEST(Incident20190208, RollbackTagPasses) {
  const auto r = RunBinary("lint" + IncidentArgs() + " --target-version v20190125-2aca69d", kIncident);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find(": error:"), std::string::npos);
  ExpectGolden(r.out, kIncident + "/expected/v20190125-2aca69d.txt");
}

TEST(Incident20190208, ImageReferenceWorksAsTargetVersion) {
  const auto r = RunBinary(
      "lint" + IncidentArgs() + " --target-version gcr.io/k8s-prow/plank:v20190208-c35c7e3",
      kIncident);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("[literal-default-alias]"), std::string::npos);
}

TEST(Incident20190208, JsonFollowsTheContract) {
  const auto r = RunBinary(
      "lint" + IncidentArgs() + " --target-version v20190208-c35c7e3 --format json", kIncident);
  EXPECT_EQ(r.code, 1);
  const auto doc = nlohmann::json::parse(r.out);
  const auto& s = doc.at("summary");
  EXPECT_EQ(s.at("jobs"), 8);
  EXPECT_EQ(s.at("presubmits"), 5);
  EXPECT_EQ(s.at("postsubmits"), 2);
  EXPECT_EQ(s.at("periodics"), 1);
  EXPECT_EQ(s.at("files"), 11);
  std::size_t errors = 0;
  for (const auto& f : doc.at("findings")) {
    for (const char* key : {"rule", "severity", "file", "line", "column", "message", "hint"})
      EXPECT_TRUE(f.contains(key)) << key << " missing in " << f.dump();
    EXPECT_GE(f.at("line").get<int>(), 1);
    EXPECT_GE(f.at("column").get<int>(), 1);
    EXPECT_FALSE(fs::path(f.at("file").get<std::string>()).is_absolute());
    errors += f.at("severity") == "error";
  }
  EXPECT_EQ(s.at("errors"), errors);
}

TEST(ExitCodes, UsageErrorsExitTwo) {
  for (const std::string& args :
       {std::string("lint --no-such-flag"), std::string("lint --config-path x --format xml"),
        std::string("lint --config-path x --target-version 2019-02-08"),
        std::string("lint --config-path x --inventory default"),
        std::string("lint --config-path x --only job-secret-mising"), std::string("lint"),
        std::string("lint --job-config-path x --kubeconfig-suffix .yaml"), std::string("")}) {
    const auto r = RunBinary(args);
    EXPECT_EQ(r.code, 2) << args << "\n" << r.out << r.err;
  }
  const auto r = RunBinary("lint --config-path x --only job-secret-mising");
  EXPECT_NE(r.err.find("did you mean \"job-secret-missing\"?"), std::string::npos) << r.err;
}

TEST(ExitCodes, TyposGetDidYouMean) {
  const auto command = RunBinary("lnt");
  EXPECT_EQ(command.code, 2);
  EXPECT_EQ(command.err,
            "prowlint: unknown command \"lnt\"; did you mean \"lint\"?\n"
            "Run prowlint help for the commands.\n");
  const auto flag = RunBinary("lint --confg-path x");
  EXPECT_EQ(flag.code, 2);
  EXPECT_EQ(flag.err,
            "prowlint lint: unknown flag \"--confg-path\"; did you mean \"--config-path\"?\n"
            "Run prowlint help lint for the flags.\n");
  const auto joined = RunBinary("lint --job-config-pth=jobs");
  EXPECT_NE(joined.err.find("did you mean \"--job-config-path\"?"), std::string::npos) << joined.err;
  const auto top = RunBinary("--verison");
  EXPECT_EQ(top.code, 2);
  EXPECT_NE(top.err.find("did you mean \"--version\"?"), std::string::npos) << top.err;
}

// Issue 23: what a user sees on a first try.
TEST(ExitCodes, BareProwlintPrintsTheCommands) {
  const auto r = RunBinary("");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind("usage: prowlint COMMAND [FLAGS]\n", 0), 0u) << r.err;
  for (const char* command : {"lint", "plan", "rules", "explain", "version", "help"})
    EXPECT_NE(r.err.find("\n  " + std::string(command) + " "), std::string::npos) << command;
  EXPECT_EQ(r.err.find("A subcommand is required"), std::string::npos) << r.err;
}

TEST(ExitCodes, BadValueGetsDidYouMean) {
  const auto r = RunBinary("lint --config-path x --fail-on warnings");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("did you mean \"warning\"?"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("Run with --help"), std::string::npos) << r.err;
  const auto format = RunBinary("plan --config-path x --format jsn");
  EXPECT_EQ(format.code, 2);
  EXPECT_NE(format.err.find("did you mean \"json\"?"), std::string::npos) << format.err;
}

TEST(ExitCodes, TruncatedFlagSuggestsTheFlagItBegins) {
  // "--kubeconfig" is fewer edits away, but the user stopped typing "--job-config-path".
  const auto r = RunBinary("lint --job-config jobs");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("unknown flag \"--job-config\"; did you mean \"--job-config-path\"?"),
            std::string::npos)
      << r.err;
}

TEST(ExitCodes, HelpShowsFullNameExampleAndExitCodes) {
  for (const std::string command : {"lint", "plan", "rules", "explain", "version", "help"}) {
    for (const std::string& args : {"help " + command, command + " --help"}) {
      const auto r = RunBinary(args);
      EXPECT_EQ(r.code, 0) << args;
      EXPECT_NE(r.out.find("Usage: prowlint " + command), std::string::npos) << args << r.out;
      EXPECT_NE(r.out.find("Example:\n  prowlint " + command), std::string::npos) << args << r.out;
      EXPECT_NE(r.out.find("Exit codes:\n  0  clean"), std::string::npos) << args << r.out;
      EXPECT_NE(r.out.find("\n  3  input error"), std::string::npos) << args << r.out;
    }
  }
  EXPECT_NE(RunBinary("help").out.find("Exit codes:"), std::string::npos);
}

TEST(ExitCodes, HelpCommand) {
  const auto all = RunBinary("help");
  EXPECT_EQ(all.code, 0);
  for (const char* command : {"lint", "rules", "explain", "version", "help"})
    EXPECT_NE(all.out.find("\n  " + std::string(command) + " "), std::string::npos) << command;
  const auto lint = RunBinary("help lint");
  EXPECT_EQ(lint.code, 0);
  EXPECT_NE(lint.out.find("--target-version"), std::string::npos);
  EXPECT_NE(lint.out.find("--per-job"), std::string::npos);
  EXPECT_EQ(lint.out.find("\n  rules "), std::string::npos) << "the command's help, not the list";
  const auto unknown = RunBinary("help lnt");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_NE(unknown.err.find("did you mean \"lint\"?"), std::string::npos);
}

TEST(ExitCodes, FailOnNoneReportsWithoutFailing) {
  const auto r = RunBinary("lint" + IncidentArgs() + " --target-version v20190208-c35c7e3 --fail-on none",
                           kIncident);
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("[literal-default-alias]"), std::string::npos);
}

TEST(Outputs, QuietPrintsOneLinePerFinding) {
  const auto r = RunBinary("lint" + IncidentArgs() + " --target-version v20190208-c35c7e3 --quiet",
                           kIncident);
  EXPECT_EQ(r.code, 1);
  std::size_t lines = 0;
  for (char c : r.out) lines += c == '\n';
  EXPECT_EQ(lines, 9u) << r.out;
  EXPECT_EQ(r.out.find("note:"), std::string::npos);
  EXPECT_EQ(r.out.find("hint:"), std::string::npos);
  EXPECT_NE(r.out.find("\nconfig/jobs/kubernetes/kubernetes/kubernetes-presubmits.yaml:5:11: error: "),
            std::string::npos)
      << r.out;
}

TEST(Incident20190208, FindingsSitInTheRepositoryAndTheSecretIsOnlyRelated) {
  // The credentials are a Secret outside the repository in real life: no
  // finding may be anchored there, but they appear as related places.
  for (const char* version : {"v20190208-c35c7e3", "v20190125-2aca69d"}) {
    SCOPED_TRACE(version);
    const auto r = RunBinary(
        "lint" + IncidentArgs() + " --target-version " + version + " --format json", kIncident);
    const auto doc = nlohmann::json::parse(r.out);
    ASSERT_FALSE(doc.at("findings").empty());
    bool related_secret = false;
    for (const auto& f : doc.at("findings")) {
      const std::string file = f.at("file");
      EXPECT_TRUE(file.rfind("config/jobs/", 0) == 0 || file.rfind("prow/", 0) == 0) << file;
      for (const auto& r : f.value("related", nlohmann::json::array()))
        related_secret = related_secret || r.at("file") == "cluster/build-cluster.yaml";
    }
    EXPECT_TRUE(related_secret);
  }
}

TEST(Incident20190208, SarifPathsAreRelativeToTheRepositoryAndValid) {
  const fs::path out = fs::temp_directory_path() / ("prowlint-incident-" + std::to_string(getpid()) + ".sarif");
  const auto r = RunBinary("lint" + IncidentArgs() +
                               " --target-version v20190208-c35c7e3 --format sarif --output " +
                               out.string(),
                           kIncident);
  EXPECT_EQ(r.code, 1) << r.err;
  const auto sarif = nlohmann::json::parse(testing::ReadFileOrDie(out.string()));
  const auto& run = sarif.at("runs")[0];
  EXPECT_FALSE(run.at("tool").at("driver").at("informationUri").get<std::string>().empty());
  for (const auto& rule : run.at("tool").at("driver").at("rules"))
    EXPECT_NE(rule.at("helpUri").get<std::string>().find("/rules/"), std::string::npos);
  // The test runs inside the repository: paths start at its root.
  const std::string prefix = "testdata/incidents/2019-02-08/";
  bool related_secret = false;
  for (const auto& result : run.at("results")) {
    const auto& where = result.at("locations")[0].at("physicalLocation").at("artifactLocation");
    EXPECT_EQ(where.at("uriBaseId"), "%SRCROOT%");
    const std::string uri = where.at("uri");
    EXPECT_TRUE(uri.rfind(prefix + "config/jobs/", 0) == 0 || uri.rfind(prefix + "prow/", 0) == 0)
        << uri;
    for (const auto& rel : result.value("relatedLocations", nlohmann::json::array()))
      related_secret = related_secret || rel.at("physicalLocation").at("artifactLocation").at("uri") ==
                                             prefix + "cluster/build-cluster.yaml";
  }
  EXPECT_TRUE(related_secret);
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "the schema is in ../shared";
  const std::string check = "python3 '" + testing::SourceDir() +
                            "/testdata/reporters/validate_sarif.py' '" + testing::SharedDir() +
                            "/schemas/sarif-schema-2.1.0.json' '" + out.string() + "' >/dev/null 2>&1";
  EXPECT_EQ(std::system(check.c_str()), 0);
  fs::remove(out);
}

TEST(Outputs, SarifGivesFilesOutsideTheRepositoryAsFileUris) {
  // A kubeconfig in /tmp, as a CI job writes one from a Secret.
  const fs::path kubeconfig = fs::temp_directory_path() / ("prowlint-kc-" + std::to_string(getpid()) + ".yaml");
  fs::copy_file(testing::SourceDir() + "/testdata/rules/service-cluster-schedulable/fail/kubeconfig.yaml",
                kubeconfig, fs::copy_options::overwrite_existing);
  const auto r = RunBinary("lint --config-path config.yaml --kubeconfig " + kubeconfig.string() +
                               " --format sarif",
                           testing::SourceDir() + "/testdata/rules/service-cluster-schedulable/fail");
  fs::remove(kubeconfig);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("\"uri\": \"file://" + kubeconfig.string() + "\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"uri\": \"testdata/rules/service-cluster-schedulable/fail/config.yaml\""),
            std::string::npos);
}

TEST(Ci, RunRefusesACloneWithoutShared) {
  // .ci/run in a checkout with nothing beside it: it must fail before
  // building, not skip the corpus tests.
  const fs::path root = fs::temp_directory_path() / ("prowlint-ci-" + std::to_string(getpid()));
  fs::create_directories(root / "repo" / ".ci");
  fs::copy_file(testing::SourceDir() + "/.ci/run", root / "repo" / ".ci" / "run");
  const auto r = testing::RunCommand("'" + (root / "repo" / ".ci" / "run").string() + "'");
  fs::remove_all(root);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(".ci/run: ../shared (the Prow corpus and the SARIF schema) must be beside "
                       "the checkout"),
            std::string::npos)
      << r.err;
}

TEST(ExitCodes, HelpExitsZero) {
  const auto r = RunBinary("lint --help");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--target-version"), std::string::npos);
}

TEST(ExitCodes, MissingInputExitsThreeNamingTheFile) {
  const auto r = RunBinary("lint --config-path no/such/config.yaml");
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("no/such/config.yaml: error: cannot read Prow config: No such file or directory"),
            std::string::npos)
      << r.err;
}

TEST(ExitCodes, YamlErrorExitsThreeWithLineAndColumn) {
  const fs::path dir = fs::temp_directory_path() / ("prowlint-e2e-" + std::to_string(getpid()));
  fs::create_directories(dir / "jobs");
  std::ofstream(dir / "jobs" / "bad.yaml") << "presubmits:\n  org/repo:\n  - name: [unclosed\n";
  const auto r = RunBinary("lint --job-config-path jobs", dir.string());
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("jobs/bad.yaml:4:1: error: "), std::string::npos) << r.err;
  const auto j = RunBinary("lint --job-config-path jobs --format json", dir.string());
  EXPECT_EQ(j.code, 3);
  const auto doc = nlohmann::json::parse(j.out);
  ASSERT_EQ(doc.at("input_errors").size(), 1u);
  EXPECT_EQ(doc.at("input_errors")[0].at("file"), "jobs/bad.yaml");
  EXPECT_EQ(doc.at("input_errors")[0].at("line"), 4);
  fs::remove_all(dir);
}

TEST(Colour, NeverIntoAPipeUnlessForced) {
  const std::string args = "lint" + IncidentArgs() + " --target-version v20190208-c35c7e3";
  EXPECT_EQ(RunBinary(args, kIncident).out.find("\x1b["), std::string::npos);
  EXPECT_EQ(RunBinary(args + " --color never", kIncident).out.find("\x1b["), std::string::npos);
  EXPECT_NE(RunBinary(args + " --color always", kIncident).out.find("\x1b["), std::string::npos);
  const auto no_color = RunBinary(args + " --color auto", kIncident, "NO_COLOR=1");
  EXPECT_EQ(no_color.code, 1);
  EXPECT_EQ(no_color.out.find("\x1b["), std::string::npos);
}

TEST(Inputs, AreNeverModified) {
  std::map<std::string, std::pair<std::string, fs::file_time_type>> before;
  for (const auto& e : fs::recursive_directory_iterator(kIncident))
    if (e.is_regular_file())
      before[e.path().string()] = {testing::ReadFileOrDie(e.path().string()), e.last_write_time()};
  RunBinary("lint" + IncidentArgs() + " --target-version v20190208-c35c7e3 --format json", kIncident);
  for (const auto& [path, state] : before) {
    EXPECT_EQ(testing::ReadFileOrDie(path), state.first) << path;
    EXPECT_EQ(fs::last_write_time(path), state.second) << path;
  }
}

TEST(RulesCommand, ListsEveryRuleAndPrintsDocs) {
  const auto list = RunBinary("rules");
  EXPECT_EQ(list.code, 0);
  for (const char* id : {"literal-default-alias", "service-cluster-schedulable", "job-secret-missing",
                         "job-configmap-missing", "job-service-account-missing",
                         "job-volume-undefined", "job-cluster-unknown", "config-duplicate-key"})
    EXPECT_NE(list.out.find(id), std::string::npos) << id;
  const auto doc = RunBinary("rules job-secret-missing");
  EXPECT_EQ(doc.code, 0);
  EXPECT_EQ(doc.out, testing::ReadFileOrDie(testing::SourceDir() + "/rules/job_secret_missing.md"));
  const auto unknown = RunBinary("rules job-secret");
  EXPECT_EQ(unknown.code, 2);
  EXPECT_NE(unknown.err.find("did you mean"), std::string::npos);
}

// SOURCE_DATE_EPOCH is the run date a staging tag's age counts to; the
// clock's day otherwise. A value that is not seconds is a usage error.
TEST(RunDate, SourceDateEpochSetsIt) {
  const std::string fixture =
      testing::SourceDir() + "/testdata/rules/prow-tool-image-skew/fail-staging-gc";
  const std::string args =
      "lint --only prow-tool-image-skew --no-rules-config --config-path config.yaml "
      "--job-config-path jobs --deploy-dir deploy";
  const auto pinned = RunBinary(args, fixture, "SOURCE_DATE_EPOCH=1772323200");
  EXPECT_NE(pinned.out.find("v20240801-a5d9345e59, 577 days old on 2026-03-01 (the run date)"),
            std::string::npos)
      << pinned.out << pinned.err;
  const auto bad = RunBinary(args, fixture, "SOURCE_DATE_EPOCH=2026-03-01");
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err,
            "prowlint: SOURCE_DATE_EPOCH must be seconds since 1970-01-01 UTC, not "
            "\"2026-03-01\"\n");
}

TEST(VersionCommand, PrintsTheVersion) {
  const auto r = RunBinary("version");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("prowlint ", 0), 0u);
  const auto flag = RunBinary("--version");
  EXPECT_EQ(flag.code, 0);
  EXPECT_EQ(flag.out, r.out);
}

TEST(ExitCodes, InventoryAliasMustBeACredentialAlias) {
  const auto r = RunBinary("lint" + IncidentArgs() + " --inventory securty=inventory/security.txt",
                           kIncident);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--inventory securty=inventory/security.txt: the credentials define no "
                       "alias \"securty\"; did you mean \"security\"?"),
            std::string::npos)
      << r.err;
}

TEST(ExitCodes, ServiceClusterMustBeACredentialAlias) {
  // Misspelt, it judged no alias as the service cluster: a note, exit 0,
  // and service-cluster-schedulable silently passed.
  const std::string dir = testing::SourceDir() +
                          "/testdata/rules/service-cluster-schedulable/fail-service-cluster-alias";
  for (const char* command : {"lint", "plan"}) {
    SCOPED_TRACE(command);
    const auto r = RunBinary(std::string(command) +
                                 " --config-path config.yaml --kubeconfig kubeconfig.yaml "
                                 "--service-cluster test-infra-trustd",
                             dir);
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("--service-cluster test-infra-trustd: the credentials define no alias "
                         "\"test-infra-trustd\"; did you mean \"test-infra-trusted\"?"),
              std::string::npos)
        << r.err;
  }
  // Without credentials no alias is known: nothing to check it against.
  const auto unchecked =
      RunBinary("lint --config-path config.yaml --service-cluster test-infra-trustd", dir);
  EXPECT_EQ(unchecked.code, 0) << unchecked.err;
}

TEST(ExitCodes, AnInventoryThatListsNothingIsAnInputError) {
  const auto r = RunBinary("lint" + IncidentArgs() + " --inventory security=prow/config.yaml",
                           kIncident);
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("prow/config.yaml: error: lists no secrets, config maps or service accounts"),
            std::string::npos)
      << r.err;
}

TEST(Outputs, JsonSurvivesANonUtf8FileName) {
  const fs::path dir = fs::temp_directory_path() / ("prowlint-name-" + std::to_string(getpid()));
  fs::create_directories(dir / "jobs");
  std::ofstream(dir / "jobs" / "caf\xe9.yaml")
      << "periodics:\n- name: a\n  interval: 1h\n  spec:\n    containers:\n    - image: x\n"
         "      volumeMounts: [{name: nowhere, mountPath: /x}]\n";
  for (const char* format : {"json", "sarif"}) {
    const auto r = RunBinary(std::string("lint --job-config-path jobs --format ") + format, dir.string());
    EXPECT_EQ(r.code, 1) << format << ": " << r.err;
    EXPECT_TRUE(nlohmann::json::accept(r.out)) << format << ": not JSON";
  }
  fs::remove_all(dir);
}

TEST(ExitCodes, BrokenQuotingIsAnInputErrorNotAPass) {
  const fs::path dir = fs::temp_directory_path() / ("prowlint-quote-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "jobs.yaml") << "periodics:\n- name: a\n  interval: \"1h\n  spec: {}\n";
  const auto r = RunBinary("lint --job-config-path jobs.yaml", dir.string());
  EXPECT_EQ(r.code, 3);
  EXPECT_NE(r.err.find("jobs.yaml:3:13: error: quoted string is never closed"), std::string::npos)
      << r.err;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace prowlint
