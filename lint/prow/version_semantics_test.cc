// SPDX-License-Identifier: Apache-2.0
// Tests for ParseProwVersion and SemanticsFor (lint/model/prow_version.h).
#include "lint/prow/version_semantics.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace prowlint {
namespace {

ProwVersion MustParse(const std::string& text) {
  std::string error;
  auto v = ParseProwVersion(text, error);
  EXPECT_TRUE(v.has_value()) << text << ": " << error;
  return v.value_or(ProwVersion{});
}

std::string ParseError(const std::string& text) {
  std::string error;
  auto v = ParseProwVersion(text, error);
  EXPECT_FALSE(v.has_value()) << text << " parsed as " << (v ? v->tag : "");
  return error;
}

std::vector<AliasEra> ErasOn(int date) {
  return SemanticsFor(ProwVersion{"v" + std::to_string(date) + "-abcdef0", date}).eras;
}

TEST(ProwVersionTest, ParsesTag) {
  const ProwVersion v = MustParse("v20190208-c35c7e3");
  EXPECT_EQ(v.tag, "v20190208-c35c7e3");
  EXPECT_EQ(v.date, 20190208);
}

TEST(ProwVersionTest, ParsesImageReference) {
  const ProwVersion v = MustParse("gcr.io/k8s-prow/plank:v20190208-c35c7e3");
  EXPECT_EQ(v.tag, "v20190208-c35c7e3");
  EXPECT_EQ(v.date, 20190208);
}

TEST(ProwVersionTest, ParsesImageReferenceWithRegistryPort) {
  const ProwVersion v = MustParse("localhost:5000/k8s-prow/plank:v20200101-0123456789");
  EXPECT_EQ(v.tag, "v20200101-0123456789");
  EXPECT_EQ(v.date, 20200101);
}

TEST(ProwVersionTest, ParsesLatest) {
  const ProwVersion v = MustParse("latest");
  EXPECT_EQ(v.tag, "latest");
  EXPECT_EQ(v.date, 0);
  EXPECT_EQ(MustParse("gcr.io/k8s-prow/plank:latest").tag, "latest");
}

TEST(ProwVersionTest, DropsDirtySuffix) {
  const ProwVersion v = MustParse("v20190208-c35c7e3-dirty");
  EXPECT_EQ(v.tag, "v20190208-c35c7e3");
  EXPECT_EQ(v.date, 20190208);
}

TEST(ProwVersionTest, DropsArchSuffix) {
  const ProwVersion v = MustParse("gcr.io/k8s-prow/plank:v20210101-0123abcd-arm64");
  EXPECT_EQ(v.tag, "v20210101-0123abcd");
  EXPECT_EQ(v.date, 20210101);
}

TEST(ProwVersionTest, RejectsMalformedTags) {
  const char* kSuffix =
      "\" is not a Prow version: expected vYYYYMMDD-<sha> (e.g. v20190208-c35c7e3), an image "
      "reference ending in one, or latest";
  EXPECT_EQ(ParseError("1.2.3"), std::string("\"1.2.3") + kSuffix);
  EXPECT_EQ(ParseError("v2019020-c35c7e3"), std::string("\"v2019020-c35c7e3") + kSuffix);
  EXPECT_EQ(ParseError("v20190208-c35c7"), std::string("\"v20190208-c35c7") + kSuffix);  // 5 hex
  EXPECT_EQ(ParseError("v20190208-xyzxyzx"), std::string("\"v20190208-xyzxyzx") + kSuffix);
  EXPECT_EQ(ParseError("v20190208_c35c7e3"), std::string("\"v20190208_c35c7e3") + kSuffix);
  EXPECT_EQ(ParseError(""), std::string("\"") + kSuffix);
  EXPECT_EQ(ParseError("gcr.io/k8s-prow/plank"), std::string("\"gcr.io/k8s-prow/plank") + kSuffix);
}

TEST(ProwVersionTest, RejectsImpossibleDates) {
  EXPECT_EQ(ParseError("v20191308-c35c7e3"),
            "\"v20191308-c35c7e3\" has no valid date after the v");
  EXPECT_EQ(ParseError("v20190200-c35c7e3"),
            "\"v20190200-c35c7e3\" has no valid date after the v");
}

TEST(ProwVersionTest, RejectsDigests) {
  EXPECT_EQ(ParseError("gcr.io/k8s-prow/plank@sha256:0123456789abcdef"),
            "an image digest does not name a Prow version; give the tag (vYYYYMMDD-<sha>)");
}

TEST(ProwVersionTest, TagWithDigestUsesTheTag) {
  std::string error;
  const auto v = ParseProwVersion("gcr.io/k8s-prow/plank:v20190208-c35c7e3@sha256:0123abcd", error);
  ASSERT_TRUE(v) << error;
  EXPECT_EQ(v->tag, "v20190208-c35c7e3");
}

TEST(ProwVersionTest, RejectsDaysAMonthDoesNotHave) {
  EXPECT_EQ(ParseError("v20190230-c35c7e3"), "\"v20190230-c35c7e3\" has no valid date after the v");
  EXPECT_EQ(ParseError("v20190229-c35c7e3"), "\"v20190229-c35c7e3\" has no valid date after the v");
  std::string error;
  EXPECT_TRUE(ParseProwVersion("v20200229-c35c7e3", error)) << "2020 is a leap year";
  EXPECT_TRUE(ParseProwVersion("v20190131-c35c7e3", error));
}

TEST(ProwVersionTest, ErasPerDate) {
  using E = AliasEra;
  EXPECT_EQ(ErasOn(20190125), (std::vector<E>{E::kLegacyMap}));
  EXPECT_EQ(ErasOn(20190128), (std::vector<E>{E::kLegacyMap, E::kBuildClusterIgnored}));
  EXPECT_EQ(ErasOn(20190129), (std::vector<E>{E::kBuildClusterIgnored}));
  // UTC merge days (version-table.md §9): #11068 merged 2019-01-31 22:22Z,
  // the start-up panic it brought was fixed 2019-02-01 19:57Z.
  EXPECT_EQ(ErasOn(20190131), (std::vector<E>{E::kBuildClusterIgnored, E::kStartupPanic}));
  EXPECT_EQ(ErasOn(20190201), (std::vector<E>{E::kStartupPanic, E::kRandomDefault}));
  EXPECT_EQ(ErasOn(20190208), (std::vector<E>{E::kRandomDefault}));
  EXPECT_EQ(ErasOn(20190211), (std::vector<E>{E::kRandomDefault, E::kLiteralDefaultKept}));
  EXPECT_EQ(ErasOn(20190215), (std::vector<E>{E::kLiteralDefaultKept}));
  EXPECT_EQ(ErasOn(20190221), (std::vector<E>{E::kLiteralDefaultKept}));
  EXPECT_EQ(ErasOn(20190222), (std::vector<E>{E::kLiteralDefaultKept, E::kLegacyMap}));
  EXPECT_EQ(ErasOn(20190301), (std::vector<E>{E::kLegacyMap}));
  EXPECT_EQ(ErasOn(20190826), (std::vector<E>{E::kLegacyMap, E::kMergeConfigs}));
  EXPECT_EQ(ErasOn(20200101), (std::vector<E>{E::kMergeConfigs}));
  EXPECT_EQ(ErasOn(20230101), (std::vector<E>{E::kKubeconfigOnly}));
}

TEST(ProwVersionTest, NoVersionAndLatestAreTodaysProw) {
  const VersionSemantics none = SemanticsFor(std::nullopt);
  EXPECT_EQ(none.eras, (std::vector<AliasEra>{AliasEra::kKubeconfigOnly}));
  EXPECT_TRUE(none.disabled_clusters);
  EXPECT_TRUE(none.no_in_cluster_config_flag);
  EXPECT_TRUE(none.kubeconfig_dir_flag);
  EXPECT_EQ(none.Name(), "today's Prow");
  EXPECT_FALSE(none.version.has_value());

  const VersionSemantics latest = SemanticsFor(ProwVersion{"latest", 0});
  EXPECT_EQ(latest.eras, (std::vector<AliasEra>{AliasEra::kKubeconfigOnly}));
  EXPECT_TRUE(latest.disabled_clusters);
  EXPECT_EQ(latest.Name(), "latest");
}

TEST(ProwVersionTest, DisabledClustersFromMergeDay) {
  EXPECT_FALSE(SemanticsFor(ProwVersion{"v20230926-abcdef0", 20230926}).disabled_clusters);
  EXPECT_TRUE(SemanticsFor(ProwVersion{"v20230927-abcdef0", 20230927}).disabled_clusters);
}

TEST(ProwVersionTest, FlagsFromMergeDays) {
  EXPECT_FALSE(SemanticsFor(ProwVersion{"v20210826-abcdef0", 20210826}).no_in_cluster_config_flag);
  EXPECT_TRUE(SemanticsFor(ProwVersion{"v20210827-abcdef0", 20210827}).no_in_cluster_config_flag);
  EXPECT_FALSE(SemanticsFor(ProwVersion{"v20210817-abcdef0", 20210817}).kubeconfig_dir_flag);
  EXPECT_TRUE(SemanticsFor(ProwVersion{"v20210818-abcdef0", 20210818}).kubeconfig_dir_flag);
}

TEST(ProwVersionTest, HasAndName) {
  const VersionSemantics s = SemanticsFor(ProwVersion{"v20190211-abcdef0", 20190211});
  EXPECT_TRUE(s.Has(AliasEra::kRandomDefault));
  EXPECT_TRUE(s.Has(AliasEra::kLiteralDefaultKept));
  EXPECT_FALSE(s.Has(AliasEra::kLegacyMap));
  EXPECT_EQ(s.Name(), "v20190211-abcdef0");
}

}  // namespace
}  // namespace prowlint
