// SPDX-License-Identifier: Apache-2.0
// Every rule is complete: a kebab-case id, a doc whose first paragraph is the
// rule's summary and whose Output block is what the failing fixture prints,
// a failing and a clean fixture, and nothing under testdata/rules that is not
// a rule. Nobody has to remember the checklist in STYLE.md §6.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "cmd/prowlint/rules_command.h"
#include "lint/testing/golden.h"
#include "lint/testing/test_util.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

std::string Stem(std::string_view id) {
  std::string s(id);
  for (char& c : s)
    if (c == '-') c = '_';
  return s;
}

// The text of the first ``` block after `heading`.
std::string CodeBlockAfter(const std::string& doc, const std::string& heading) {
  const auto at = doc.find(heading);
  if (at == std::string::npos) return "<no " + heading + ">";
  const auto open = doc.find("```\n", at);
  const auto close = doc.find("```\n", open + 4);
  if (open == std::string::npos || close == std::string::npos) return "<no code block>";
  return doc.substr(open + 4, close - open - 4);
}

TEST(RuleCompleteness, IdsAreKebabCaseUniqueAndSorted) {
  std::vector<std::string> ids;
  for (const auto& r : rules::AllRules()) ids.emplace_back(r->Info().id);
  ASSERT_FALSE(ids.empty());
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
  for (const std::string& id : ids)
    EXPECT_TRUE(std::regex_match(id, std::regex("[a-z]+(-[a-z]+)+"))) << id;
}

TEST(RuleCompleteness, EveryRuleHasDocAndFixtures) {
  const fs::path src = testing::SourceDir();
  for (const auto& rule : rules::AllRules()) {
    const RuleInfo& info = rule->Info();
    SCOPED_TRACE(std::string(info.id));
    const fs::path doc_path = src / "rules" / (Stem(info.id) + ".md");
    ASSERT_TRUE(fs::exists(doc_path));
    const std::string doc = testing::ReadFileOrDie(doc_path.string());
    EXPECT_EQ(rules::RuleDoc(info.id), doc) << "rebuild: the compiled-in doc is stale";
    const std::string expected_head =
        "# " + std::string(info.id) + "\n\n" + std::string(info.summary) + "\n\n";
    EXPECT_EQ(doc.substr(0, expected_head.size()), expected_head);
    for (const char* section :
         {"## Why it matters", "## Example", "## Output", "## How to fix", "## Limitations"})
      EXPECT_NE(doc.find(section), std::string::npos) << "missing " << section;
    // `prowlint explain` prints the doc to users: cite what they can open,
    // Prow's source and public issues, never the project's own notes.
    EXPECT_EQ(doc.find("prow-semantics"), std::string::npos) << "cites a file users lack";
    // Rules about Prow's behaviour cite it; the suppression-* rules are about
    // prowlint's own directives.
    if (!info.Has(RuleTag::kAboutSuppressions)) {
      EXPECT_TRUE(
          std::regex_search(doc, std::regex(R"(kubernetes-sigs/prow|kubernetes/test-infra)")))
          << "cite Prow's source or a public issue";
    }
    EXPECT_TRUE(fs::exists(src / "rules" / (Stem(info.id) + ".cc")));

    const fs::path fixtures = src / "testdata" / "rules" / std::string(info.id);
    ASSERT_TRUE(fs::is_directory(fixtures));
    bool fail = false, clean = false;
    for (const auto& c : fs::directory_iterator(fixtures)) {
      const std::string name = c.path().filename().string();
      fail = fail || name.rfind("fail", 0) == 0;
      clean = clean || name.rfind("clean", 0) == 0;
    }
    EXPECT_TRUE(fail) << "no fail fixture";
    EXPECT_TRUE(clean) << "no clean fixture";

    // The doc's Output is what the failing fixture prints (less the exit line
    // the golden adds), under the command that prints it, so the doc cannot
    // go stale and its example can be run as written.
    std::string golden = testing::ReadFileOrDie((fixtures / "fail" / "expected.txt").string());
    golden = golden.substr(0, golden.rfind("[exit "));
    EXPECT_EQ(CodeBlockAfter(doc, "## Output"), golden);
    std::string command = "`prowlint lint --only " + std::string(info.id);
    for (const std::string& a : testing::ReadArgs((fixtures / "fail" / "args").string()))
      command += " " + a;
    command += "`, run in testdata/rules/" + std::string(info.id) + "/fail, prints:";
    EXPECT_NE(doc.find("## Output\n\n" + command + "\n\n```\n"), std::string::npos)
        << "the Output section must start with: " << command;
  }
}

TEST(RuleCompleteness, NoStrayFixturesOrRuleFiles) {
  std::set<std::string> ids;
  for (const auto& r : rules::AllRules()) ids.emplace(r->Info().id);
  const fs::path src = testing::SourceDir();
  for (const auto& d : fs::directory_iterator(src / "testdata" / "rules"))
    EXPECT_TRUE(ids.count(d.path().filename().string())) << d.path() << " is not a rule";
  for (const auto& f : fs::directory_iterator(src / "rules")) {
    const std::string stem = f.path().stem().string();
    const std::string ext = f.path().extension().string();
    if ((ext != ".cc" && ext != ".md") || stem == "registry" ||
        stem.find("_test") != std::string::npos)
      continue;
    std::string id = stem;
    for (char& c : id)
      if (c == '_') c = '-';
    EXPECT_TRUE(ids.count(id)) << f.path() << " belongs to no registered rule: add its line to rules/rules.def";
  }
}

// `explain` shows a user the doc without the repository's fixture paths.
TEST(RuleCompleteness, ExplainShowsNoFixturePlumbing) {
  for (const auto& rule : rules::AllRules()) {
    std::ostringstream out, err;
    Io io{out, err, [](const std::string&) { return std::string(); }};
    RulesOptions options;
    options.id = std::string(rule->Info().id);
    options.for_users = true;
    ASSERT_EQ(RunRulesCommand(options, io), 0) << err.str();
    EXPECT_EQ(out.str().find("testdata/"), std::string::npos) << options.id;
    EXPECT_EQ(out.str().find("../../../"), std::string::npos) << options.id;
    EXPECT_NE(out.str().find("` prints:\n"), std::string::npos) << options.id;
  }
}

// The README's rule catalogue is `prowlint rules --format markdown`, between
// its two markers; PROWLINT_UPDATE_GOLDEN=1 rewrites it there.
TEST(RuleCompleteness, ReadmeTableIsTheRulesCommand) {
  std::ostringstream out, err;
  Io io{out, err, [](const std::string&) { return std::string(); }};
  RulesOptions options;
  options.format = RulesFormat::kMarkdown;
  ASSERT_EQ(RunRulesCommand(options, io), 0) << err.str();
  const std::string readme_path = testing::SourceDir() + "/README.md";
  const std::string readme = testing::ReadFileOrDie(readme_path);
  const std::string begin = "<!-- rule table: prowlint rules --format markdown -->\n";
  const std::string end = "<!-- end of rule table -->\n";
  const auto from = readme.find(begin);
  const auto to = readme.find(end);
  ASSERT_NE(from, std::string::npos) << "README.md lacks " << begin;
  ASSERT_NE(to, std::string::npos) << "README.md lacks " << end;
  const std::string table = readme.substr(from + begin.size(), to - from - begin.size());
  if (testing::UpdatingGoldens()) {
    std::string updated = readme.substr(0, from + begin.size()) + out.str() + readme.substr(to);
    testing::ExpectGolden(readme_path, updated);  // rewrites, and fails so it is reviewed
    return;
  }
  EXPECT_EQ(table, out.str()) << "run the tests with PROWLINT_UPDATE_GOLDEN=1 to rewrite it";
}

}  // namespace
}  // namespace prowlint
