// SPDX-License-Identifier: Apache-2.0
// The man page the build made (build/prowlint.1, what is installed gzipped)
// against the binary's help: groff renders it without a warning at any
// width, each command's section documents exactly the options its --help
// lists, and the prose names no flag that no command has.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lint/testing/man_render.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::RunBinary;

const std::string kPage = PROWLINT_MAN_PAGE;
// Each paragraph on one line and no word hyphenated, so a flag is never split.
const char kOneLine[] = "-rLL=300n -rHY=0";

std::set<std::string> LongFlags(const std::string& text) {
  std::set<std::string> flags;
  const std::regex flag(R"(--[a-z][a-z-]*[a-z])");
  for (std::sregex_iterator it(text.begin(), text.end(), flag), end; it != end; ++it)
    flags.insert(it->str());
  return flags;
}

// The long flags a --help lists, one per option line ("  -h,--help", "  --flag ...").
std::set<std::string> HelpFlags(const std::string& help) {
  std::set<std::string> flags;
  const std::regex line(R"(^  (?:-[a-z],)?(--[a-z][a-z-]*[a-z]))");
  std::istringstream in(help);
  for (std::string text; std::getline(in, text);) {
    std::smatch m;
    if (std::regex_search(text, m, line)) flags.insert(m[1].str());
  }
  return flags;
}

// The positionals a --help lists ("Positionals:", then "  name TYPE ...").
std::vector<std::string> HelpPositionals(const std::string& help) {
  std::vector<std::string> names;
  std::istringstream in(help);
  bool in_list = false;
  for (std::string text; std::getline(in, text);) {
    if (text.empty()) in_list = false;
    if (in_list) names.push_back(text.substr(2, text.find(' ', 2) - 2));
    if (text == "Positionals:") in_list = true;
  }
  return names;
}

// One subsection of the rendered OPTIONS ("   prowlint lint").
struct Section {
  std::string text;
  std::set<std::string> tags;  // the long flags its entries are for
  std::string refers_to;       // "The options of prowlint lint above, but ..."
  std::set<std::string> but;
};

std::map<std::string, Section> OptionSections(const std::string& rendered) {
  std::map<std::string, Section> sections;
  const std::regex tag(R"(^ {7}(--?[a-z][a-z-]*(?:, --?[a-z][a-z-]*)*)(?: |$))");
  const std::regex refers(R"(^ {7}The options of prowlint ([a-z]+) above(?:, but ([^;.]*))?)");
  std::istringstream in(rendered);
  bool in_options = false;
  Section* section = nullptr;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != ' ') in_options = line == "OPTIONS";
    if (!in_options) continue;
    if (line.rfind("   prowlint", 0) == 0) {
      section = &sections[line.substr(3)];
      continue;
    }
    if (section == nullptr) continue;
    section->text += line + "\n";
    std::smatch m;
    if (std::regex_search(line, m, tag)) {
      for (const std::string& f : LongFlags(m[1].str())) section->tags.insert(f);
    } else if (std::regex_search(line, m, refers)) {
      section->refers_to = "prowlint " + m[1].str();
      section->but = LongFlags(m[2].str());
    }
  }
  return sections;
}

TEST(ManPageE2e, GroffRendersItWithoutWarnings) {
  // The default width is man's on an 80-column terminal; groff -z would not
  // set the lines, and so not warn about one it cannot adjust.
  for (const char* options : {"", "-rLL=60n", kOneLine, "-z"}) {
    const testing::RunResult r = testing::RenderManPage(kPage, options);
    ASSERT_EQ(r.code, 0) << "groff (Debian package groff-base, installed by .ci/deps): " << r.err;
    EXPECT_EQ(r.err, "") << "groff " << options << " warns about " << kPage;
  }
}

TEST(ManPageE2e, EachCommandDocumentsExactlyTheOptionsOfItsHelp) {
  const testing::RunResult man = testing::RenderManPage(kPage, kOneLine);
  ASSERT_EQ(man.code, 0) << man.err;
  const std::map<std::string, Section> sections = OptionSections(man.out);

  // The program's own options, and the help flags every command takes.
  const std::set<std::string> help_flags = {"--help", "--help-all"};
  ASSERT_TRUE(sections.count("prowlint")) << man.out;
  EXPECT_EQ(sections.at("prowlint").tags, HelpFlags(RunBinary("--help").out));
  EXPECT_NE(sections.at("prowlint").text.find("Every command takes -h, --help and --help-all too."),
            std::string::npos)
      << sections.at("prowlint").text;

  std::size_t commands = 0;
  const std::string list = RunBinary("help").out;
  const std::regex listed(R"(\n  ([a-z]+) )");
  for (std::sregex_iterator it(list.begin(), list.end(), listed), end; it != end; ++it) {
    const std::string command = (*it)[1].str();
    SCOPED_TRACE(command);
    ++commands;
    const std::string help = RunBinary(command + " --help").out;
    std::set<std::string> expected = HelpFlags(help);
    for (const std::string& f : help_flags) EXPECT_EQ(expected.erase(f), 1u) << help;
    ASSERT_TRUE(sections.count("prowlint " + command)) << man.out;
    const Section& section = sections.at("prowlint " + command);
    // Its own entries, and those of the command it refers to but the ones it names.
    std::set<std::string> documented = section.tags;
    if (!section.refers_to.empty()) {
      ASSERT_TRUE(sections.count(section.refers_to)) << section.text;
      for (const std::string& f : section.but)
        EXPECT_EQ(sections.at(section.refers_to).tags.count(f), 1u) << f << " " << section.text;
      for (const std::string& f : sections.at(section.refers_to).tags)
        if (!section.but.count(f)) documented.insert(f);
    }
    EXPECT_EQ(documented, expected) << "prowlint.1's OPTIONS for " << command << " vs its --help:\n"
                                    << section.text;
    for (const std::string& name : HelpPositionals(help))
      EXPECT_NE(section.text.find("\n       " + name + " "), std::string::npos)
          << name << " missing from\n"
          << section.text;
  }
  EXPECT_GE(commands, 6u) << list;
  EXPECT_GT(sections.at("prowlint lint").tags.size(), 40u);
  EXPECT_EQ(sections.at("prowlint plan").refers_to, "prowlint lint") << man.out;
}

// The prose is written by hand: a flag it names must still be one.
TEST(ManPageE2e, EveryFlagItNamesIsACommandsFlag) {
  const testing::RunResult man = testing::RenderManPage(kPage, kOneLine);
  std::set<std::string> flags = HelpFlags(RunBinary("--help").out);
  const std::string list = RunBinary("help").out;
  const std::regex listed(R"(\n  ([a-z]+) )");
  for (std::sregex_iterator it(list.begin(), list.end(), listed), end; it != end; ++it)
    for (const std::string& f : HelpFlags(RunBinary((*it)[1].str() + " --help").out))
      flags.insert(f);
  ASSERT_GT(flags.size(), 40u);
  for (const std::string& f : LongFlags(man.out))
    EXPECT_EQ(flags.count(f), 1u) << f << " is named in prowlint.1 but no command has it";
}

TEST(ManPageE2e, SynopsisNamesEveryCommand) {
  const std::string text = testing::RenderManPage(kPage, kOneLine).out;
  const std::string synopsis = text.substr(0, text.find("\nDESCRIPTION\n"));
  const std::string list = RunBinary("help").out;
  const std::regex listed(R"(\n  ([a-z]+) )");
  std::size_t count = 0;
  for (std::sregex_iterator it(list.begin(), list.end(), listed), end; it != end; ++it, ++count)
    EXPECT_NE(synopsis.find("\n       prowlint " + (*it)[1].str()), std::string::npos)
        << "SYNOPSIS lacks " << (*it)[1] << ":\n"
        << synopsis;
  EXPECT_GE(count, 6u) << list;
  EXPECT_NE(synopsis.find("\n       prowlint [--help | --help-all | --version]\n"),
            std::string::npos)
      << synopsis;
}

// A line of the template that starts with "." is a request to groff, not
// text: such a line (".yml only, ...") used to vanish with a warning.
TEST(ManPageE2e, TheProseIsRenderedWhole) {
  // One space between words: a paragraph longer than a line is justified.
  const std::string text = std::regex_replace(testing::RenderManPage(kPage, kOneLine).out,
                                              std::regex("([^ ])  +"), "$1 ");
  EXPECT_NE(text.find("only .yaml and .yml files, names starting with .. skipped"),
            std::string::npos)
      << text;
  std::string version = RunBinary("--version").out;  // "prowlint 0.1.0\n"
  version.erase(version.find_last_not_of('\n') + 1);
  ASSERT_EQ(version.rfind("prowlint ", 0), 0u) << version;
  EXPECT_NE(text.find("\n" + version + " "), std::string::npos)
      << "the footer names the version --version prints\n"
      << text;
}

// What is installed is this page.
TEST(ManPageE2e, TheGzippedPageIsThePage) {
  const testing::RunResult gz = testing::RunCommand("gzip -dc '" + kPage + ".gz'");
  ASSERT_EQ(gz.code, 0) << gz.err;
  EXPECT_EQ(gz.out, testing::ReadFileOrDie(kPage));
}

}  // namespace
}  // namespace prowlint
