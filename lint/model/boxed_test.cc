// SPDX-License-Identifier: Apache-2.0
// Boxed: absent until written, reads as a default value, copies by value.
#include "lint/model/boxed.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace prowlint {
namespace {

struct Parts {
  std::vector<std::string> items;
  int count = 7;
};

TEST(BoxedTest, AbsentReadsAsDefault) {
  const Boxed<Parts> box;
  EXPECT_FALSE(box);
  EXPECT_TRUE(box->items.empty());
  EXPECT_EQ(box->count, 7);
}

TEST(BoxedTest, MutableMakesTheValueOnce) {
  Boxed<Parts> box;
  box.Mutable().items.push_back("a");
  box.Mutable().count = 3;
  ASSERT_TRUE(box);
  EXPECT_EQ(box->items, std::vector<std::string>{"a"});
  EXPECT_EQ(box->count, 3);
}

TEST(BoxedTest, CopiesAreIndependent) {
  Boxed<Parts> a;
  a.Mutable().count = 1;
  Boxed<Parts> b = a;
  b.Mutable().count = 2;
  EXPECT_EQ(a->count, 1);
  EXPECT_EQ(b->count, 2);
  Boxed<Parts> empty;
  b = empty;
  EXPECT_FALSE(b);
  EXPECT_EQ(b->count, 7);
}

TEST(BoxedTest, WritingAnAbsentBoxNeverTouchesTheSharedDefault) {
  Boxed<Parts> a;
  a.Mutable().count = 9;
  const Boxed<Parts> untouched;
  EXPECT_EQ(untouched->count, 7);
}

}  // namespace
}  // namespace prowlint
