// SPDX-License-Identifier: Apache-2.0
// Regression tests of issue 12 ("unbreakable on bad input") for job-config directories, one per
// defect and named after it. Each failed, or hung and was stopped by its
// deadline, before its fix.
#include "lint/load/job_config_tree.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "lint/load/load_deploy.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::Errors;
using testing::FinishesWithin;
using testing::TempDir;

const char kFifo[] = "is a named pipe (FIFO), expected a regular file";

void MakeFifo(const std::string& path) {
  fs::create_directories(fs::path(path).parent_path());
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0) << path;
}

// The error text for `path` in `diag`, or "" when there is none.
std::string ErrorFor(const Diagnostics& diag, const SourceSet& sources, const std::string& path) {
  for (const InputError& e : diag.errors)
    if (e.pos.Known() && sources.Path(e.pos.file) == path) return e.message;
  return "";
}

TEST(JobConfigTreeInput, FifoInJobConfigDirectoryHung) {
  TempDir dir;
  dir.Write("jobs/a.yaml", "periodics: []\n");
  MakeFifo(dir / "jobs/b.yaml");
  InputPaths paths;
  paths.job_config_paths = {dir / "jobs"};
  ASSERT_TRUE(FinishesWithin(20, [&] {
    Deploy deploy;
    Diagnostics diag;
    LoadDeploy(paths, 2, deploy, diag);
  })) << "hangs";
  Deploy deploy;
  Diagnostics diag;
  LoadDeploy(paths, 2, deploy, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(ErrorFor(diag, deploy.sources, dir / "jobs/b.yaml"),
            std::string("cannot read job config: ") + kFifo);
}

// fs::is_regular_file said no, so a .prowignore that is a pipe (or a
// directory) was skipped and every file it meant to hide was loaded.
TEST(JobConfigTreeInput, ProwignoreThatIsNotAFileWasSkippedSilently) {
  TempDir dir;
  dir.Write("jobs/a.yaml", "periodics: []\n");
  MakeFifo(dir / "jobs/.prowignore");
  fs::create_directories(dir / "jobs/sub/.prowignore");
  dir.Write("jobs/sub/b.yaml", "periodics: []\n");
  SourceSet sources;
  Diagnostics diag;
  std::vector<std::string> files;
  ASSERT_TRUE(FinishesWithin(10, [&] {
    SourceSet s;
    Diagnostics d;
    ListJobConfigFiles(dir / "jobs", s, d);
  })) << "hangs";
  files = ListJobConfigFiles(dir / "jobs", sources, diag);
  ASSERT_EQ(diag.errors.size(), 2u) << Errors(diag);
  EXPECT_EQ(ErrorFor(diag, sources, dir / "jobs/.prowignore"),
            std::string("cannot read .prowignore: ") + kFifo);
  EXPECT_EQ(ErrorFor(diag, sources, dir / "jobs/sub/.prowignore"),
            "cannot read .prowignore: is a directory, expected a file");
}

}  // namespace
}  // namespace prowlint
