// SPDX-License-Identifier: Apache-2.0
// Regression tests of issue 12 ("unbreakable on bad input") for .prowlint.yaml, one per
// defect and named after it. Each failed, or hung and was stopped by its
// deadline, before its fix.
#include "lint/load/project_config.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

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

TEST(ProjectConfigInput, ProwlintYamlThatIsNotAFileWasSkippedSilently) {
  TempDir dir;
  fs::create_directories(dir / ".git");
  MakeFifo(dir / ".prowlint.yaml");
  const std::string found = FindProjectConfig(dir.path());
  ASSERT_EQ(found, ".prowlint.yaml");
  ASSERT_TRUE(FinishesWithin(10, [&] {
    SourceSet s;
    Diagnostics d;
    LoadProjectConfig(dir / found, s, d);
  })) << "hangs";
  SourceSet sources;
  Diagnostics diag;
  LoadProjectConfig(dir / found, sources, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].message, std::string("cannot read prowlint config: ") + kFifo);
}

}  // namespace
}  // namespace prowlint
