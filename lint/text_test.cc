// SPDX-License-Identifier: Apache-2.0
#include "lint/text.h"

#include <gtest/gtest.h>

namespace prowlint {
namespace {

TEST(JoinAnd, ListsWithTheLastAfterAnd) {
  EXPECT_EQ(JoinAnd({}), "");
  EXPECT_EQ(JoinAnd({"hook"}), "hook");
  EXPECT_EQ(JoinAnd({"deck", "hook"}), "deck and hook");
  EXPECT_EQ(JoinAnd({"clonerefs", "initupload", "sidecar"}), "clonerefs, initupload and sidecar");
}

}  // namespace
}  // namespace prowlint
