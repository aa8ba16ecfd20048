// SPDX-License-Identifier: Apache-2.0
// yaml-cpp and LibYAML (YamlParser) must build the same trees, with the same
// positions, from the same valid YAML: rules and loaders see yaml::Nodes and
// must not care which parser read a manifest. Pinned on every YAML and JSON
// file of ../shared/corpus (deploy trees, configs, job configs: 62 MB) and on
// a set of hand-written corners.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "lint/testing/test_util.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

// Everything a loader can observe of a node: kind, position, quoting, text,
// children in order. But for one known difference: the place of an empty
// list item (see WhereTheyDifferLibyamlIsRight), which is left out.
void Dump(const yaml::Node& n, std::string& out, bool list_item = false) {
  if (list_item && n.IsNull()) {
    out += "?:? ";
  } else {
    out += std::to_string(n.pos().line) + ":" + std::to_string(n.pos().column) + " ";
  }
  switch (n.kind()) {
    case yaml::Kind::kNull:
      out += "~\n";
      return;
    case yaml::Kind::kScalar:
      out += (n.Quoted() ? "'" : "=") + std::string(n.Text()) + "\n";
      return;
    case yaml::Kind::kSequence:
      out += "[\n";
      for (const yaml::Node& item : n.Items()) Dump(item, out, true);
      out += "]\n";
      return;
    case yaml::Kind::kMapping:
      out += "{\n";
      for (const yaml::Entry& e : n.Entries()) {
        Dump(e.key, out);
        Dump(e.value, out);
      }
      out += "}\n";
      return;
  }
}

struct Parsed {
  std::string tree;  // every document, dumped
  std::size_t documents = 0;
  std::size_t duplicate_keys = 0;
  bool error = false;
};

Parsed Parse(std::string_view text, YamlParser parser) {
  YamlParseOptions options;
  options.parser = parser;
  Diagnostics diag;
  Parsed p;
  for (const yaml::Document& doc : ParseYaml(text, 1, options, diag)) {
    ++p.documents;
    Dump(doc.root(), p.tree);
    p.tree += "---\n";
  }
  p.duplicate_keys = diag.duplicate_keys.size();
  p.error = diag.HasErrors();
  return p;
}

// The first line where two dumps differ, for a readable failure.
std::string FirstDifference(const std::string& a, const std::string& b) {
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    if (a[i] != b[i]) {
      const std::size_t a_end = a.find('\n', i), b_end = b.find('\n', i);
      return "yaml-cpp: " + a.substr(line_start, a_end - line_start) +
             " | libyaml: " + b.substr(line_start, b_end - line_start);
    }
    if (a[i] == '\n') line_start = i + 1;
  }
  return "one is a prefix of the other";
}

// Compares the parsers on `text`. Valid YAML (yaml-cpp reads it without an
// error) must give the same trees and duplicate keys; text yaml-cpp refuses,
// LibYAML must refuse too.
void ExpectAgree(std::string_view text, const std::string& what) {
  const Parsed cpp = Parse(text, YamlParser::kYamlCpp);
  const Parsed lib = Parse(text, YamlParser::kLibyaml);
  if (cpp.error) {
    EXPECT_TRUE(lib.error) << what << ": yaml-cpp refuses it, LibYAML reads it";
    return;
  }
  EXPECT_FALSE(lib.error) << what << ": yaml-cpp reads it, LibYAML refuses it";
  EXPECT_EQ(cpp.documents, lib.documents) << what;
  EXPECT_EQ(cpp.duplicate_keys, lib.duplicate_keys) << what;
  EXPECT_TRUE(cpp.tree == lib.tree) << what << ": " << FirstDifference(cpp.tree, lib.tree);
}

std::size_t CompareTree(const fs::path& root) {
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".yml" && ext != ".json")) continue;
    ExpectAgree(testing::ReadFileOrDie(entry.path().string()), entry.path().string());
    ++files;
  }
  return files;
}

TEST(YamlParsersTest, AgreeOnEveryCorpusFile) {
  // 3,872 files at the time of writing, among them every deploy tree of
  // bench/run.py and load_manifests_corpus_test.cc.
  EXPECT_GT(CompareTree(fs::path(testing::SharedDir()) / "corpus"), 3000u);
}

TEST(YamlParsersTest, AgreeOnCorners) {
  const char* const kCorners[] = {
      "",
      "# only a comment\n",
      "---\n",
      "a: 1\n---\nb: 2\n...\n---\nc: [1, {d: e}]\n",
      "a:\n  b: ~\n  c: null\n  d: Null\n  e: NULL\n  f:\n  g: ''\n  h: \"null\"\n",
      "- ~\n- x\n- null\n",
      "a: !!str 1\nb: !custom x\nc: ! y\n",
      "a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n",
      "a: 'it''s'\nb: \"tab\\tand \\u00e9\"\n",
      "base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\nlist: [*b, *b]\n",
      "a: &x 1\nb: *x\na: 2\n",
      "k: v\nk: w\n",
      "  indented: 1\n  other: 2\n",
      "key:\n- a\n- b\nother:\n  - c\n",
      "é: ü\nnested:\n  ключ: значение\n",
      "a: 1 # comment\nb: two words  \n",
      "a:\r\n  b: 1\r\n",
      "{\"json\": [1, 2.5, true, null, \"s\"], \"o\": {}}",
      "? complex\n: value\n",
      "a: &anchor\n  b: 1\nc: *anchor\n",
      "plain: multi\n  line\n  scalar\n",
  };
  for (const char* text : kCorners) ExpectAgree(text, std::string("corner: ") + text);
}

// An empty file's mapping has no address; LibYAML asserts one.
TEST(YamlParsersTest, EmptyTextWithoutAnAddress) {
  for (YamlParser parser : {YamlParser::kYamlCpp, YamlParser::kLibyaml}) {
    const Parsed p = Parse(std::string_view(), parser);
    EXPECT_FALSE(p.error);
    EXPECT_EQ(p.documents, 0u);
  }
}

// What each refuses, to be sure refusals are compared at all.
TEST(YamlParsersTest, BothRefuseBrokenYaml) {
  const char* const kBroken[] = {
      "a: [1, 2\n",   "a: \"never closed\nb: 1\n", "a:\n  b: 1\n c: 2\n", "a: *nowhere\n",
      "a: &x [*x]\n",
  };
  for (const char* text : kBroken) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Parse(text, YamlParser::kYamlCpp).error);
    EXPECT_TRUE(Parse(text, YamlParser::kLibyaml).error);
  }
}

// Where the two differ on purpose, LibYAML is the one that matches go-yaml.
TEST(YamlParsersTest, WhereTheyDifferLibyamlIsRight) {
  // An empty list item: yaml-cpp marks it where the next token starts (the
  // next line); LibYAML on its own line, just after the '-'.
  Diagnostics diag;
  YamlParseOptions options;
  options.parser = YamlParser::kLibyaml;
  const auto docs = ParseYaml("-\n- x\n", 1, options, diag);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].root().Items()[0].pos().line, 1);
  EXPECT_TRUE(docs[0].root().Items()[0].IsNull());
  // A list, then a mapping key at the same level: go-yaml refuses it ("did
  // not find expected '-' indicator"); yaml-cpp reads it silently.
  EXPECT_TRUE(Parse("- a\nb: c\n", YamlParser::kLibyaml).error);
  EXPECT_FALSE(Parse("- a\nb: c\n", YamlParser::kYamlCpp).error);
}

}  // namespace
}  // namespace prowlint
