// SPDX-License-Identifier: Apache-2.0
// Tests for BadRefHint (lint/load/git_refs.h) on real temporary repositories: a
// full one with a misspelt branch, and a shallow clone of it.
#include "lint/load/git_refs.h"

#include <gtest/gtest.h>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::RunCommand;
using testing::TempDir;

const char* const kGit = "git -c user.name=t -c user.email=t@t -c init.defaultBranch=main ";

// A repository with two commits on main, a branch and a tag.
void MakeRepository(const std::string& dir) {
  const std::string git = kGit;
  const auto r =
      RunCommand(git + "init -q . && echo a > f && " + git + "add f && " + git +
                     "commit -q -m one && echo b > f && " + git + "commit -q -am two && " + git +
                     "branch release-1.30 && " + git + "tag v1.0",
                 dir);
  ASSERT_EQ(r.code, 0) << r.err;
}

TEST(BadRefHint, SuggestsTheClosestBranchOrTag) {
  TempDir repo;
  MakeRepository(repo.path());
  EXPECT_EQ(BadRefHint(repo.path(), "mian"), "; did you mean \"main\"?");
  EXPECT_EQ(BadRefHint(repo.path(), "release-1.3"), "; did you mean \"release-1.30\"?");
  EXPECT_EQ(BadRefHint(repo.path(), "v1.O"), "; did you mean \"v1.0\"?");
  // Nothing close, a full clone, no remote: nothing to add.
  EXPECT_EQ(BadRefHint(repo.path(), "0123456789abcdef"), "");
}

TEST(BadRefHint, AShallowCloneSaysHowToFetchTheHistory) {
  TempDir repo, clone;
  MakeRepository(repo.path());
  const auto r = RunCommand("git clone -q --depth 1 'file://" + repo.path() + "' .", clone.path());
  ASSERT_EQ(r.code, 0) << r.err;
  // HEAD~1 is a commit of the repository, cut off in the clone.
  EXPECT_EQ(BadRefHint(clone.path(), "HEAD~1"),
            "; this clone is shallow, its history cut off: fetch the base with `git fetch "
            "--deepen=1` (for HEAD~1) or `git fetch --unshallow`, or check out with "
            "fetch-depth: 0");
  // A remote branch the clone did not fetch (--depth implies --single-branch).
  EXPECT_EQ(BadRefHint(clone.path(), "origin/release-1.30"),
            "; this clone has no origin/release-1.30: fetch it with `git fetch origin "
            "release-1.30`; this clone is shallow, its history cut off");
  // A typo of a remote-tracking branch it has: no branch to fetch.
  const std::string typo = BadRefHint(clone.path(), "origin/mian");
  EXPECT_EQ(typo.rfind("; did you mean \"origin/main\"?; this clone is shallow", 0), 0u) << typo;
  EXPECT_EQ(typo.find("git fetch origin"), std::string::npos) << typo;
}

}  // namespace
}  // namespace prowlint
