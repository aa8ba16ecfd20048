// SPDX-License-Identifier: Apache-2.0
// Tests for ParseYaml (lint/yaml/yaml_loader.h) and the yaml::Node accessors
// (lint/yaml/yaml_tree.h): go-yaml v2 semantics as Prow decodes its configs.
#include "lint/yaml/yaml_loader.h"

#include <gtest/gtest.h>

#include "lint/testing/test_util.h"

#include <string>
#include <string_view>
#include <vector>

#include "lint/yaml/yaml_tree.h"

namespace prowlint {
namespace {

using testing::Str;

constexpr FileId kFile = 7;

Position At(int line, int column) { return Position{kFile, line, column}; }

struct Parsed {
  std::vector<yaml::Document> docs;
  Diagnostics diag;

  yaml::Node root() const { return docs.empty() ? yaml::Node() : docs.front().root(); }
  std::string Errors() const {
    std::string out;
    for (const InputError& e : diag.errors) out += Str(e.pos) + " " + e.message + "\n";
    return out;
  }
};

Parsed Parse(std::string_view text, const YamlParseOptions& options = {}) {
  Parsed p;
  p.docs = ParseYaml(text, kFile, options, p.diag);
  return p;
}

// Parses text that must be valid, with no errors.
Parsed ParseOk(std::string_view text, const YamlParseOptions& options = {}) {
  Parsed p = Parse(text, options);
  EXPECT_FALSE(p.diag.HasErrors()) << p.Errors();
  EXPECT_FALSE(p.docs.empty());
  return p;
}

// Asserts exactly one error, and returns it.
InputError OnlyError(const Parsed& p) {
  EXPECT_EQ(p.diag.errors.size(), 1u) << p.Errors();
  return p.diag.errors.empty() ? InputError{} : p.diag.errors.front();
}

TEST(YamlLoaderTest, PositionsAreOneBased) {
  Parsed p = ParseOk("a: b\nc:\n  d: e\nlist:\n- x\n- y\n");
  const yaml::Node root = p.root();
  ASSERT_TRUE(root.IsMap());
  EXPECT_EQ(root.pos(), At(1, 1));
  EXPECT_EQ(root.Key("a").pos(), At(1, 1));
  EXPECT_EQ(root.Get("a").pos(), At(1, 4));
  EXPECT_EQ(root.Get("a").Text(), "b");
  EXPECT_EQ(root.Key("c").pos(), At(2, 1));
  EXPECT_EQ(root.Get("c").pos(), At(3, 3));
  EXPECT_EQ(root.Get("c").Get("d").pos(), At(3, 6));
  EXPECT_EQ(root.Get("c").Get("d").Text(), "e");
  const yaml::Node list = root.Get("list");
  ASSERT_TRUE(list.IsSeq());
  ASSERT_EQ(list.Items().size(), 2u);
  EXPECT_EQ(list.Items()[0].Text(), "x");
  EXPECT_EQ(list.Items()[0].pos(), At(5, 3));
  EXPECT_EQ(list.Items()[1].pos(), At(6, 3));
}

TEST(YamlLoaderTest, UnterminatedQuotedScalarIsAnError) {
  // yaml-cpp 0.7 runs such a scalar to the end of the input and swallows the
  // keys after it; go-yaml refuses the file, and so must prowlint.
  const InputError dq = OnlyError(Parse("a:\n  interval: \"1h\n  spec: {}\n"));
  EXPECT_EQ(dq.pos, At(2, 13));
  EXPECT_EQ(dq.message, "quoted string is never closed");
  const InputError sq = OnlyError(Parse("a: 'x\nb: 1\n"));
  EXPECT_EQ(sq.pos, At(1, 4));
}

TEST(YamlLoaderTest, ColumnsCountCharactersNotBytes) {
  // Editors, GitHub annotations and SARIF count characters.
  // "nope" is the 26th character of the line (its 29th byte).
  const Parsed p = ParseOk("- {name: \"ééé\", cluster: nope}\n");
  EXPECT_EQ(p.root().Items()[0].Get("cluster").pos(), At(1, 26));
}

TEST(YamlLoaderTest, ColumnsCountCharactersFarIntoALongLine) {
  // Past a few hundred bytes columns come from sampled counts; check the
  // counts around the sample boundaries.
  for (int before : {0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 300, 1000}) {
    std::string line = "{";
    for (int i = 0; i < before; ++i) line += "\"\xC3\xA9\": 1, ";  // "é": 1,
    line += "x: y}";
    const Parsed p = ParseOk(line + "\n");
    EXPECT_EQ(p.root().Key("x").pos(), At(1, 2 + 8 * before)) << before;
  }
}

TEST(YamlLoaderTest, LoneCarriageReturnIsRefused) {
  // go-yaml breaks lines at a lone CR; yaml-cpp drops it, joining "1" and
  // "b" into one value: the two would read different documents.
  const InputError e = OnlyError(Parse("a: 1\rb: 2\n"));
  EXPECT_EQ(e.pos, At(1, 5));
  EXPECT_EQ(e.message, "line break is a lone carriage return (CR); use LF or CRLF line endings");
  EXPECT_EQ(OnlyError(Parse("a: 1\r")).pos, At(1, 5));
  const Parsed crlf = ParseOk("a: 1\r\nb: 2\r\n");
  EXPECT_EQ(crlf.root().Get("b").Text(), "2");
  EXPECT_EQ(crlf.root().Get("b").pos(), At(2, 4));
}

TEST(YamlLoaderTest, MalformedUtf8IsRefused) {
  // Overlong forms, encoded surrogates and code points above U+10FFFF are
  // not UTF-8; letting them through would break JSON and SARIF output.
  for (const char* text : {"a: \xC0\xAFy\n", "a: \xED\xA0\x80\n", "a: \xF5\x80\x80\x80\n",
                           "a: \xE0\x80\xAF\n", "a: \xF4\x90\x80\x80\n"}) {
    const InputError e = OnlyError(Parse(text));
    EXPECT_EQ(e.pos, At(1, 4)) << text;  // the first byte that is not UTF-8
  }
  ParseOk("a: \"\xF0\x9F\x98\x80 \xE2\x82\xAC \xC3\xA9\"\n");  // 😀 € é
}

TEST(YamlTreeTest, VeryLongPlainScalarsDoNotCrash) {
  // std::regex recursed per character and overflowed the stack here.
  const std::string digits(200000, '7');
  const Parsed p = ParseOk("a: " + digits + "\nb: " + digits + "x\n");
  EXPECT_TRUE(p.root().Get("a").IsPlainNonString());
  EXPECT_FALSE(p.root().Get("b").IsPlainNonString());
}

TEST(YamlLoaderTest, ClosedQuotedScalarsParse) {
  const Parsed p = ParseOk("a: \"x\\\"y\" # c\nb: 'it''s'\nc: \"two\n  lines\"\nd: '#'\n");
  EXPECT_EQ(p.root().Get("a").Text(), "x\"y");
  EXPECT_EQ(p.root().Get("b").Text(), "it's");
  EXPECT_EQ(p.root().Get("c").Text(), "two lines");
  EXPECT_EQ(p.root().Get("d").Text(), "#");
}

TEST(YamlLoaderTest, EntriesKeepFirstSeenOrder) {
  Parsed p = ParseOk("z: 1\na: 2\nm: 3\n");
  const auto& entries = p.root().Entries();
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].key.Text(), "z");
  EXPECT_EQ(entries[1].key.Text(), "a");
  EXPECT_EQ(entries[2].key.Text(), "m");
}

TEST(YamlLoaderTest, DuplicateKeyLaterValueWins) {
  Parsed p = ParseOk("a: 1\nb: 2\na: 3\n");
  const yaml::Node root = p.root();
  EXPECT_EQ(root.Get("a").Text(), "3");
  EXPECT_EQ(root.Get("a").pos(), At(3, 4));
  EXPECT_EQ(root.Key("a").pos(), At(3, 1));
  ASSERT_EQ(root.Entries().size(), 2u);  // no second "a" entry
  ASSERT_EQ(p.diag.duplicate_keys.size(), 1u);
  const DuplicateKey& d = p.diag.duplicate_keys[0];
  EXPECT_EQ(d.key, "a");
  EXPECT_EQ(d.pos, At(3, 1));
  EXPECT_EQ(d.first, At(1, 1));
}

TEST(YamlLoaderTest, DuplicateKeyInNestedMapping) {
  Parsed p = ParseOk("outer:\n  k: x\n  k: y\n");
  EXPECT_EQ(p.root().Get("outer").Get("k").Text(), "y");
  ASSERT_EQ(p.diag.duplicate_keys.size(), 1u);
  EXPECT_EQ(p.diag.duplicate_keys[0].key, "k");
  EXPECT_EQ(p.diag.duplicate_keys[0].pos, At(3, 3));
  EXPECT_EQ(p.diag.duplicate_keys[0].first, At(2, 3));
}

TEST(YamlLoaderTest, KeyWrittenThreeTimesRecordsTwoDuplicates) {
  Parsed p = ParseOk("a: 1\na: 2\na: 3\n");
  EXPECT_EQ(p.root().Get("a").Text(), "3");
  ASSERT_EQ(p.diag.duplicate_keys.size(), 2u);
  EXPECT_EQ(p.diag.duplicate_keys[0].pos, At(2, 1));
  EXPECT_EQ(p.diag.duplicate_keys[0].first, At(1, 1));
  EXPECT_EQ(p.diag.duplicate_keys[1].pos, At(3, 1));
  EXPECT_EQ(p.diag.duplicate_keys[1].first, At(2, 1));
}

TEST(YamlLoaderTest, MergeKeyWithAlias) {
  Parsed p = ParseOk(
      "base: &b\n"
      "  x: 1\n"
      "  y: 2\n"
      "m:\n"
      "  <<: *b\n"
      "  y: 3\n");
  const yaml::Node m = p.root().Get("m");
  EXPECT_EQ(m.Get("x").Text(), "1");
  EXPECT_EQ(m.Get("y").Text(), "3");  // a key after << overrides
  EXPECT_FALSE(m.Get("<<").Present());
  EXPECT_EQ(m.Entries().size(), 2u);
  EXPECT_TRUE(p.diag.duplicate_keys.empty());
}

TEST(YamlLoaderTest, MergeKeyWithInlineMapping) {
  Parsed p = ParseOk("m:\n  <<: {x: 1, y: 2}\n  z: 3\n");
  const yaml::Node m = p.root().Get("m");
  EXPECT_EQ(m.Get("x").Text(), "1");
  EXPECT_EQ(m.Get("y").Text(), "2");
  EXPECT_EQ(m.Get("z").Text(), "3");
}

TEST(YamlLoaderTest, KeyBeforeMergeIsOverwritten) {
  Parsed p = ParseOk(
      "base: &b {x: merged}\n"
      "m:\n"
      "  x: own\n"
      "  <<: *b\n");
  EXPECT_EQ(p.root().Get("m").Get("x").Text(), "merged");
  EXPECT_TRUE(p.diag.duplicate_keys.empty());
}

TEST(YamlLoaderTest, MergeListEarlierItemsWin) {
  Parsed p = ParseOk(
      "a: &a {x: from-a}\n"
      "b: &b {x: from-b, y: from-b}\n"
      "m:\n"
      "  <<: [*a, *b]\n");
  const yaml::Node m = p.root().Get("m");
  EXPECT_EQ(m.Get("x").Text(), "from-a");
  EXPECT_EQ(m.Get("y").Text(), "from-b");
}

TEST(YamlLoaderTest, MergeListThenOwnKeyOverrides) {
  Parsed p = ParseOk(
      "a: &a {x: from-a}\n"
      "b: &b {x: from-b}\n"
      "m:\n"
      "  <<: [*a, *b]\n"
      "  x: own\n");
  EXPECT_EQ(p.root().Get("m").Get("x").Text(), "own");
}

TEST(YamlLoaderTest, QuotedMergeKeyIsAPlainKey) {
  Parsed p = ParseOk("m:\n  \"<<\": {x: 1}\n");
  const yaml::Node m = p.root().Get("m");
  EXPECT_TRUE(m.Get("<<").IsMap());
  EXPECT_FALSE(m.Get("x").Present());
}

TEST(YamlLoaderTest, MergeOfScalarIsAnError) {
  Parsed p = Parse("m:\n  <<: 5\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "merge key (<<) needs a mapping or a list of mappings");
  EXPECT_EQ(e.pos, At(2, 7));
}

TEST(YamlLoaderTest, MergeListOfScalarsIsAnError) {
  Parsed p = Parse("m:\n  <<: [1]\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "merge key (<<) list items must be mappings");
  EXPECT_EQ(e.pos, At(2, 8));
}

TEST(YamlLoaderTest, AliasReportsAliasSite) {
  Parsed p = ParseOk(
      "a: &x hello\n"
      "b: *x\n"
      "c: &l [1, 2]\n"
      "d:\n"
      "  - *l\n");
  const yaml::Node root = p.root();
  EXPECT_EQ(root.Get("a").pos(), At(1, 4));
  EXPECT_EQ(root.Get("b").Text(), "hello");
  EXPECT_EQ(root.Get("b").pos(), At(2, 4));
  const yaml::Node inner = root.Get("d").Items().at(0);
  ASSERT_TRUE(inner.IsSeq());
  EXPECT_EQ(inner.pos(), At(5, 5));
  ASSERT_EQ(inner.Items().size(), 2u);
  EXPECT_EQ(inner.Items()[1].Text(), "2");
}

TEST(YamlLoaderTest, EmptyValueIsNullAtItsKey) {
  Parsed p = ParseOk("a:\nb: 1\nc:");
  const yaml::Node root = p.root();
  EXPECT_TRUE(root.Get("a").Present());
  EXPECT_TRUE(root.Get("a").IsNull());
  EXPECT_EQ(root.Get("a").pos(), At(1, 1));
  EXPECT_TRUE(root.Get("c").Present());
  EXPECT_TRUE(root.Get("c").IsNull());
  EXPECT_EQ(root.Get("c").pos(), At(3, 1));
}

TEST(YamlLoaderTest, NullSpellings) {
  Parsed p = ParseOk("a: ~\nb: null\nc: 'null'\n");
  const yaml::Node root = p.root();
  EXPECT_TRUE(root.Get("a").Present());
  EXPECT_TRUE(root.Get("a").IsNull());
  EXPECT_TRUE(root.Get("b").IsNull());
  EXPECT_TRUE(root.Get("c").IsScalar());
  EXPECT_EQ(root.Get("c").Text(), "null");
}

TEST(YamlLoaderTest, AbsentNode) {
  Parsed p = ParseOk("a: 1\n");
  const yaml::Node missing = p.root().Get("nope");
  EXPECT_FALSE(missing.Present());
  EXPECT_TRUE(missing.IsNull());
  EXPECT_FALSE(missing.pos().Known());
  EXPECT_EQ(missing.Text(), "");
  EXPECT_FALSE(missing.Get("x").Present());
  EXPECT_FALSE(p.root().Key("nope").Present());
  // Lookups on non-mappings are absent too.
  EXPECT_FALSE(p.root().Get("a").Get("x").Present());
  EXPECT_TRUE(p.root().Get("a").Items().empty());
  EXPECT_TRUE(p.root().Get("a").Entries().empty());
}

TEST(YamlLoaderTest, SelfContainingAliasIsAnError) {
  Parsed p = Parse("a: &x [*x]\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "alias refers to a node that contains it");
  EXPECT_EQ(e.pos, At(1, 8));
}

TEST(YamlLoaderTest, SelfContainingMappingAliasIsAnError) {
  Parsed p = Parse("a: &x\n  b: *x\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "alias refers to a node that contains it");
  EXPECT_EQ(e.pos, At(2, 6));
}

TEST(YamlLoaderTest, UnknownAnchorIsAnError) {
  Parsed p = Parse("a: *nope\n");
  ASSERT_TRUE(p.diag.HasErrors());
  EXPECT_EQ(p.diag.errors[0].pos.line, 1);
  EXPECT_EQ(p.diag.errors[0].message.find("nope"), std::string::npos) << p.Errors();
}

TEST(YamlLoaderTest, TrailingTabAfterPlainScalar) {
  Parsed p = ParseOk("a: b\t\nc: d\n");
  EXPECT_EQ(p.root().Get("a").Text(), "b");
  EXPECT_EQ(p.root().Get("c").Text(), "d");
}

TEST(YamlLoaderTest, InvalidUtf8IsAnError) {
  Parsed p = Parse("a: b\nc: \xff\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "not valid UTF-8 text (control character or broken byte sequence)");
  EXPECT_EQ(e.pos, At(2, 4));
  EXPECT_TRUE(p.docs.empty());
}

TEST(YamlLoaderTest, TruncatedUtf8SequenceIsAnError) {
  Parsed p = Parse("a: \xc3");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.pos, At(1, 4));
}

TEST(YamlLoaderTest, InvalidUtf8ColumnCountsCharacters) {
  // "é" is two bytes but one column.
  Parsed p = Parse("a: \xc3\xa9\xff\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.pos, At(1, 5));
}

TEST(YamlLoaderTest, ValidUtf8IsAccepted) {
  Parsed p = ParseOk("a: \xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\n");
  EXPECT_EQ(p.root().Get("a").Text(), "\xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
}

TEST(YamlLoaderTest, NulByteIsAnError) {
  const std::string text("a: x\ny: a\0b\n", 12);
  Parsed p = Parse(text);
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "not valid UTF-8 text (control character or broken byte sequence)");
  EXPECT_EQ(e.pos, At(2, 5));
}

TEST(YamlLoaderTest, ByteOrderMarkIsSkipped) {
  Parsed p = ParseOk("\xEF\xBB\xBF" "a: 1\n");
  EXPECT_EQ(p.root().Get("a").Text(), "1");
  EXPECT_EQ(p.root().Key("a").pos(), At(1, 1));
}

TEST(YamlLoaderTest, DeepNestingIsAnErrorNotACrash) {
  Parsed p = Parse(std::string(3000, '[') + std::string(3000, ']'));
  ASSERT_TRUE(p.diag.HasErrors());
  EXPECT_NE(p.diag.errors[0].message.find("nesting"), std::string::npos) << p.Errors();
  EXPECT_EQ(p.diag.errors[0].pos.file, kFile);
  EXPECT_EQ(p.diag.errors[0].pos.line, 1);
}

TEST(YamlLoaderTest, DeepMappingNestingIsAnErrorNotACrash) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "{a: ";
  Parsed p = Parse(text);
  ASSERT_TRUE(p.diag.HasErrors());
  EXPECT_NE(p.diag.errors[0].message.find("nesting"), std::string::npos) << p.Errors();
}

TEST(YamlLoaderTest, SyntaxErrorHasPosition) {
  Parsed p = Parse("a: 1\nb: [1, 2\nc: 3\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.pos.file, kFile);
  EXPECT_GE(e.pos.line, 2);
  EXPECT_FALSE(e.message.empty());
  EXPECT_TRUE(p.docs.empty());
}

TEST(YamlLoaderTest, SyntaxErrorExactPosition) {
  // yaml-cpp: a block mapping value cannot hold another `key: value` on the line.
  Parsed p = Parse("ok: 1\nbad: x: y\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "illegal map value");
  EXPECT_EQ(e.pos, At(2, 7));
}

TEST(YamlLoaderTest, SyntaxErrorMessageDoesNotQuoteInput) {
  // An unknown escape: yaml-cpp's message would name the character.
  Parsed p = Parse("token: \"s3cr3t\\qSENTINEL\"\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "unknown escape character");
  EXPECT_EQ(e.message.find("SENTINEL"), std::string::npos);
  EXPECT_EQ(e.message.find("s3cr3t"), std::string::npos);
  EXPECT_EQ(e.pos.line, 1);
}

TEST(YamlLoaderTest, TabIndentationIsAnError) {
  Parsed p = Parse("a:\n\tb: 1\n");
  ASSERT_TRUE(p.diag.HasErrors()) << "a tab cannot indent YAML";
  EXPECT_EQ(p.diag.errors[0].pos.line, 2);
}

TEST(YamlLoaderTest, NonScalarKeyIsAnError) {
  Parsed p = Parse("? [a, b]\n: c\n");
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.message, "mapping key is a list, expected a string");
  EXPECT_EQ(e.pos, At(1, 3));
}

TEST(YamlLoaderTest, AllDocumentsByDefault) {
  Parsed p = ParseOk("a: 1\n---\nb: 2\n---\n- 3\n");
  ASSERT_EQ(p.docs.size(), 3u);
  EXPECT_EQ(p.docs[0].root().Get("a").Text(), "1");
  EXPECT_EQ(p.docs[1].root().Get("b").Text(), "2");
  EXPECT_EQ(p.docs[1].root().pos(), At(3, 1));
  EXPECT_TRUE(p.docs[2].root().IsSeq());
}

TEST(YamlLoaderTest, FirstDocumentOnly) {
  YamlParseOptions options;
  options.first_document_only = true;
  Parsed p = ParseOk("a: 1\n---\nb: 2\n", options);
  ASSERT_EQ(p.docs.size(), 1u);
  EXPECT_EQ(p.docs[0].root().Get("a").Text(), "1");
}

TEST(YamlLoaderTest, FirstDocumentOnlyIgnoresLaterSyntaxErrors) {
  YamlParseOptions options;
  options.first_document_only = true;
  Parsed p = ParseOk("a: 1\n---\nb: [\n", options);
  ASSERT_EQ(p.docs.size(), 1u);
}

TEST(YamlLoaderTest, SyntaxErrorKeepsEarlierDocuments) {
  Parsed p = Parse("a: 1\n---\nb: [\n");
  ASSERT_EQ(p.docs.size(), 1u);
  EXPECT_EQ(p.docs[0].root().Get("a").Text(), "1");
  ASSERT_EQ(p.diag.errors.size(), 1u) << p.Errors();
  EXPECT_GE(p.diag.errors[0].pos.line, 3);
}

TEST(YamlLoaderTest, EmptyAndCommentOnlyTextHaveNoRoot) {
  for (const char* text : {"", "# just a comment\n", "\n\n"}) {
    Parsed p = Parse(text);
    EXPECT_FALSE(p.diag.HasErrors()) << p.Errors();
    EXPECT_FALSE(p.root().Present() && !p.root().IsNull()) << "text: " << text;
  }
}

TEST(YamlLoaderTest, CollapsePositionsPutsEverythingOnEnclosing) {
  YamlParseOptions options;
  options.collapse_positions = true;
  options.enclosing = Position{3, 10, 5};
  options.what = "data key \"config\"";
  Parsed p = Parse("a: 1\nb:\n  c: [x]\n", options);
  ASSERT_FALSE(p.diag.HasErrors()) << p.Errors();
  const yaml::Node root = p.root();
  EXPECT_EQ(root.pos(), options.enclosing);
  EXPECT_EQ(root.Key("a").pos(), options.enclosing);
  EXPECT_EQ(root.Get("a").pos(), options.enclosing);
  EXPECT_EQ(root.Get("b").Get("c").pos(), options.enclosing);
  EXPECT_EQ(root.Get("b").Get("c").Items().at(0).pos(), options.enclosing);
}

TEST(YamlLoaderTest, CollapsedSyntaxErrorSaysWhereInDecodedText) {
  YamlParseOptions options;
  options.collapse_positions = true;
  options.enclosing = Position{3, 10, 5};
  options.what = "data key \"config\"";
  Parsed p = Parse("ok: 1\nbad: x: y\n", options);
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.pos, options.enclosing);
  EXPECT_EQ(e.message,
            "illegal map value (in data key \"config\", decoded, at line 2, column 7)");
}

TEST(YamlLoaderTest, CollapsedUtf8ErrorSaysWhereInDecodedText) {
  YamlParseOptions options;
  options.collapse_positions = true;
  options.enclosing = Position{3, 10, 5};
  options.what = "data key \"config\"";
  Parsed p = Parse("a: 1\nb: x\xff\n", options);
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.pos, options.enclosing);
  EXPECT_EQ(e.message,
            "not valid UTF-8 text (control character or broken byte sequence) (in data key "
            "\"config\", decoded, at line 2, column 5)");
}

TEST(YamlLoaderTest, CollapsedSemanticErrorIsOnEnclosing) {
  YamlParseOptions options;
  options.collapse_positions = true;
  options.enclosing = Position{3, 10, 5};
  options.what = "data key \"config\"";
  Parsed p = Parse("a: &x [*x]\n", options);
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.pos, options.enclosing);
}

TEST(YamlLoaderTest, CollapsedDuplicateKeysAreOnEnclosing) {
  YamlParseOptions options;
  options.collapse_positions = true;
  options.enclosing = Position{3, 10, 5};
  options.what = "data key \"config\"";
  Parsed p = Parse("a: 1\na: 2\n", options);
  ASSERT_EQ(p.diag.duplicate_keys.size(), 1u);
  EXPECT_EQ(p.diag.duplicate_keys[0].pos, options.enclosing);
  EXPECT_EQ(p.diag.duplicate_keys[0].first, options.enclosing);
}

TEST(YamlLoaderTest, LineAndColumnOffsetsShiftPositions) {
  YamlParseOptions options;
  options.line_offset = 4;
  options.column_offset = 2;
  Parsed p = ParseOk("a: 1\nb:\n  c: x\n", options);
  const yaml::Node root = p.root();
  EXPECT_EQ(root.Key("a").pos(), At(5, 3));
  EXPECT_EQ(root.Get("a").pos(), At(5, 6));
  EXPECT_EQ(root.Get("b").Get("c").pos(), At(7, 8));
}

TEST(YamlLoaderTest, OffsetsShiftErrors) {
  YamlParseOptions options;
  options.line_offset = 4;
  options.column_offset = 2;
  Parsed p = Parse("ok: 1\nbad: x: y\n", options);
  const InputError e = OnlyError(p);
  EXPECT_EQ(e.pos, At(6, 9));
  EXPECT_EQ(e.message, "illegal map value");  // no "(in ...)" without collapsing
}

TEST(YamlTreeTest, AsBool) {
  Parsed p = ParseOk(
      "a: yes\nb: no\nc: on\nd: off\ne: true\nf: false\ng: \"true\"\nh: maybe\ni: 1\n"
      "j: True\nk: NO\nl: 'yes'\nm: [x]\nn:\n");
  const yaml::Node r = p.root();
  EXPECT_EQ(r.Get("a").AsBool(), std::optional<bool>(true));
  EXPECT_EQ(r.Get("b").AsBool(), std::optional<bool>(false));
  EXPECT_EQ(r.Get("c").AsBool(), std::optional<bool>(true));
  EXPECT_EQ(r.Get("d").AsBool(), std::optional<bool>(false));
  EXPECT_EQ(r.Get("e").AsBool(), std::optional<bool>(true));
  EXPECT_EQ(r.Get("f").AsBool(), std::optional<bool>(false));
  EXPECT_EQ(r.Get("g").AsBool(), std::nullopt) << "a quoted \"true\" is a string";
  EXPECT_EQ(r.Get("h").AsBool(), std::nullopt);
  EXPECT_EQ(r.Get("i").AsBool(), std::nullopt);
  EXPECT_EQ(r.Get("j").AsBool(), std::optional<bool>(true));
  EXPECT_EQ(r.Get("k").AsBool(), std::optional<bool>(false));
  EXPECT_EQ(r.Get("l").AsBool(), std::nullopt);
  EXPECT_EQ(r.Get("m").AsBool(), std::nullopt);
  EXPECT_EQ(r.Get("n").AsBool(), std::nullopt);
  EXPECT_EQ(r.Get("absent").AsBool(), std::nullopt);
}

TEST(YamlTreeTest, Quoted) {
  Parsed p = ParseOk("a: x\nb: 'x'\nc: \"x\"\nd: |\n  x\ne: !!str 1\nf: >\n  x\n");
  const yaml::Node r = p.root();
  EXPECT_FALSE(r.Get("a").Quoted());
  EXPECT_TRUE(r.Get("b").Quoted());
  EXPECT_TRUE(r.Get("c").Quoted());
  EXPECT_TRUE(r.Get("d").Quoted());
  EXPECT_EQ(r.Get("d").Text(), "x\n");
  EXPECT_TRUE(r.Get("e").Quoted());
  EXPECT_FALSE(r.Get("e").IsPlainNonString());
  EXPECT_TRUE(r.Get("f").Quoted());
}

TEST(YamlTreeTest, IsPlainNonString) {
  Parsed p = ParseOk(
      "items: [true, 1, 1.10, 0x1F, .inf, -.Inf, .nan, 1e3, -7, +3, 0o17, 0b101, 1_000, no, "
      "\"true\", '1', 12:30, 2019-01-01, abc, v1.2, 1.2.3, '', x1]\n");
  const auto& items = p.root().Get("items").Items();
  ASSERT_EQ(items.size(), 23u);
  for (std::size_t i = 0; i < 14; ++i)
    EXPECT_TRUE(items[i].IsPlainNonString()) << items[i].Text();
  for (std::size_t i = 14; i < items.size(); ++i)
    EXPECT_FALSE(items[i].IsPlainNonString()) << items[i].Text();
}

TEST(YamlTreeTest, IsPlainNonStringOnCollectionsAndNull) {
  Parsed p = ParseOk("a: [1]\nb: {c: 1}\nd: ~\n");
  EXPECT_FALSE(p.root().Get("a").IsPlainNonString());
  EXPECT_FALSE(p.root().Get("b").IsPlainNonString());
  EXPECT_FALSE(p.root().Get("d").IsPlainNonString());
  EXPECT_FALSE(p.root().Get("absent").IsPlainNonString());
}

TEST(YamlTreeTest, Describe) {
  Parsed p = ParseOk("a: [1]\nb: {c: 1}\nd: ~\ne: text\nf: yes\n");
  const yaml::Node r = p.root();
  EXPECT_STREQ(r.Get("a").Describe(), "a list");
  EXPECT_STREQ(r.Get("b").Describe(), "a mapping");
  EXPECT_STREQ(r.Get("d").Describe(), "null");
  EXPECT_STREQ(r.Get("e").Describe(), "a scalar");
  EXPECT_STREQ(r.Get("f").Describe(), "a boolean");
}

TEST(YamlTreeTest, CollectionTextIsEmpty) {
  Parsed p = ParseOk("a: [1]\nb: {c: 1}\n");
  EXPECT_EQ(p.root().Get("a").Text(), "");
  EXPECT_EQ(p.root().Get("b").Text(), "");
}

TEST(YamlTreeTest, DocumentMayBeMoved) {
  Parsed p = ParseOk("a:\n  b: c\n");
  yaml::Document moved = std::move(p.docs.front());
  EXPECT_EQ(moved.root().Get("a").Get("b").Text(), "c");
}

}  // namespace
}  // namespace prowlint
