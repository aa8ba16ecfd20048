// SPDX-License-Identifier: Apache-2.0
// A rule doc's Example is the input its Output's command reads (issue 23:
// `explain` shows a clean example and its real output). The completeness test
// holds the Output to the fail fixture's expected.txt; this one holds the
// Example to the fixture's files, both ways.
//
// The convention, for every rules/<rule>.md:
//
// - Every fenced block of `## Example` is a file of the fail fixture, labelled
//   by the nearest non-blank line above it, which reads exactly
//       `PATH`:
//   and the block is that file, byte for byte (its final newline aside).
//   PATH is relative to testdata/rules/ID/fail, as the Output's command names
//   it: a shared file under testdata/common is `../../../common/FILE`, which
//   `prowlint explain` shows as `FILE`, as it shows the command.
// - An excerpt, for a file too long to show (a generated megabyte), says so
//   in its label:
//       `PATH`, lines A-B of N:
//   and the block is lines A to B of the file, which has N lines.
// - The inputs are the files the command reads: each argument (or its part
//   after `=`, as in --inventory ALIAS=FILE) that is a file or directory from
//   the fail fixture (a directory: every file under it), and the fixture's
//   .prowlint.yaml, which lint finds by itself. The fail fixture holds no
//   other file than these, `args` and `expected.txt`.
// - Every input inside the fail fixture is shown (whole, or as an excerpt).
//   An input outside it (testdata/common, shared by rules it is not about) is
//   shown or named in the Example's prose as `PATH`; one the Output cites must
//   be shown.
// - Every line the Output cites (PATH:LINE:...) is in a block showing PATH.
// - Prose and other code belong outside `## Example`, or inline.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "cmd/prowlint/rules_command.h"
#include "lint/testing/test_util.h"
#include "rules/registry.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

const char kConvention[] = " (convention: rules/doc_example_test.cc)";

struct Block {
  std::string path;
  int first = 0, last = 0, total = 0;  // an excerpt's "lines A-B of N"; 0: the whole file
  std::string text;                    // the block, without its final newline
  int doc_line = 0;
};

struct Example {
  std::vector<Block> blocks;
  std::string prose;                  // the section outside its blocks
  std::vector<std::string> problems;  // what does not parse
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::string WithoutFinalNewline(std::string s) {
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

// The `## Example` section of `doc`, cut into labelled blocks and prose.
Example ParseExample(const std::string& doc) {
  Example ex;
  const std::vector<std::string> lines = Lines(doc);
  std::size_t i = 0;
  while (i < lines.size() && lines[i] != "## Example") ++i;
  if (i == lines.size()) {
    ex.problems.push_back("no \"## Example\" section");
    return ex;
  }
  static const std::regex kLabel(R"(`([^`]+)`(?:, lines (\d+)-(\d+) of (\d+))?:)");
  std::string last_prose;  // the nearest non-blank line above, outside blocks
  for (++i; i < lines.size() && lines[i].rfind("## ", 0) != 0; ++i) {
    if (lines[i].rfind("```", 0) != 0) {
      ex.prose += lines[i] + "\n";
      if (!lines[i].empty()) last_prose = lines[i];
      continue;
    }
    Block b;
    b.doc_line = static_cast<int>(i) + 1;
    std::smatch m;
    if (!std::regex_match(last_prose, m, kLabel)) {
      ex.problems.push_back("the code block at line " + std::to_string(b.doc_line) +
                            " has no label line \"`PATH`:\" above it (" +
                            (last_prose.empty() ? "nothing is" : "\"" + last_prose + "\" is") +
                            ")");
    } else {
      b.path = m[1];
      if (m[2].matched) {
        b.first = std::stoi(m[2]);
        b.last = std::stoi(m[3]);
        b.total = std::stoi(m[4]);
      }
    }
    last_prose.clear();
    std::string text;
    for (++i; i < lines.size() && lines[i] != "```" && lines[i].rfind("## ", 0) != 0; ++i)
      text += lines[i] + "\n";
    if (i == lines.size() || lines[i] != "```") {
      ex.problems.push_back("the code block at line " + std::to_string(b.doc_line) +
                            " is not closed");
      break;
    }
    b.text = WithoutFinalNewline(text);
    if (!b.path.empty()) ex.blocks.push_back(b);
  }
  return ex;
}

// The files the fail fixture's command reads, as the command names them
// (relative to the fixture), and those it names directly on the command line.
struct Inputs {
  std::set<std::string> files;
  std::set<std::string> named;  // named as such, not found in a directory
};

Inputs CommandInputs(const fs::path& fail, const std::vector<std::string>& args) {
  Inputs in;
  for (const std::string& arg : args) {
    std::set<std::string> candidates{arg};
    if (const auto eq = arg.find('='); eq != std::string::npos)
      candidates.insert(arg.substr(eq + 1));
    for (const std::string& c : candidates) {
      if (c.empty() || c[0] == '-' || c == "." || c == "..") continue;
      const std::string as_named = fs::path(c).lexically_normal().generic_string();
      if (fs::is_regular_file(fail / c)) {
        in.files.insert(as_named);
        in.named.insert(as_named);
      } else if (fs::is_directory(fail / c)) {
        for (const auto& e : fs::recursive_directory_iterator(fail / c))
          if (e.is_regular_file())
            in.files.insert((fs::path(as_named) / fs::relative(e.path(), fail / c))
                                .lexically_normal()
                                .generic_string());
      }
    }
  }
  if (fs::is_regular_file(fail / ".prowlint.yaml")) in.files.insert(".prowlint.yaml");
  return in;
}

bool InsideFixture(const std::string& path) { return path.rfind("../", 0) != 0; }

// The lines the Output cites: "PATH:LINE:COL: ..." of findings and notes.
std::multimap<std::string, int> CitedLines(const std::string& output) {
  static const std::regex kCite(R"(^\s*([^\s:]+):(\d+)(?::\d+)?: )");
  std::multimap<std::string, int> out;
  for (const std::string& line : Lines(output)) {
    std::smatch m;
    if (std::regex_search(line, m, kCite)) out.emplace(m[1], std::stoi(m[2]));
  }
  return out;
}

// What is wrong with rule `id`'s Example, one line each; empty if nothing.
std::vector<std::string> ExampleProblems(const std::string& id, const std::string& doc) {
  const fs::path fail = fs::path(testing::SourceDir()) / "testdata" / "rules" / id / "fail";
  const std::vector<std::string> args = testing::ReadArgs((fail / "args").string());
  const Inputs inputs = CommandInputs(fail, args);
  const std::string output = testing::ReadFileOrDie((fail / "expected.txt").string());
  const Example ex = ParseExample(doc);
  std::vector<std::string> problems = ex.problems;

  // Each block is its file.
  std::map<std::string, std::vector<const Block*>> shown;
  for (const Block& b : ex.blocks) {
    const std::string where =
        "the block `" + b.path + "` (line " + std::to_string(b.doc_line) + ")";
    const fs::path file = fail / b.path;
    if (!fs::is_regular_file(file)) {
      problems.push_back(where + " is no file of the fail fixture (testdata/rules/" + id +
                         "/fail/" + b.path + ")");
      continue;
    }
    if (!inputs.files.count(fs::path(b.path).lexically_normal().generic_string()))
      problems.push_back(where + " is not read by the Output's command");
    shown[fs::path(b.path).lexically_normal().generic_string()].push_back(&b);
    const std::string content = WithoutFinalNewline(testing::ReadFileOrDie(file.string()));
    if (b.total == 0) {
      if (b.text != content)
        problems.push_back(where +
                           " differs from the file; show it as it is, or as an excerpt "
                           "labelled \"`PATH`, lines A-B of N:\"");
      continue;
    }
    const std::vector<std::string> lines = Lines(content);
    if (b.total != static_cast<int>(lines.size()) || b.first < 1 || b.first > b.last ||
        b.last > b.total) {
      problems.push_back(where + " says lines " + std::to_string(b.first) + "-" +
                         std::to_string(b.last) + " of " + std::to_string(b.total) +
                         ", but the file has " + std::to_string(lines.size()) + " lines");
      continue;
    }
    std::string excerpt;
    for (int n = b.first; n <= b.last; ++n) excerpt += lines[n - 1] + (n < b.last ? "\n" : "");
    if (b.text != excerpt)
      problems.push_back(where + " differs from lines " + std::to_string(b.first) + "-" +
                         std::to_string(b.last) + " of the file");
  }

  // Each input is shown, or, outside the fixture and not cited, named.
  const std::multimap<std::string, int> cited = CitedLines(output);
  for (const std::string& path : inputs.files) {
    if (shown.count(path)) continue;
    if (InsideFixture(path)) {
      problems.push_back("the Example does not show `" + path +
                         "`, a file of the fail fixture that its command reads");
    } else if (cited.count(path)) {
      problems.push_back("the Example does not show `" + path + "`, which the Output cites");
    } else if (ex.prose.find("`" + path + "`") == std::string::npos) {
      problems.push_back("the Example neither shows nor names `" + path +
                         "`, a shared file its command reads");
    }
  }
  // Each cited line is in a block showing it.
  for (const auto& [path, line] : cited) {
    const auto s = shown.find(path);
    if (s == shown.end()) continue;  // said above, or not an input
    bool in_block = false;
    for (const Block* b : s->second)
      in_block = in_block || b->total == 0 || (b->first <= line && line <= b->last);
    if (!in_block)
      problems.push_back("the Output cites `" + path + "` line " + std::to_string(line) +
                         ", which no excerpt of it shows");
  }
  // The fixture holds nothing its command does not read.
  for (const auto& e : fs::recursive_directory_iterator(fail)) {
    if (!e.is_regular_file()) continue;
    const std::string rel = fs::relative(e.path(), fail).generic_string();
    if (rel != "args" && rel != "expected.txt" && !inputs.files.count(rel))
      problems.push_back("testdata/rules/" + id + "/fail/" + rel +
                         " is not read by the command in args");
  }
  return problems;
}

std::string DocOf(const std::string& id) {
  std::string stem = id;
  for (char& c : stem)
    if (c == '-') c = '_';
  return testing::ReadFileOrDie(testing::SourceDir() + "/rules/" + stem + ".md");
}

TEST(RuleDocExample, ShowsTheFailFixtureItsOutputReads) {
  ASSERT_FALSE(rules::AllRules().empty());
  for (const auto& rule : rules::AllRules()) {
    const std::string id(rule->Info().id);
    for (const std::string& p : ExampleProblems(id, DocOf(id)))
      ADD_FAILURE() << "rules/" << id << ": " << p << kConvention;
  }
}

// `explain` strips "../../../common/" from the whole doc, so a shared file a
// user sees in the Example is the one the command they see names.
TEST(RuleDocExample, ExplainNamesSharedFilesAsItsCommandDoes) {
  int shared = 0;
  for (const auto& rule : rules::AllRules()) {
    const std::string id(rule->Info().id);
    const fs::path fail = fs::path(testing::SourceDir()) / "testdata" / "rules" / id / "fail";
    const Inputs inputs = CommandInputs(fail, testing::ReadArgs((fail / "args").string()));
    std::ostringstream out, err;
    Io io{out, err, [](const std::string&) { return std::string(); }};
    RulesOptions options;
    options.id = id;
    options.for_users = true;
    ASSERT_EQ(RunRulesCommand(options, io), 0) << err.str();
    const std::string text = out.str();
    const auto command_at = text.find("\n`prowlint lint ");
    ASSERT_NE(command_at, std::string::npos) << id;
    const std::string command =
        text.substr(command_at, text.find('\n', command_at + 1) - command_at);
    for (const std::string& path : inputs.named) {
      if (InsideFixture(path)) continue;
      ++shared;
      const std::string as_seen = fs::path(path).filename().string();
      EXPECT_TRUE(command.find(" " + as_seen) != std::string::npos ||
                  command.find("=" + as_seen) != std::string::npos)
          << "rules/" << id << ": explain's command does not name " << as_seen << ": " << command;
      const bool named = ParseExample(text).prose.find("`" + as_seen + "`") != std::string::npos;
      EXPECT_TRUE(named) << "rules/" << id << ": explain's Example neither shows nor names `"
                         << as_seen << "`";
    }
  }
  EXPECT_GT(shared, 0) << "no rule's fixture reads a shared file: this test checks nothing";
}

// The checks above can fail: a doc that shows a line its file lacks, one that
// leaves out a file, an excerpt off by a line, a block without a label.
TEST(RuleDocExample, FlagsWhatIsWrong) {
  const std::string id = "job-name-invalid";
  const std::string doc = DocOf(id);
  ASSERT_TRUE(ExampleProblems(id, doc).empty());
  const auto edited = [&](const std::string& from, const std::string& to) {
    std::string d = doc;
    const auto at = d.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? d : d.replace(at, from.size(), to);
  };
  const auto flags = [&](const std::string& d, const std::string& what) {
    const std::vector<std::string> p = ExampleProblems(id, d);
    std::string all;
    for (const std::string& s : p) all += s + "\n";
    EXPECT_NE(all.find(what), std::string::npos) << "expected \"" << what << "\" in:\n" << all;
  };
  flags(edited("`config.yaml`:\n", "`config.yml`:\n"), "is no file of the fail fixture");
  flags(edited("`config.yaml`:\n", "`config.yml`:\n"), "does not show `config.yaml`");
  flags(edited("`config.yaml`:\n", "The config:\n"), "has no label line");
  flags(edited("periodics:\n", "periodics: []\n"), "`config.yaml` (line");
  flags(edited("`config.yaml`:\n", "`config.yaml`, lines 2-3 of 11:\n"), "differs from lines 2-3");
  flags(edited("`config.yaml`:\n", "`config.yaml`, lines 1-3 of 12:\n"), "but the file has 11");
  flags(edited("```\n\n## Output", "\n## Output"), "is not closed");
  // An excerpt that is right but leaves out a line the Output cites (7).
  const std::vector<std::string> lines = Lines(
      testing::ReadFileOrDie(testing::SourceDir() + "/testdata/rules/" + id + "/fail/config.yaml"));
  ASSERT_EQ(lines.size(), 11u);
  flags("## Example\n\n`config.yaml`, lines 1-3 of 11:\n\n```yaml\n" + lines[0] + "\n" + lines[1] +
            "\n" + lines[2] + "\n```\n\n## Output\n",
        "cites `config.yaml` line 7, which no excerpt of it shows");
  EXPECT_TRUE(ExampleProblems(id, "## Example\n\n`config.yaml`, lines 1-7 of 11:\n\n```yaml\n" +
                                      lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n" +
                                      lines[3] + "\n" + lines[4] + "\n" + lines[5] + "\n" +
                                      lines[6] + "\n```\n\n## Output\n")
                  .empty());
  // A shared file, neither shown nor named; then named in prose.
  const std::string shared_id = "job-configmap-missing";
  std::string shared_doc = DocOf(shared_id);
  const std::string name = "`../../../common/kubeconfig-default.yaml`";
  ASSERT_TRUE(ExampleProblems(shared_id, shared_doc).empty());
  for (std::size_t at; (at = shared_doc.find(name)) != std::string::npos;)
    shared_doc.replace(at, name.size(), "the kubeconfig");
  const std::vector<std::string> p = ExampleProblems(shared_id, shared_doc);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0],
            "the Example neither shows nor names " + name + ", a shared file its command reads");
}

}  // namespace
}  // namespace prowlint
