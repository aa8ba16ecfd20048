// SPDX-License-Identifier: Apache-2.0
// Tests for LoadDeploy's parallel job-config loading (lint/load/load_deploy.h):
// the result must not depend on the number of threads, even with more
// threads than cores, and files merge in their order.
#include "lint/load/load_deploy.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::Errors;
using testing::TempDir;

// A tree of `files` job files with uneven job counts (0 to 6), one broken.
void WriteTree(const TempDir& dir, int files) {
  for (int f = 0; f < files; ++f) {
    std::string text = "periodics:\n";
    for (int j = 0; j < f % 7; ++j)
      text += "- name: job-" + std::to_string(f) + "-" + std::to_string(j) +
              "\n  interval: 1h\n  spec:\n    containers:\n    - image: alpine\n";
    if (f == files / 2) text += "- name: [broken\n";
    char name[32];
    std::snprintf(name, sizeof name, "jobs/d%02d/f%03d.yaml", f % 5, f);
    dir.Write(name, text);
  }
}

struct Loaded {
  std::vector<std::string> jobs;
  std::string errors;
  std::size_t capacity = 0;
};

Loaded Load(const TempDir& dir, unsigned threads) {
  InputPaths paths;
  paths.job_config_paths = {dir / "jobs"};
  Deploy deploy;
  Diagnostics diag;
  LoadDeploy(paths, threads, deploy, diag);
  Loaded out;
  for (const Job& job : deploy.jobs) out.jobs.push_back(job.name.value);
  out.errors = Errors(diag);
  out.capacity = deploy.jobs.capacity();
  return out;
}

TEST(LoadDeployTest, ResultDoesNotDependOnThreads) {
  TempDir dir;
  WriteTree(dir, 120);
  const Loaded one = Load(dir, 1);
  std::size_t expected = 0;
  for (int f = 0; f < 120; ++f) expected += f == 60 ? 0 : f % 7;
  ASSERT_EQ(one.jobs.size(), expected);
  EXPECT_NE(one.errors, "");  // the broken file
  for (unsigned threads : {2u, 8u, 64u, 200u}) {
    const Loaded many = Load(dir, threads);
    EXPECT_EQ(many.jobs, one.jobs) << threads;
    EXPECT_EQ(many.errors, one.errors) << threads;
  }
}

TEST(LoadDeployTest, JobsKeepTheOrderOfTheFiles) {
  TempDir dir;
  WriteTree(dir, 30);
  const Loaded loaded = Load(dir, 4);
  std::vector<std::string> sorted_by_file;
  // Files are walked in lexical order of their paths: d00/f000, d00/f005...
  for (int d = 0; d < 5; ++d)
    for (int f = d; f < 30; f += 5)
      for (int j = 0; j < f % 7 && f != 15; ++j)
        sorted_by_file.push_back("job-" + std::to_string(f) + "-" + std::to_string(j));
  EXPECT_EQ(loaded.jobs, sorted_by_file);
}

TEST(LoadDeployTest, RoomForTheJobsIsReservedOnceAndClose) {
  // Jobs are over a kilobyte each: the vector is sized from the tree, not
  // doubled as it grows.
  TempDir dir;
  WriteTree(dir, 120);
  const Loaded loaded = Load(dir, 1);
  EXPECT_GE(loaded.capacity, loaded.jobs.size());
  EXPECT_LE(loaded.capacity, loaded.jobs.size() * 5 / 4 + 16);
}

}  // namespace
}  // namespace prowlint
