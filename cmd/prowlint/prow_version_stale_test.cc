// SPDX-License-Identifier: Apache-2.0
// prow-version-stale counts from the tag's build day to the run date
// (SOURCE_DATE_EPOCH pins it): max-prow-age days old passes, one more warns.
#include <gtest/gtest.h>

#include <string>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

TEST(ProwVersionStale, TheAgeCountsToTheRunDate) {
  const std::string dir = testing::SourceDir() + "/testdata/rules/prow-version-stale/fail";
  const std::string args =
      "lint --only prow-version-stale --config-path config.yaml --deploy-dir deploy";
  // v20240701-...: 180 days old on 2024-12-28, 181 on 2024-12-29.
  const auto on_the_day = testing::RunBinary(args, dir, testing::RunDateEnv("2024-12-28"));
  EXPECT_EQ(on_the_day.out.find("[prow-version-stale]"), std::string::npos) << on_the_day.out;
  const auto a_day_later = testing::RunBinary(args, dir, testing::RunDateEnv("2024-12-29"));
  EXPECT_NE(a_day_later.out.find("is older than max-prow-age (180 days)"), std::string::npos)
      << a_day_later.out;
}

}  // namespace
}  // namespace prowlint
