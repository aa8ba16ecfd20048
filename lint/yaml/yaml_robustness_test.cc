// SPDX-License-Identifier: Apache-2.0
// Regression tests of issue 12 ("unbreakable on bad input") for the YAML boundary, one per
// defect and named after it. Each failed, or hung and was stopped by its
// deadline, before its fix.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "lint/load/load_deploy.h"
#include "lint/testing/test_util.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

using testing::Errors;
using testing::FinishesWithin;
using testing::Str;
using testing::TempDir;

constexpr FileId kFile = 5;
const char kStrayComma[] = "stray ',' outside a flow collection ([...] or {...})";

Position At(int line, int column) { return Position{kFile, line, column}; }

struct Parsed {
  std::vector<yaml::Document> docs;
  Diagnostics diag;
};

Parsed Parse(std::string_view text, bool first_document_only = false) {
  YamlParseOptions options;
  options.first_document_only = first_document_only;
  Parsed p;
  p.docs = ParseYaml(text, kFile, options, p.diag);
  return p;
}

// yaml-cpp emits a null document at a ',' without consuming it, so the
// multi-document loop parsed the same byte forever, allocating as it went.
TEST(YamlInput, StrayCommaHungTheMultiDocumentLoop) {
  struct Case {
    const char* text;
    Position pos;
    std::size_t docs_before;
  };
  for (const Case& c :
       {Case{",", At(1, 1), 0}, Case{"{\"kind\": \"List\", \"items\": []},", At(1, 30), 1},
        Case{"a: 1\n---\n,\n", At(3, 1), 1}, Case{"--- ,\n", At(1, 5), 0}}) {
    SCOPED_TRACE(c.text);
    ASSERT_TRUE(FinishesWithin(20, [&] { Parse(c.text); })) << "hangs";
    const Parsed p = Parse(c.text);
    ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
    EXPECT_EQ(p.diag.errors[0].pos, c.pos) << Str(p.diag.errors[0].pos);
    EXPECT_EQ(p.diag.errors[0].message, kStrayComma);
    EXPECT_EQ(p.docs.size(), c.docs_before);
  }
}

// The same byte as the first (and only read) document of config.yaml or a
// job file read as an empty file: exit 0 with nothing checked.
TEST(YamlInput, StrayCommaPassedSilentlyAsAnEmptyConfigOrJobFile) {
  for (const char* text : {",", "\n  ,\n", "--- ,"}) {
    SCOPED_TRACE(text);
    const Parsed p = Parse(text, /*first_document_only=*/true);
    ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
    EXPECT_EQ(p.diag.errors[0].message, kStrayComma);
  }
  EXPECT_EQ(Parse("\n  ,\n", true).diag.errors.at(0).pos, At(2, 3));

  TempDir dir;
  InputPaths paths;
  paths.config_path = dir.Write("config.yaml", ",");
  paths.job_config_paths = {dir.Write("jobs/a.yaml", ",\n")};
  Deploy deploy;
  Diagnostics diag;
  LoadDeploy(paths, 1, deploy, diag);
  ASSERT_EQ(diag.errors.size(), 2u) << Errors(diag);
  for (const InputError& e : diag.errors) {
    EXPECT_EQ(e.pos.line, 1);
    EXPECT_EQ(e.pos.column, 1);
    EXPECT_EQ(e.message, kStrayComma);
  }
}

// Found while fixing the above: yaml-cpp reads `[a, , b]` as three items, the
// middle one null, and `{a: 1, , b: 2}` with a null key; go-yaml (Prow)
// refuses both.
TEST(YamlInput, EmptyFlowEntryWasReadAsNull) {
  const Parsed p = Parse("args: [a, , b]\n");
  ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
  EXPECT_EQ(p.diag.errors[0].pos, At(1, 11));
  EXPECT_EQ(p.diag.errors[0].message, "empty item in a [...] list (a ',' with nothing before it)");
  EXPECT_EQ(Parse("[, a]").diag.errors.at(0).pos, At(1, 2));
  const Parsed map = Parse("{a: 1, , b: 2}");
  ASSERT_EQ(map.diag.errors.size(), 1u) << Errors(map.diag);
  EXPECT_EQ(map.diag.errors[0].pos, At(1, 8));
  EXPECT_EQ(map.diag.errors[0].message,
            "empty entry in a {...} mapping (a ',' with nothing before it)");
  // A trailing comma is fine in YAML and in go-yaml.
  const Parsed ok = Parse("args: [a, b, ]\nmap: {a: , b: 1}\n");
  EXPECT_FALSE(ok.diag.HasErrors()) << Errors(ok.diag);
}

// Found by the catalogue (testdata/bad, alias-bomb and merge-bomb): a
// billion laughs passed as a config, and the loaders expanded what they read
// of it. Prow's decoder refuses documents that are mostly alias expansion.
TEST(YamlInput, AliasBombPassedAsAConfig) {
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level < 10; ++level) {
    const std::string below = "*a" + std::to_string(level - 1);
    bomb += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", " : "") + below;
    bomb += "]\n";
  }
  ASSERT_TRUE(FinishesWithin(10, [&] { Parse(bomb, true); }));
  const Parsed p = Parse(bomb, true);
  ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
  // The third alias in a3 takes the aliased share past 99% (4,983 of 5,025).
  EXPECT_EQ(p.diag.errors[0].pos, At(4, 20));
  EXPECT_EQ(p.diag.errors[0].message,
            "document contains excessive aliasing (an alias bomb); Prow's YAML decoder refuses it");
}

TEST(YamlInput, SharedAnchorsAreNotABomb) {
  // A preset-like anchor used by every job: most of the document is aliases,
  // but under go-yaml's 99%.
  std::string text = "common: &c {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}\njobs:\n";
  for (int i = 0; i < 2000; ++i) text += "- {name: job" + std::to_string(i) + ", spec: *c}\n";
  const Parsed p = Parse(text, true);
  EXPECT_FALSE(p.diag.HasErrors()) << Errors(p.diag);
  // The same with 99.5% of the nodes through aliases is refused.
  std::string heavy = "common: &c [";
  for (int i = 0; i < 200; ++i) heavy += (i ? ", " : "") + std::string("x");
  heavy += "]\nuses: [";
  for (int i = 0; i < 1000; ++i) heavy += (i ? ", " : "") + std::string("*c");
  heavy += "]\n";
  EXPECT_TRUE(Parse(heavy, true).diag.HasErrors());
}

// Found by the catalogue (deep-list): yaml-cpp's nesting error carries the
// position its scanner had read to, often the end of the file.
TEST(YamlInput, NestingErrorPointedAtTheEndOfTheFile) {
  const Parsed p = Parse(std::string(10000, '[') + std::string(10000, ']') + "\n");
  ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
  EXPECT_EQ(p.diag.errors[0].pos, At(1, 499));
  EXPECT_EQ(p.diag.errors[0].message, "nesting deeper than yaml-cpp's limit of 500 levels");
}

// One line of kubectl's JSON (`-o json | jq -c`): every position scanned the
// line from its start, so time grew with the square of the line's length.
TEST(YamlInput, ColumnMappingWasQuadraticInLineLength) {
  std::string text = "{\"kind\":\"List\",\"items\":[";
  text += "{\"kind\":\"Secret\",\"metadata\":{\"name\":\"caf\xC3\xA9\"}}";  // not ASCII
  const int kItems = 40000;                                                 // about 2.4 MB
  for (int i = 0; i < kItems; ++i)
    text += ",{\"kind\":\"Secret\",\"metadata\":{\"name\":\"secret-" + std::to_string(i) +
            "\",\"namespace\":\"test-pods\"}}";
  const std::size_t last = text.rfind("\"secret-");
  text += "]}";
  ASSERT_TRUE(FinishesWithin(30, [&] { Parse(text); })) << "too slow: quadratic?";
  const Parsed p = Parse(text);
  ASSERT_FALSE(p.diag.HasErrors()) << Errors(p.diag);
  const yaml::Node items = p.docs.at(0).root().Get("items");
  ASSERT_EQ(items.Items().size(), static_cast<std::size_t>(kItems + 1));
  // Byte `last` is column last + 1, less one for the two bytes of "é".
  EXPECT_EQ(items.Items().back().Get("metadata").Get("name").pos(), At(1, static_cast<int>(last)));
}

}  // namespace
}  // namespace prowlint
