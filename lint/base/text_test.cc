// SPDX-License-Identifier: Apache-2.0
#include "lint/base/text.h"

#include <gtest/gtest.h>

#include <string>

namespace prowlint {
namespace {

TEST(QuoteClipped, QuotesShortValuesWholeAndLongOnesByTheirStart) {
  EXPECT_EQ(QuoteClipped("sig node"), "\"sig node\"");
  EXPECT_EQ(QuoteClipped(std::string(200, 'x')), "\"" + std::string(200, 'x') + "\"");
  EXPECT_EQ(QuoteClipped(std::string(1000000, 'x'), 3), "\"xxx...\" (1000000 bytes)");
}

TEST(JoinAnd, ListsWithTheLastAfterAnd) {
  EXPECT_EQ(JoinAnd({}), "");
  EXPECT_EQ(JoinAnd({"hook"}), "hook");
  EXPECT_EQ(JoinAnd({"deck", "hook"}), "deck and hook");
  EXPECT_EQ(JoinAnd({"clonerefs", "initupload", "sidecar"}), "clonerefs, initupload and sidecar");
}

}  // namespace
}  // namespace prowlint
