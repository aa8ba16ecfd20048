// SPDX-License-Identifier: Apache-2.0
// Golden tests: every testdata/rules/<rule-id>/<case>/ runs `prowlint lint`
// with the case's `args`, only that rule, no colour, from the case directory,
// and must print exactly expected.txt (stdout, then "[exit N]"). An extra
// finding fails as surely as a missing one. Cases named fail* must report
// the rule; cases named clean* must report nothing and exit 0.
// PROWLINT_UPDATE_GOLDEN=1 rewrites the goldens; review the diff like code.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "lint/engine/fingerprint.h"
#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

struct Fixture {
  std::string rule;
  std::string name;  // fail, fail-boundary, clean...
  fs::path dir;
};

// What gtest and ctest show for a case: "rule/case", not the struct's bytes.
void PrintTo(const Fixture& f, std::ostream* os) { *os << f.rule << "/" << f.name; }

std::vector<Fixture> DiscoverFixtures() {
  std::vector<Fixture> out;
  const fs::path root = fs::path(testing::SourceDir()) / "testdata" / "rules";
  for (const auto& rule : fs::directory_iterator(root)) {
    if (!rule.is_directory()) continue;
    for (const auto& c : fs::directory_iterator(rule.path())) {
      if (c.is_directory())
        out.push_back({rule.path().filename().string(), c.path().filename().string(), c.path()});
    }
  }
  std::sort(out.begin(), out.end(), [](const Fixture& a, const Fixture& b) {
    return std::tie(a.rule, a.name) < std::tie(b.rule, b.name);
  });
  return out;
}

std::string FixtureName(const ::testing::TestParamInfo<Fixture>& info) {
  std::string name = info.param.rule + "_" + info.param.name;
  for (char& c : name)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

// What `prowlint lint --only RULE ARGS...` prints from the fixture's
// directory. A .prowlint.yaml in the fixture is its own; one above it (say, a
// user's at the repository root) must not change any golden.
// `output` chooses the format (text without colour by default).
testing::RunResult RunFixture(const std::string& rule, const fs::path& dir,
                              const std::vector<std::string>& output = {"--color", "never"}) {
  std::vector<std::string> args{"lint", "--only", rule};
  args.insert(args.end(), output.begin(), output.end());
  if (fs::exists(dir / ".prowlint.yaml")) {
    args.insert(args.end(), {"--rules-config", ".prowlint.yaml"});
  } else {
    args.push_back("--no-rules-config");
  }
  for (std::string& a : testing::ReadArgs((dir / "args").string())) args.push_back(a);
  return testing::RunInProcess(args, dir.string());
}

class RuleGoldenTest : public ::testing::TestWithParam<Fixture> {};

TEST_P(RuleGoldenTest, MatchesExpected) {
  const Fixture& f = GetParam();
  const testing::RunResult r = RunFixture(f.rule, f.dir);
  const std::string actual = r.out + "[exit " + std::to_string(r.code) + "]\n";
  const fs::path golden = f.dir / "expected.txt";
  testing::ExpectGolden(golden.string(), actual, "stderr: " + r.err);
  EXPECT_EQ(r.err, "");
  const std::string tag = "[" + f.rule + "]";
  if (f.name.rfind("fail", 0) == 0) {
    EXPECT_NE(actual.find(tag), std::string::npos) << "a failing fixture must report " << f.rule;
  } else {
    ASSERT_EQ(f.name.rfind("clean", 0), 0u) << "fixture names start with fail or clean";
    EXPECT_EQ(actual.find(tag), std::string::npos) << "a clean fixture must not report";
    EXPECT_EQ(r.code, 0);
  }
}

// Every finding of every fixture has a stable subject, its identity across
// revisions and baselines (lint/engine/fingerprint.h): something named, never a
// Prow tag. The engine turns a finding without a subject into an internal
// error; a tag in one only this test catches (user names may hold tags).
TEST_P(RuleGoldenTest, EveryFindingHasAStableSubject) {
  const Fixture& f = GetParam();
  const testing::RunResult r = RunFixture(f.rule, f.dir, {"--format", "json"});
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  for (const nlohmann::json& finding : doc.at("findings")) {
    SCOPED_TRACE(finding.dump());
    EXPECT_NE(finding.at("rule"), "internal-error");
    const nlohmann::json& subject = finding.at("subject");
    const Subject s{subject.at("object"), subject.value("cluster", "")};
    EXPECT_TRUE(StableSubject(s)) << s.object;
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleGoldenTest, ::testing::ValuesIn(DiscoverFixtures()),
                         FixtureName);

// A copy of a failing fixture inside a repository whose root .prowlint.yaml
// disables that very rule still prints the fixture's golden.
TEST(RuleGoldenHarnessTest, ProjectConfigAboveFixturesChangesNothing) {
  const fs::path source =
      fs::path(testing::SourceDir()) / "testdata" / "rules" / "literal-default-alias" / "fail";
  const fs::path repo = fs::temp_directory_path() / ("prowlint-golden-" + std::to_string(getpid()));
  fs::remove_all(repo);
  const fs::path copy = repo / "testdata" / "rules" / "literal-default-alias" / "fail";
  fs::create_directories(repo / ".git");
  fs::create_directories(copy);
  fs::copy(source, copy, fs::copy_options::recursive);
  std::ofstream(repo / ".prowlint.yaml") << "disable: [literal-default-alias]\nfail-on: info\n";
  const testing::RunResult r = RunFixture("literal-default-alias", copy);
  fs::remove_all(repo);
  EXPECT_EQ(r.out + "[exit " + std::to_string(r.code) + "]\n",
            testing::ReadFileOrDie((source / "expected.txt").string()));
}

}  // namespace
}  // namespace prowlint
