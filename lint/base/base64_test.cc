// SPDX-License-Identifier: Apache-2.0
// Tests for DecodeBase64 (lint/base/base64.h).
#include "lint/base/base64.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace prowlint {
namespace {

TEST(Base64Test, DecodesPaddedInput) {
  EXPECT_EQ(DecodeBase64("aGVsbG8="), std::optional<std::string>("hello"));
  EXPECT_EQ(DecodeBase64("aGk="), std::optional<std::string>("hi"));
  EXPECT_EQ(DecodeBase64("aA=="), std::optional<std::string>("h"));
  EXPECT_EQ(DecodeBase64("YWJj"), std::optional<std::string>("abc"));
}

TEST(Base64Test, PaddingIsOptional) {
  EXPECT_EQ(DecodeBase64("aGVsbG8"), std::optional<std::string>("hello"));
  EXPECT_EQ(DecodeBase64("aA"), std::optional<std::string>("h"));
}

TEST(Base64Test, EmptyInputDecodesToEmpty) {
  EXPECT_EQ(DecodeBase64(""), std::optional<std::string>(""));
}

TEST(Base64Test, WhitespaceIsIgnored) {
  EXPECT_EQ(DecodeBase64("  aGVs\nbG8=\r\n\t"), std::optional<std::string>("hello"));
  EXPECT_EQ(DecodeBase64("YW Jj"), std::optional<std::string>("abc"));
}

TEST(Base64Test, FullAlphabetAndBinaryBytes) {
  // "+/" are 62 and 63: 0xFB 0xFF 0xBF.
  EXPECT_EQ(DecodeBase64("+/+/"), std::optional<std::string>("\xFB\xFF\xBF"));
  EXPECT_EQ(DecodeBase64("AAAA"), std::optional<std::string>(std::string(3, '\0')));
}

TEST(Base64Test, InvalidCharactersAreRejected) {
  EXPECT_EQ(DecodeBase64("aGVs*G8="), std::nullopt);
  EXPECT_EQ(DecodeBase64("not base64!"), std::nullopt);
  // URL-safe alphabet is not the standard one.
  EXPECT_EQ(DecodeBase64("-_-_"), std::nullopt);
}

TEST(Base64Test, BadLengthOrPaddingIsRejected) {
  EXPECT_EQ(DecodeBase64("a"), std::nullopt);       // one symbol cannot make a byte
  EXPECT_EQ(DecodeBase64("aGVsb"), std::nullopt);   // 5 symbols
  EXPECT_EQ(DecodeBase64("aA==="), std::nullopt);   // three padding characters
  EXPECT_EQ(DecodeBase64("aGk=="), std::nullopt);   // padding beyond a quantum
  EXPECT_EQ(DecodeBase64("aA==aA=="), std::nullopt);  // data after padding
}

}  // namespace
}  // namespace prowlint
