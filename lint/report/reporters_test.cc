// SPDX-License-Identifier: Apache-2.0
// Every output format over one fixed set of findings (and one set of input
// errors), compared with goldens in testdata/reporters/; the SARIF goldens are
// validated against the SARIF 2.1.0 schema; GitHub's escaping is tested with
// commas, colons, percent signs and newlines in messages and paths.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/junit_reporter.h"
#include "lint/report/markdown_reporter.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"
#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

const std::string kDir = "testdata/reporters";

// The fixed finding set. Paths are relative to the repository root, where
// the test runs.
struct Fixture {
  Fixture() {
    jobs = sources.Add(kDir + "/jobs.yaml");
    odd = sources.Add("jobs/odd, name: 100%.yaml");  // not a file: no snippet
    secret = sources.Add(kDir + "/kubeconfig.yaml", /*sensitive=*/true);
    outside = sources.Add("/tmp/build-kubeconfig", /*sensitive=*/true);
    baseline = sources.Add(kDir + "/baseline.yaml");
    report.sources = &sources;
    report.tool_version = "0.1.0";
    report.tool_uri = "https://example.org/prowlint";
    // Displayed paths are relative to a subdirectory of the repository:
    // SARIF makes them relative to its root, and /tmp absolute.
    report.working_dir = "/src/repo/prow";
    report.repo_root = "/src/repo";
    report.rules = {
        {"job-secret-missing", "A job needs a secret that does not exist.", Severity::kError,
         "# job-secret-missing\n\nA job needs a secret that does not exist.\n\n## Why it "
         "matters\n\nPods wait for secrets\nthat never come.\n\n## Example\n", true, ""},
        {"config-duplicate-key", "A key is written twice.", Severity::kWarning,
         "# config-duplicate-key\n\nA key is written twice.\n", true, ""},
        {"job-cluster-unknown", "A job's alias is unknown.", Severity::kError,
         "# job-cluster-unknown\n\nA job's alias is unknown.\n", true, ""},
        {"job-volume-undefined", "A mount names no volume.", Severity::kError,
         "# job-volume-undefined\n\nA mount names no volume.\n", /*ran=*/false, ""},
        {"job-configmap-missing", "A job needs a config map that does not exist.",
         Severity::kError, "# job-configmap-missing\n\nA job needs a config map.\n", true,
         "no --inventory given: what exists in the clusters was not checked"},
    };
    report.notes = {"no --target-version given: judged as today's Prow"};

    Finding missing;
    missing.rule_id = "job-secret-missing";
    missing.severity = Severity::kError;
    missing.pos = {jobs, 6, 7};
    missing.message = "job \"pull-kubernetes-e2e\" needs secret \"service-account\"";
    missing.hint = "create secret \"service-account\" in \"test-pods\"";
    missing.job = "pull-kubernetes-e2e";
    missing.related = {{{jobs, 11, 17}, "the volume is mounted here"}};
    missing.subject = {"secret test-pods/service-account", "build"};

    Finding odd_text;
    odd_text.rule_id = "config-duplicate-key";
    odd_text.severity = Severity::kWarning;
    odd_text.pos = {odd, 3, 5};
    odd_text.message = "key \"a,b\" is written twice: 100% sure,\nsecond line";
    odd_text.hint = "keep one";
    odd_text.subject = {"key a,b in jobs/odd, name: 100%.yaml", ""};

    Finding in_secret;
    in_secret.rule_id = "job-cluster-unknown";
    in_secret.severity = Severity::kInfo;
    in_secret.pos = {secret, 2, 3};
    in_secret.message = "alias \"build\" is defined here";
    in_secret.subject = {"alias build", "build"};

    Finding suppressed = missing;
    suppressed.pos = {jobs, 11, 17};
    suppressed.message = "job \"pull-kubernetes-e2e\" needs secret \"cache\"";
    suppressed.suppressed = true;
    suppressed.justification = "created by the bootstrap job";

    Finding ignored = odd_text;
    ignored.pos = {odd, 9, 1};
    ignored.suppressed = true;
    ignored.external = true;
    ignored.justification = "ignore-paths jobs/** in .prowlint.yaml";

    // One cause that five jobs share.
    Finding unknown;
    unknown.rule_id = "job-cluster-unknown";
    unknown.severity = Severity::kError;
    unknown.pos = {jobs, 4, 11};
    unknown.message = "5 jobs run on cluster alias \"bulid\", which is not loaded";
    unknown.hint = "did you mean \"build\"?";
    unknown.jobs = {{"pull-kubernetes-e2e", {jobs, 4, 11}, "bulid", ""},
                    {"pull-kubernetes-unit", {jobs, 12, 11}, "bulid", ""},
                    {"ci-a", {odd, 1, 9}, "bulid", ""},
                    {"ci-b", {odd, 5, 9}, "bulid", ""},
                    {"ci-c", {odd, 9, 9}, "bulid", ""}};
    unknown.related = {{{outside, 7, 3}, "the credentials define \"build\" here"}};
    unknown.subject = {"alias bulid", ""};
    unknown.grouped = true;

    report.findings = {unknown, missing, suppressed, in_secret, odd_text, ignored};
    report.summary = {3, 6, 1, 0, 5, 2, 1, 1, 2, 4};
    report.baseline.applied = true;
    report.baseline.path = kDir + "/baseline.yaml";
    report.baseline.baselined = 4;
    report.baseline.stale = {{{"job-secret-missing", "", "secret test-pods/gone", "build"},
                              {baseline, 9, 3}}};

    errors.sources = &sources;
    errors.tool_version = "0.1.0";
    errors.rules = report.rules;
    errors.input_errors = {{{jobs, 4, 11}, "end of map not found"},
                           {{odd, 0, 0}, "cannot read job config: Permission denied"}};
    errors.summary.errors = 2;
  }

  SourceSet sources;
  FileId jobs, odd, secret, outside, baseline;
  Report report;
  Report errors;
};

std::string Render(const Report& r, const std::string& format) {
  std::ostringstream out;
  if (format == "txt") WriteText(r, TextOptions{false, true}, out);
  if (format == "json") WriteJson(r, out);
  if (format == "sarif") WriteSarif(r, out);
  if (format == "github") WriteGithub(r, out);
  if (format == "xml") WriteJunit(r, out);
  if (format == "md") WriteLintMarkdown(r, 0, {}, out);
  return out.str();
}

class ReportersTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { fs::current_path(testing::SourceDir()); }
};

void ExpectGolden(const std::string& actual, const std::string& name) {
  const std::string golden = kDir + "/" + name;
  testing::ExpectGolden(golden, actual);
}

TEST_P(ReportersTest, FindingsMatchGolden) {
  Fixture f;
  ExpectGolden(Render(f.report, GetParam()), "expected." + GetParam());
}

TEST_P(ReportersTest, InputErrorsMatchGolden) {
  Fixture f;
  ExpectGolden(Render(f.errors, GetParam()), "expected-errors." + GetParam());
}

// Code scanning matches results across runs by partialFingerprints: the
// finding's identity, not its line or message; and it refuses a result with
// over 1,000 related locations.
TEST(SarifTest, PartialFingerprintsFollowIdentityAndRelatedLocationsAreCapped) {
  Fixture f;
  auto fingerprint_of = [](const Report& r, std::size_t i) {
    std::ostringstream out;
    WriteSarif(r, out);
    return nlohmann::json::parse(out.str())
        .at("runs")[0]
        .at("results")[i]
        .at("partialFingerprints")
        .at("prowlintIdentity/v1")
        .get<std::string>();
  };
  const std::string before = fingerprint_of(f.report, 0);
  EXPECT_EQ(before.size(), 16u);
  Report moved = f.report;
  moved.findings[0].pos.line += 40;
  moved.findings[0].message = "the same cause, worded at another tag";
  EXPECT_EQ(fingerprint_of(moved, 0), before);
  Report other = f.report;
  other.findings[0].subject.object = "alias another";
  EXPECT_NE(fingerprint_of(other, 0), before);

  Report many = f.report;
  Finding& big = many.findings[0];
  big.jobs.clear();
  for (int i = 0; i < 1500; ++i)
    big.jobs.push_back({"job-" + std::to_string(i), {f.jobs, i + 1, 3}, "bulid", ""});
  std::ostringstream out;
  WriteSarif(many, out);
  const auto result = nlohmann::json::parse(out.str()).at("runs")[0].at("results")[0];
  EXPECT_EQ(result.at("relatedLocations").size(), 1000u);
  EXPECT_EQ(result.at("properties").at("relatedLocationsLeftOut"), 501);  // 1,500 jobs + 1 place
}

INSTANTIATE_TEST_SUITE_P(Formats, ReportersTest,
                         ::testing::Values("txt", "json", "sarif", "github", "xml", "md"));

TEST(ReportersTest, SarifIsValidAgainstTheSchema) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  fs::current_path(testing::SourceDir());
  const std::string schema = testing::SharedDir() + "/schemas/sarif-schema-2.1.0.json";
  ASSERT_TRUE(fs::exists(schema)) << schema;
  const std::string cmd = "python3 " + kDir + "/validate_sarif.py '" + schema + "' " + kDir +
                          "/expected.sarif " + kDir + "/expected-errors.sarif 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[4096];
  std::string out;
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  EXPECT_EQ(pclose(pipe), 0) << out;
  EXPECT_EQ(out, "2 valid\n");
}

TEST(ReportersTest, SchemaValidationCanFail) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  // The validator is not a rubber stamp: a result without a message fails.
  fs::current_path(testing::SourceDir());
  const std::string bad = (fs::temp_directory_path() / "prowlint-bad.sarif").string();
  std::ofstream(bad) << R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},)"
                     << R"( "results": [{"ruleId": "r"}]}]})";
  const std::string cmd = "python3 " + kDir + "/validate_sarif.py '" + testing::SharedDir() +
                          "/schemas/sarif-schema-2.1.0.json' " + bad + " >/dev/null 2>&1";
  EXPECT_NE(std::system(cmd.c_str()), 0);
  fs::remove(bad);
}

TEST(ReportersTest, GithubEscaping) {
  EXPECT_EQ(EscapeGithubData("a,b: 100%\r\nnext"), "a,b: 100%25%0D%0Anext");
  EXPECT_EQ(EscapeGithubProperty("dir, x/a:b%.yaml"), "dir%2C x/a%3Ab%25.yaml");
  EXPECT_EQ(EscapeGithubProperty("line\nbreak"), "line%0Abreak");
  Fixture f;
  const std::string out = Render(f.report, "github");
  EXPECT_NE(out.find("::warning file=jobs/odd%2C name%3A 100%25.yaml,line=3,col=5,"
                     "title=config-duplicate-key::key \"a,b\" is written twice: 100%25 sure,%0A"
                     "second line%0Ahint: keep one\n"),
            std::string::npos)
      << out;
  // One command per line: nothing unescaped breaks a line.
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) EXPECT_EQ(line.rfind("::", 0), 0u) << line;
}

TEST(ReportersTest, JunitIsWellFormedAndCountsAddUp) {
  Fixture f;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(Render(f.report, "xml").c_str()));
  const pugi::xml_node suite = doc.child("testsuites").child("testsuite");
  int tests = 0, failures = 0, skipped = 0;
  for (pugi::xml_node t : suite.children("testcase")) {
    ++tests;
    failures += t.child("failure") ? 1 : 0;
    skipped += t.child("skipped") ? 1 : 0;
  }
  EXPECT_EQ(suite.attribute("tests").as_int(), tests);
  EXPECT_EQ(suite.attribute("failures").as_int(), failures);
  EXPECT_EQ(suite.attribute("skipped").as_int(), skipped);
  EXPECT_EQ(failures, 2);  // only the errors; the warning is below fail-on
  EXPECT_EQ(skipped, 1);   // the rule without an inventory
}

TEST(ReportersTest, JunitSkipsARuleThatCouldNotJudge) {
  Fixture f;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(Render(f.report, "xml").c_str()));
  const pugi::xml_node test =
      doc.child("testsuites").child("testsuite").find_child_by_attribute("testcase", "name",
                                                                          "job-configmap-missing");
  ASSERT_TRUE(test);
  EXPECT_STREQ(test.child("skipped").attribute("message").value(),
               "no --inventory given: what exists in the clusters was not checked");
}

TEST(ReportersTest, TextListsAFewJobsOrAllUnderVerbose) {
  Fixture f;
  std::ostringstream few, all, quiet;
  WriteText(f.report, TextOptions{false, true, false, false}, few);
  WriteText(f.report, TextOptions{false, true, true, false}, all);
  WriteText(f.report, TextOptions{false, true, false, true}, quiet);
  EXPECT_NE(few.str().find("note: job \"ci-a\"\n  and 2 more jobs (--verbose lists them)\n"),
            std::string::npos)
      << few.str();
  EXPECT_EQ(few.str().find("\"ci-c\""), std::string::npos);
  EXPECT_NE(all.str().find("jobs/odd, name: 100%.yaml:9:9: note: job \"ci-c\"\n"), std::string::npos)
      << all.str();
  EXPECT_EQ(all.str().find("more jobs"), std::string::npos);
  // --quiet: one line per finding and nothing else.
  EXPECT_EQ(quiet.str(),
            "testdata/reporters/jobs.yaml:4:11: error: 5 jobs run on cluster alias \"bulid\", "
            "which is not loaded [job-cluster-unknown]\n"
            "testdata/reporters/jobs.yaml:6:7: error: job \"pull-kubernetes-e2e\" needs secret "
            "\"service-account\" [job-secret-missing]\n"
            "testdata/reporters/kubeconfig.yaml:2:3: info: alias \"build\" is defined here "
            "[job-cluster-unknown]\n"
            "jobs/odd, name: 100%.yaml:3:5: warning: key \"a,b\" is written twice: 100% sure,\\n"
            "second line [config-duplicate-key]\n");
}

// With a base compared: new findings marked, existing ones counted (listed
// and marked, or left out by --new-only), and the base findings the change
// fixes listed, with their base-side places.
TEST(ReportersTest, ACompareMarksNewCountsExistingAndListsFixed) {
  Fixture f;
  std::size_t marked_existing = 0;
  for (Finding& finding : f.report.findings) {
    finding.change = finding.rule_id == "job-secret-missing" || finding.suppressed
                         ? Finding::Change::kExisting
                         : Finding::Change::kNew;
    marked_existing += finding.change == Finding::Change::kExisting;
  }
  auto gone = [&](const std::string& rule, int line, const std::string& secret) {
    Finding g;
    g.rule_id = rule;
    g.severity = Severity::kWarning;
    g.pos = {f.jobs, line, 3};
    g.message = "job \"old\" needs secret \"" + secret + "\"";
    g.subject = {"secret test-pods/" + secret, "build"};
    return g;
  };
  AddComparison(f.report, ExistingFindings::kMarked, 0,
                {gone("plugin-unknown", 2, "a"), gone("job-secret-missing", 8, "b"),
                 gone("job-secret-missing", 9, "c")},
                f.sources);

  const std::string text = Render(f.report, "txt");
  EXPECT_NE(text.find("jobs.yaml:4:11: error [new]: 5 jobs run on cluster alias"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("jobs.yaml:6:7: error: job \"pull-kubernetes-e2e\" needs"),
            std::string::npos);
  EXPECT_NE(text.find("\nfixed by this change: 3 (job-secret-missing \u00d72, plugin-unknown "
                      "\u00d71)\n2 errors, 1 warning, 1 info in 3 files (6 jobs); 2 suppressed; "
                      "4 baselined; 3 existing (the base has them too)\n"),
            std::string::npos)
      << text;

  const auto json = nlohmann::json::parse(Render(f.report, "json"));
  std::size_t listed_existing = 0;
  for (const auto& finding : json.at("findings"))
    listed_existing += finding.at("change") == "existing";
  EXPECT_EQ(listed_existing, marked_existing);
  EXPECT_EQ(json.at("summary").at("existing"), marked_existing);
  EXPECT_EQ(json.at("summary").at("fixed"), 3);
  ASSERT_EQ(json.at("fixed").size(), 3u);
  EXPECT_EQ(json.at("fixed")[1],
            nlohmann::json::parse(R"({"rule": "job-secret-missing", "severity": "warning",
                "message": "job \"old\" needs secret \"b\"",
                "subject": {"object": "secret test-pods/b", "cluster": "build"},
                "base_location": "testdata/reporters/jobs.yaml:8"})"));

  const std::string md = Render(f.report, "md");
  EXPECT_NE(md.find("\n### Fixed by this change\n\n"
                    "- :white_check_mark: 2 [`[job-secret-missing]`](https://example.org/prowlint/"
                    "blob/v0.1.0/rules/job_secret_missing.md), e.g. job \"old\" needs secret "
                    "\"b\" — `testdata/reporters/jobs.yaml:8` (base)\n"
                    "- :white_check_mark: 1 [`[plugin-unknown]`](https://example.org/prowlint/"
                    "blob/v0.1.0/rules/plugin_unknown.md): job \"old\" needs secret \"a\" — "
                    "`testdata/reporters/jobs.yaml:2` (base)\n"),
            std::string::npos)
      << md;

  // --new-only: the existing ones are left out and counted; nothing fixed
  // is still an empty list, as the run was compared.
  Fixture new_only;
  AddComparison(new_only.report, ExistingFindings::kLeftOut, 7, {}, new_only.sources);
  EXPECT_NE(
      Render(new_only.report, "txt").find("; 4 baselined; 7 existing left out (--new-only)\n"),
      std::string::npos);
  const auto left_out = nlohmann::json::parse(Render(new_only.report, "json"));
  EXPECT_EQ(left_out.at("summary").at("existing"), 7);
  EXPECT_EQ(left_out.at("fixed"), nlohmann::json::array());
  EXPECT_EQ(Render(new_only.report, "txt").find("fixed by"), std::string::npos);
  // Not compared: no "fixed" list, and no finding marked new.
  const std::string plain = Render(Fixture().report, "txt");
  EXPECT_EQ(plain.find("[new]"), std::string::npos);
  EXPECT_FALSE(nlohmann::json::parse(Render(Fixture().report, "json")).contains("fixed"));
}

TEST(ReportersTest, TextNeverQuotesSensitiveFiles) {
  Fixture f;
  const std::string out = Render(f.report, "txt");
  EXPECT_NE(out.find(kDir + "/kubeconfig.yaml:2:3: info:"), std::string::npos);
  EXPECT_EQ(out.find("   2 |"), std::string::npos) << out;
}

}  // namespace
}  // namespace prowlint
