// SPDX-License-Identifier: Apache-2.0
// Tests for gitignore matching (lint/base/gitignore.h) and the job-config tree
// walk that uses it (lint/load/job_config_tree.h), over a temporary directory.
#include "lint/base/gitignore.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "lint/load/job_config_tree.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

const std::optional<bool> kIgnored = true;
const std::optional<bool> kIncluded = false;
const std::optional<bool> kNoMatch = std::nullopt;

std::optional<bool> Match(const char* rules, const char* path, bool is_dir = false) {
  return IgnoreFile::Parse(rules).Match(path, is_dir);
}

TEST(GlobMatchTest, StarAndQuestionMarkStopAtSlash) {
  EXPECT_TRUE(GlobMatch("*.yaml", "a.yaml"));
  EXPECT_TRUE(GlobMatch("*.yaml", ".yaml"));
  EXPECT_FALSE(GlobMatch("*.yaml", "dir/a.yaml"));
  EXPECT_FALSE(GlobMatch("*.yaml", "a.yml"));
  EXPECT_TRUE(GlobMatch("a?c", "abc"));
  EXPECT_FALSE(GlobMatch("a?c", "a/c"));
  EXPECT_FALSE(GlobMatch("a?c", "ac"));
  EXPECT_TRUE(GlobMatch("dir/*", "dir/x"));
  EXPECT_FALSE(GlobMatch("dir/*", "dir/x/y"));
  EXPECT_TRUE(GlobMatch("exact", "exact"));
  EXPECT_FALSE(GlobMatch("exact", "exactly"));
}

TEST(GlobMatchTest, DoubleStarCrossesSlash) {
  EXPECT_TRUE(GlobMatch("**/foo", "foo"));
  EXPECT_TRUE(GlobMatch("**/foo", "a/b/foo"));
  EXPECT_FALSE(GlobMatch("**/foo", "a/xfoo"));
  EXPECT_TRUE(GlobMatch("a/**", "a/b"));
  EXPECT_TRUE(GlobMatch("a/**", "a/b/c"));
  EXPECT_FALSE(GlobMatch("a/**", "a"));
  EXPECT_FALSE(GlobMatch("a/**", "b/c"));
  EXPECT_TRUE(GlobMatch("a/**/b", "a/b"));
  EXPECT_TRUE(GlobMatch("a/**/b", "a/x/b"));
  EXPECT_TRUE(GlobMatch("a/**/b", "a/x/y/b"));
  EXPECT_FALSE(GlobMatch("a/**/b", "a/xb"));
  EXPECT_TRUE(GlobMatch("**", "any/thing/at/all"));
}

TEST(GlobMatchTest, CharacterClasses) {
  EXPECT_TRUE(GlobMatch("[abc].yaml", "b.yaml"));
  EXPECT_FALSE(GlobMatch("[abc].yaml", "d.yaml"));
  EXPECT_TRUE(GlobMatch("[a-c]x", "cx"));
  EXPECT_FALSE(GlobMatch("[a-c]x", "dx"));
  EXPECT_TRUE(GlobMatch("[!a]x", "bx"));
  EXPECT_FALSE(GlobMatch("[!a]x", "ax"));
  EXPECT_TRUE(GlobMatch("[^a]x", "bx"));
  EXPECT_FALSE(GlobMatch("a[!b]c", "a/c")) << "a class never matches a slash";
  EXPECT_TRUE(GlobMatch("[]]", "]"));
  EXPECT_TRUE(GlobMatch("[", "[")) << "an unterminated class is a literal";
}

TEST(GlobMatchTest, BackslashEscapes) {
  EXPECT_TRUE(GlobMatch("\\*", "*"));
  EXPECT_FALSE(GlobMatch("\\*", "x"));
  EXPECT_TRUE(GlobMatch("a\\?", "a?"));
  EXPECT_FALSE(GlobMatch("a\\?", "ab"));
}

TEST(IgnoreFileTest, NoPatternsDecideNothing) {
  EXPECT_EQ(Match("", "a.yaml"), kNoMatch);
  EXPECT_EQ(Match("# only a comment\n\n", "a.yaml"), kNoMatch);
  EXPECT_EQ(Match("b.yaml\n", "a.yaml"), kNoMatch);
}

TEST(IgnoreFileTest, UnanchoredMatchesBasenameAtAnyDepth) {
  EXPECT_EQ(Match("*.yaml\n", "a.yaml"), kIgnored);
  EXPECT_EQ(Match("*.yaml\n", "x/y/a.yaml"), kIgnored);
  EXPECT_EQ(Match("secret.yaml\n", "x/secret.yaml"), kIgnored);
  EXPECT_EQ(Match("*.yaml\n", "a.yml"), kNoMatch);
}

TEST(IgnoreFileTest, LeadingSlashAnchors) {
  EXPECT_EQ(Match("/a.yaml\n", "a.yaml"), kIgnored);
  EXPECT_EQ(Match("/a.yaml\n", "sub/a.yaml"), kNoMatch);
}

TEST(IgnoreFileTest, MiddleSlashAnchors) {
  EXPECT_EQ(Match("sub/a.yaml\n", "sub/a.yaml"), kIgnored);
  EXPECT_EQ(Match("sub/a.yaml\n", "x/sub/a.yaml"), kNoMatch);
  EXPECT_EQ(Match("sub/*.yaml\n", "sub/b.yaml"), kIgnored);
  EXPECT_EQ(Match("sub/*.yaml\n", "sub/deeper/b.yaml"), kNoMatch);
}

TEST(IgnoreFileTest, TrailingSlashIsDirectoryOnly) {
  EXPECT_EQ(Match("build/\n", "build", /*is_dir=*/true), kIgnored);
  EXPECT_EQ(Match("build/\n", "x/build", /*is_dir=*/true), kIgnored);
  EXPECT_EQ(Match("build/\n", "build", /*is_dir=*/false), kNoMatch);
  EXPECT_EQ(Match("/build/\n", "x/build", /*is_dir=*/true), kNoMatch);
}

TEST(IgnoreFileTest, NegationAndLastMatchWins) {
  const char* rules = "*.yaml\n!keep.yaml\n";
  EXPECT_EQ(Match(rules, "drop.yaml"), kIgnored);
  EXPECT_EQ(Match(rules, "keep.yaml"), kIncluded);
  EXPECT_EQ(Match(rules, "x/keep.yaml"), kIncluded);
  // Order matters: a later broad pattern wins again.
  EXPECT_EQ(Match("!keep.yaml\n*.yaml\n", "keep.yaml"), kIgnored);
}

TEST(IgnoreFileTest, CommentsAndEscapes) {
  EXPECT_EQ(Match("#a.yaml\n", "#a.yaml"), kNoMatch);
  EXPECT_EQ(Match("\\#a.yaml\n", "#a.yaml"), kIgnored);
  EXPECT_EQ(Match("\\!a.yaml\n", "!a.yaml"), kIgnored);
  EXPECT_EQ(Match("\\!a.yaml\n", "a.yaml"), kNoMatch);
}

TEST(IgnoreFileTest, TrailingSpacesAndCarriageReturns) {
  EXPECT_EQ(Match("a.yaml   \n", "a.yaml"), kIgnored);
  EXPECT_EQ(Match("a.yaml\r\nb.yaml\r\n", "b.yaml"), kIgnored);
  EXPECT_EQ(Match("a\\ \n", "a "), kIgnored) << "an escaped trailing space is kept";
  EXPECT_EQ(Match("a.yaml", "a.yaml"), kIgnored) << "no final newline";
}

TEST(IgnoreFileTest, DoubleStarPatterns) {
  EXPECT_EQ(Match("**/gen/*.yaml\n", "a/b/gen/x.yaml"), kIgnored);
  EXPECT_EQ(Match("**/gen/*.yaml\n", "gen/x.yaml"), kIgnored);
  EXPECT_EQ(Match("docs/**\n", "docs/a/b.yaml"), kIgnored);
  EXPECT_EQ(Match("docs/**\n", "other/docs/a.yaml"), kNoMatch);
}

// ---------------------------------------------------------------------------
// ListJobConfigFiles

class JobConfigTreeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = ::testing::TempDir() + "prowlint-tree-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  void Write(const std::string& rel, const std::string& text = "periodics: []\n") {
    const fs::path path = fs::path(dir_) / rel;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
  }

  // The listed files relative to the root.
  std::vector<std::string> List(const std::string& rel_root = "") {
    const std::string root = rel_root.empty() ? dir_ : (fs::path(dir_) / rel_root).string();
    std::vector<std::string> out;
    for (const std::string& path : ListJobConfigFiles(root, sources_, diag_)) {
      EXPECT_EQ(path.rfind(root, 0), 0u) << path << " does not start with " << root;
      out.push_back(path.size() > root.size() ? path.substr(root.size() + 1) : path);
    }
    return out;
  }

  std::string dir_;
  SourceSet sources_;
  Diagnostics diag_;
};

TEST_F(JobConfigTreeTest, YamlFilesInLexicalWalkOrder) {
  Write("c.yaml");
  Write("a.yml");
  Write("b/x.yaml");
  Write("b/a/y.yaml");
  Write("notes.md");
  Write("data.json");
  Write("yaml");
  Write("d.yaml.orig");
  EXPECT_EQ(List(), (std::vector<std::string>{"a.yml", "b/a/y.yaml", "b/x.yaml", "c.yaml"}));
  EXPECT_FALSE(diag_.HasErrors());
}

TEST_F(JobConfigTreeTest, DotDotNamesAreSkipped) {
  Write("..data/a.yaml");
  Write("..2024_01_01.123/b.yaml");
  Write("..c.yaml");
  Write(".hidden.yaml");
  Write("ok.yaml");
  EXPECT_EQ(List(), (std::vector<std::string>{".hidden.yaml", "ok.yaml"}));
}

TEST_F(JobConfigTreeTest, ProwignoreFile) {
  Write(".prowignore", "# generated files\nskip.yaml\ngen/\n");
  Write("skip.yaml");
  Write("keep.yaml");
  Write("gen/a.yaml");
  Write("sub/skip.yaml");
  Write("sub/gen/b.yaml");
  EXPECT_EQ(List(), (std::vector<std::string>{"keep.yaml"}));
}

TEST_F(JobConfigTreeTest, IgnoredDirectoryHidesItsFiles) {
  Write(".prowignore", "/drafts\n!drafts/keep.yaml\n");
  Write("drafts/keep.yaml");
  Write("drafts/other.yaml");
  Write("other/drafts/x.yaml");
  // git cannot re-include a file whose directory is excluded.
  EXPECT_EQ(List(), (std::vector<std::string>{"other/drafts/x.yaml"}));
}

TEST_F(JobConfigTreeTest, NestedProwignoreNearestDecidingWins) {
  Write(".prowignore", "*.yaml\n!top.yaml\n");
  Write("top.yaml");
  Write("dropped.yaml");
  Write("sub/.prowignore", "!keep.yaml\n");
  Write("sub/keep.yaml");
  Write("sub/other.yaml");
  Write("sub2/keep.yaml");
  EXPECT_EQ(List(), (std::vector<std::string>{"sub/keep.yaml", "top.yaml"}));
}

TEST_F(JobConfigTreeTest, NestedProwignorePatternsAreRelativeToTheirDirectory) {
  Write("sub/.prowignore", "/a.yaml\nx/b.yaml\n");
  Write("a.yaml");
  Write("sub/a.yaml");
  Write("sub/deeper/a.yaml");
  Write("sub/x/b.yaml");
  Write("x/b.yaml");
  EXPECT_EQ(List(), (std::vector<std::string>{"a.yaml", "sub/deeper/a.yaml", "x/b.yaml"}));
}

TEST_F(JobConfigTreeTest, NestedProwignoreDoesNotLeakToSiblings) {
  Write("a/.prowignore", "*.yaml\n");
  Write("a/x.yaml");
  Write("b/x.yaml");
  EXPECT_EQ(List(), (std::vector<std::string>{"b/x.yaml"}));
}

TEST_F(JobConfigTreeTest, SymlinkedDirectoryIsNotFollowed) {
  Write("real/a.yaml");
  fs::create_directory_symlink(fs::path(dir_) / "real", fs::path(dir_) / "link");
  EXPECT_EQ(List(), (std::vector<std::string>{"real/a.yaml"}));
}

TEST_F(JobConfigTreeTest, SingleFileRootIsReturnedAsIs) {
  Write("jobs.json", "periodics: []\n");
  const std::string root = (fs::path(dir_) / "jobs.json").string();
  EXPECT_EQ(ListJobConfigFiles(root, sources_, diag_), (std::vector<std::string>{root}));
  EXPECT_FALSE(diag_.HasErrors());
}

TEST_F(JobConfigTreeTest, DisplayPathsJoinTheRootAsGiven) {
  Write("jobs/a.yaml");
  const std::string root = (fs::path(dir_) / "jobs").string();
  EXPECT_EQ(ListJobConfigFiles(root, sources_, diag_),
            (std::vector<std::string>{root + "/a.yaml"}));
  EXPECT_EQ(ListJobConfigFiles(root + "/", sources_, diag_),
            (std::vector<std::string>{root + "/a.yaml"}));
}

TEST_F(JobConfigTreeTest, MissingRootIsAnError) {
  const std::string root = (fs::path(dir_) / "nope").string();
  EXPECT_TRUE(ListJobConfigFiles(root, sources_, diag_).empty());
  ASSERT_EQ(diag_.errors.size(), 1u);
  EXPECT_EQ(diag_.errors[0].message, "job config path does not exist");
  EXPECT_EQ(diag_.errors[0].pos, (Position{sources_.Add(root), 0, 0}));
}

TEST_F(JobConfigTreeTest, EmptyDirectoryListsNothing) {
  EXPECT_TRUE(List().empty());
  EXPECT_FALSE(diag_.HasErrors());
}

// Issue 12: `*` tried every split of the rest of the name: exponential in the number
// of stars that can match.
TEST(GlobScale, GlobBacktrackedExponentially) {
  const std::string name(40, 'a');
  const std::string slashed = "a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a";
  bool star = true, double_star = true, ignored = true;
  ASSERT_TRUE(testing::FinishesWithin(10, [&] {
    GlobMatch("*a*a*a*a*a*a*a*a*a*a*b", name);
    GlobMatch("**a**a**a**a**a**a**a**a**a**a**b", slashed);
    GlobMatch("**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b", slashed);
  })) << "too slow: exponential?";
  star = GlobMatch("*a*a*a*a*a*a*a*a*a*a*b", name);
  double_star = GlobMatch("**a**a**a**a**a**a**a**a**a**a**b", slashed);
  ignored = IgnoreFile::Parse("*a*a*a*a*a*a*a*a*a*a*b\n").Match(name, false).has_value();
  EXPECT_FALSE(star);
  EXPECT_FALSE(double_star);
  EXPECT_FALSE(GlobMatch("**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b", slashed));
  EXPECT_FALSE(ignored);
  EXPECT_TRUE(GlobMatch("*a*a*a*a*a*a*a*a*a*a*b", name + "b"));
  EXPECT_TRUE(GlobMatch("**a**a**a**a**a**a**a**a**a**a**b", slashed + "/b"));
}

}  // namespace
}  // namespace prowlint
