// SPDX-License-Identifier: Apache-2.0
// Tests for the version table (lint/prow/version_table.h): every row of every
// family is judged on each side of its boundaries (the day before, the known
// tags, the merge day, the day after), and each family's facts are checked at
// the boundaries the research corrected.
#include "lint/prow/version_table.h"

#include <gtest/gtest.h>

#include <ctime>
#include <string>
#include <vector>

namespace prowlint {
namespace {

std::optional<ProwVersion> Tag(const std::string& text) {
  std::string error;
  auto v = ParseProwVersion(text, error);
  EXPECT_TRUE(v) << text << ": " << error;
  return v;
}

// A tag of `day` with a sha no table row names.
std::optional<ProwVersion> On(Day day) {
  return ProwVersion{"v" + std::to_string(day) + "-0000000", day};
}

Day Shift(Day day, int days) {
  std::tm tm{};
  tm.tm_year = day / 10000 - 1900;
  tm.tm_mon = day / 100 % 100 - 1;
  tm.tm_mday = day % 100 + days;
  tm.tm_hour = 12;
  timegm(&tm);
  return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

// Every boundary: before it no, after it yes, on its day maybe unless the tag
// is one of its known tags; and the known tags sit on the right days.
void ExpectBoundary(const Boundary& b, const std::string& what) {
  if (!b.Set()) return;
  SCOPED_TRACE(what + " @" + std::to_string(b.day));
  EXPECT_EQ(Contains(On(Shift(b.day, -1)), b), Presence::kNo);
  EXPECT_EQ(Contains(On(b.day), b), Presence::kMaybe);
  EXPECT_EQ(Contains(On(Shift(b.day, 1)), b), Presence::kYes);
  if (!b.first_with.empty()) {
    const auto v = Tag(std::string(b.first_with));
    EXPECT_EQ(Contains(v, b), Presence::kYes);
    EXPECT_GE(v->date, b.day) << "the first tag with a change cannot predate its merge";
  }
  if (!b.last_without.empty()) {
    const auto v = Tag(std::string(b.last_without));
    EXPECT_EQ(Contains(v, b), Presence::kNo);
    EXPECT_LE(v->date, b.day) << "the last tag without a change cannot follow its merge";
  }
}

void ExpectSpan(const Span& s, const std::string& what) {
  ExpectBoundary(s.since, what + " since");
  ExpectBoundary(s.until, what + " until");
  if (s.since.Set() && s.until.Set()) {
    EXPECT_LE(s.since.day, s.until.day) << what;
  }
}

TEST(VersionTable, NoVersionAndLatestAreAfterEveryChange) {
  const Boundary b{20990101, "", ""};
  EXPECT_EQ(Contains(std::nullopt, b), Presence::kYes);
  EXPECT_EQ(Contains(ProwVersion{"latest", 0}, b), Presence::kYes);
  EXPECT_EQ(Contains(On(20200101), Boundary{}), Presence::kYes);
}

TEST(VersionTable, AliasErasEachSideOfEachBoundary) {
  Day previous_until = 0;
  for (const AliasEraRow& row : PlankAliasEras()) {
    ExpectSpan(row.span, AliasEraName(row.era));
    // Contiguous: each era starts where the previous one ends.
    EXPECT_EQ(row.span.since.day, previous_until) << AliasEraName(row.era);
    previous_until = row.span.until.day;
  }
  EXPECT_EQ(previous_until, 0) << "the last era is open-ended";
}

TEST(VersionTable, AliasErasCorrectedToUtcMergeDays) {
  using E = AliasEra;
  auto eras = [](const std::optional<ProwVersion>& v) { return SemanticsFor(v).eras; };
  // A tag built on 2019-01-31 may still ignore --build-cluster (#11068 merged
  // 22:22 UTC), or panic.
  EXPECT_EQ(eras(On(20190131)), (std::vector<E>{E::kBuildClusterIgnored, E::kStartupPanic}));
  EXPECT_EQ(eras(On(20190201)), (std::vector<E>{E::kStartupPanic, E::kRandomDefault}));
  EXPECT_EQ(eras(On(20190130)), (std::vector<E>{E::kBuildClusterIgnored}));
  EXPECT_EQ(eras(On(20190204)), (std::vector<E>{E::kRandomDefault}));
  // v20190222-631643b (00:08 UTC) precedes #11436 (02:31 UTC): still C'.
  EXPECT_EQ(eras(Tag("v20190222-631643b")), (std::vector<E>{E::kLiteralDefaultKept}));
  EXPECT_EQ(eras(Tag("v20190222-1af0455")), (std::vector<E>{E::kLegacyMap}));
  EXPECT_EQ(eras(On(20190222)), (std::vector<E>{E::kLiteralDefaultKept, E::kLegacyMap}));
  EXPECT_EQ(eras(On(20190221)), (std::vector<E>{E::kLiteralDefaultKept}));
  // Known tags resolve their merge day.
  EXPECT_EQ(eras(Tag("v20190827-484b36c51")), (std::vector<E>{E::kMergeConfigs}));
  EXPECT_EQ(eras(Tag("v20200825-967ee0e48b")), (std::vector<E>{E::kKubeconfigOnly}));
  EXPECT_EQ(eras(Tag("v20200820-86c379653b")), (std::vector<E>{E::kMergeConfigs}));
}

TEST(VersionTable, ClusterFeaturesEachSide) {
  for (const ClusterFeatureRow& row : ClusterFeatures()) {
    ExpectBoundary(row.since, "feature");
    EXPECT_FALSE(HasFeature(On(Shift(row.since.day, -1)), row.feature));
    EXPECT_TRUE(HasFeature(On(row.since.day), row.feature)) << "a same-day tag may have it";
    EXPECT_TRUE(HasFeature(On(Shift(row.since.day, 1)), row.feature));
    if (!row.since.last_without.empty()) {
      EXPECT_FALSE(HasFeature(Tag(std::string(row.since.last_without)), row.feature));
    }
  }
}

TEST(VersionTable, UnknownAliasOutcomePerEra) {
  EXPECT_EQ(SemanticsFor(On(20190215)).unknown_alias, UnknownAliasOutcome::kPlankRefusesToStart);
  EXPECT_EQ(SemanticsFor(On(20200101)).unknown_alias, UnknownAliasOutcome::kRetriedForever);
  EXPECT_EQ(SemanticsFor(Tag("v20210128-456894510a")).unknown_alias,
            UnknownAliasOutcome::kTerminalError);
  EXPECT_EQ(SemanticsFor(Tag("v20210128-721ee668fd")).unknown_alias,
            UnknownAliasOutcome::kRetriedForever);
}

TEST(VersionTable, KnownBadRowsEachSide) {
  for (const KnownBadRow& row : KnownBadTags()) {
    if (row.what == KnownBad::kRolledBack) {
      EXPECT_TRUE(Tag(std::string(row.tag)));
      EXPECT_TRUE(Tag(std::string(row.safe_before))) << row.tag;
      EXPECT_LE(Tag(std::string(row.safe_before))->date, Tag(std::string(row.tag))->date);
      continue;
    }
    ExpectSpan(row.span, std::string(row.component));
    EXPECT_EQ(Within(Tag(std::string(row.safe_before)), row.span), Presence::kNo);
    EXPECT_EQ(Within(Tag(std::string(row.safe_after)), row.span), Presence::kNo);
  }
}

TEST(VersionTable, TheTwoOutageWindows) {
  auto in = [](KnownBad what, const std::optional<ProwVersion>& v) {
    Presence p = Presence::kNo;
    for (const KnownBadRow& row : KnownBadTags())
      if (row.what == what) p = Either(p, Within(v, row.span));
    return p;
  };
  // 2019-02-05: v20190205-2820e5e is in, the fix's first tag is not.
  EXPECT_EQ(in(KnownBad::kPodsInProwJobNamespace, Tag("v20190205-2820e5e")), Presence::kYes);
  EXPECT_EQ(in(KnownBad::kPodsInProwJobNamespace, Tag("v20190206-75d4a95")), Presence::kNo);
  EXPECT_EQ(in(KnownBad::kPodsInProwJobNamespace, Tag("v20190125-2aca69d")), Presence::kNo);
  EXPECT_EQ(in(KnownBad::kPodsInProwJobNamespace, On(20190205)), Presence::kMaybe);
  // 2019-02-08: every prow.k8s.io tag of the window.
  for (const char* tag :
       {"v20190205-2820e5e", "v20190206-75d4a95", "v20190206-b01b288", "v20190208-c35c7e3"})
    EXPECT_EQ(in(KnownBad::kRandomDefault, Tag(tag)), Presence::kYes) << tag;
  EXPECT_EQ(in(KnownBad::kRandomDefault, Tag("v20190220-ef0e29b")), Presence::kNo);
  EXPECT_EQ(in(KnownBad::kRandomDefault, Tag("v20190125-2aca69d")), Presence::kNo);
  // The crash window covers only builds of 2019-01-31 and 2019-02-01.
  EXPECT_EQ(in(KnownBad::kFlagRedefinedPanic, On(20190130)), Presence::kNo);
  EXPECT_EQ(in(KnownBad::kFlagRedefinedPanic, On(20190131)), Presence::kMaybe);
  EXPECT_EQ(in(KnownBad::kFlagRedefinedPanic, Tag("v20190205-2820e5e")), Presence::kNo);
  // Sinker's copy paused while #11209 was in.
  EXPECT_EQ(in(KnownBad::kSinkerRandomDefault, On(20190215)), Presence::kNo);
  EXPECT_EQ(in(KnownBad::kSinkerRandomDefault, On(20190301)), Presence::kYes);
  EXPECT_EQ(in(KnownBad::kSinkerRandomDefault, Tag("v20190312-abfe0e0")), Presence::kNo);
}

TEST(VersionTable, PodNamespaceWindow) {
  using P = PodNamespace;
  EXPECT_EQ(PodNamespacesFor(Tag("v20190125-2aca69d")), (std::vector<P>{P::kPodNamespace}));
  EXPECT_EQ(PodNamespacesFor(Tag("v20190205-2820e5e")), (std::vector<P>{P::kProwJobNamespace}));
  EXPECT_EQ(PodNamespacesFor(On(20190203)), (std::vector<P>{P::kProwJobNamespace}));
  EXPECT_EQ(PodNamespacesFor(On(20190205)),
            (std::vector<P>{P::kProwJobNamespace, P::kPodNamespace}));
  EXPECT_EQ(PodNamespacesFor(On(20190131)),
            (std::vector<P>{P::kPodNamespace, P::kProwJobNamespace}));
  EXPECT_EQ(PodNamespacesFor(Tag("v20190206-75d4a95")), (std::vector<P>{P::kPodNamespace}));
  EXPECT_EQ(PodNamespacesFor(std::nullopt), (std::vector<P>{P::kPodNamespace}));
}

TEST(VersionTable, BinariesEachSide) {
  for (const BinaryRow& row : Binaries()) {
    ExpectSpan(row.span, std::string(row.component));
    Presence p = Presence::kNo;
    if (row.span.until.Set()) {
      EXPECT_EQ(MissingBinary(row.component, On(Shift(row.span.until.day, -1)), &p), nullptr);
      EXPECT_EQ(MissingBinary(row.component, On(Shift(row.span.until.day, 1)), &p), &row);
      EXPECT_EQ(p, Presence::kYes);
      EXPECT_EQ(MissingBinary(row.component, On(row.span.until.day), &p), &row);
      EXPECT_EQ(p, Presence::kMaybe);
    }
    if (row.span.since.Set()) {
      EXPECT_EQ(MissingBinary(row.component, On(Shift(row.span.since.day, -1)), &p), &row);
      EXPECT_EQ(MissingBinary(row.component, On(Shift(row.span.since.day, 1)), &p), nullptr);
    }
  }
  // The plank binary: last built v20210409-7d5e552c49 (test-infra #21759).
  EXPECT_EQ(MissingBinary("plank", Tag("v20210409-7d5e552c49"), nullptr), nullptr);
  EXPECT_NE(MissingBinary("plank", Tag("v20210412-ed35ec0cee"), nullptr), nullptr);
  EXPECT_EQ(MissingBinary("hook", std::nullopt, nullptr), nullptr);
}

TEST(VersionTable, FlagRowsEachSide) {
  for (const FlagRow& row : FlagHistory()) {
    const std::string what = std::string(row.component) + " --" + std::string(row.flag);
    ExpectSpan({row.added, row.removed}, what);
    EXPECT_NE(row.flag.substr(0, 1), "-") << what << ": stored without dashes";
    if (row.removed.Set() && !row.removed.first_with.empty()) {
      const FlagVerdict v =
          FlagAt(row.component, row.flag, Tag(std::string(row.removed.first_with)));
      // Another interval may define it again on that tag (plank --cluster);
      // when none does, a row says why (removed before, or added after).
      if (v.defined == Presence::kNo) {
        EXPECT_NE(v.row, nullptr) << what;
      }
    }
    if (row.added.Set() && !row.added.first_with.empty()) {
      EXPECT_EQ(FlagAt(row.component, row.flag, Tag(std::string(row.added.first_with))).defined,
                Presence::kYes)
          << what;
    }
  }
}

TEST(VersionTable, KeyFlagFacts) {
  // --build-cluster removed 2020-08-24 (test-infra #15287), not 08-28.
  FlagVerdict v = FlagAt("sinker", "build-cluster", Tag("v20200825-967ee0e48b"));
  EXPECT_EQ(v.defined, Presence::kNo);
  ASSERT_NE(v.row, nullptr);
  EXPECT_EQ(v.row->removed.day, 20200824);
  EXPECT_EQ(v.row->removed_certainty, Certainty::kVerified);
  EXPECT_EQ(FlagAt("sinker", "build-cluster", Tag("v20200820-86c379653b")).defined, Presence::kYes);
  EXPECT_EQ(FlagAt("sinker", "build-cluster", On(20200824)).defined, Presence::kMaybe);
  // --kubeconfig-dir added 2021-08-18 (test-infra #23194).
  v = FlagAt("prow-controller-manager", "kubeconfig-dir", Tag("v20210817-556107e20a"));
  EXPECT_EQ(v.defined, Presence::kNo);
  ASSERT_NE(v.row, nullptr);
  EXPECT_FALSE(v.removed);
  EXPECT_EQ(v.row->added_certainty, Certainty::kVerified);
  // crier --gcs-workers removed 2022-05-27; two tags of that day.
  EXPECT_EQ(FlagAt("crier", "gcs-workers", Tag("v20220527-aa612a064e")).defined, Presence::kYes);
  EXPECT_EQ(FlagAt("crier", "gcs-workers", Tag("v20220527-80855b9778")).defined, Presence::kNo);
  // cherrypicker never had --config-path: no row, nothing to say.
  EXPECT_EQ(FlagAt("cherrypicker", "config-path", On(20200623)).row, nullptr);
  // Flags the table does not know are not judged.
  EXPECT_EQ(FlagAt("hook", "no-such-flag", On(20200101)).defined, Presence::kYes);
  EXPECT_TRUE(FlagTableCovers("label_sync", On(20230101)));
  EXPECT_FALSE(FlagTableCovers("label_sync", On(20250101))) << "left Prow at the split";
  EXPECT_FALSE(FlagTableCovers("boskos", On(20200101)));
}

TEST(VersionTable, RequiredFlagRowsEachSide) {
  for (const RequiredFlagRow& row : RequiredFlags()) {
    ExpectSpan(row.span, std::string(row.component) + " needs --" + std::string(row.flag));
    EXPECT_FALSE(row.source.empty());
  }
  auto needs = [](std::string_view component, std::string_view flag,
                  const std::optional<ProwVersion>& v) {
    Presence p = Presence::kNo;
    for (const RequiredFlagRow& row : RequiredFlags())
      if (row.component == component && row.flag == flag) p = Either(p, Within(v, row.span));
    return p;
  };
  // --config-path: required from 2020-04-24 (#17360), not 2019-04-02.
  EXPECT_EQ(needs("hook", "config-path", On(20190410)), Presence::kNo);
  EXPECT_EQ(needs("hook", "config-path", Tag("v20200424-22d77d1c9")), Presence::kNo);
  EXPECT_EQ(needs("hook", "config-path", Tag("v20200427-baaf248ed")), Presence::kYes);
  EXPECT_EQ(needs("crier", "config-path", Tag("v20190205-2820e5e")), Presence::kYes);
  EXPECT_EQ(needs("prow-controller-manager", "config-path", Tag("v20210415-ecffc9c27e")),
            Presence::kNo);
  EXPECT_EQ(needs("prow-controller-manager", "config-path", Tag("v20210419-ac42fc915b")),
            Presence::kYes);
  EXPECT_EQ(needs("status-reconciler", "config-path", On(20220101)), Presence::kNo);
  EXPECT_EQ(needs("cherrypicker", "config-path", On(20220101)), Presence::kNo);
  // horologium: dry-run default true 2020-04-24 .. 2021-04-12; --deck-url until 2021-08-31.
  EXPECT_EQ(needs("horologium", "dry-run", On(20200423)), Presence::kNo);
  EXPECT_EQ(needs("horologium", "dry-run", Tag("v20200518-8da074ad4")), Presence::kYes);
  EXPECT_EQ(needs("horologium", "dry-run", Tag("v20210412-ed35ec0cee")), Presence::kNo);
  EXPECT_EQ(needs("horologium", "deck-url", Tag("v20210412-ed35ec0cee")), Presence::kYes);
  EXPECT_EQ(needs("horologium", "deck-url", Tag("v20210831-87a76d4505")), Presence::kNo);
  // sinker: 2019-02-01 .. 2019-02-13, then from 2021-04-15.
  EXPECT_EQ(needs("sinker", "dry-run", Tag("v20190205-2820e5e")), Presence::kYes);
  EXPECT_EQ(needs("sinker", "dry-run", Tag("v20190220-ef0e29b")), Presence::kNo);
  EXPECT_EQ(needs("sinker", "dry-run", Tag("v20210414-378dc3ffc3")), Presence::kNo);
  EXPECT_EQ(needs("sinker", "dry-run", Tag("v20210415-945b4b9a79")), Presence::kYes);
  EXPECT_EQ(needs("hook", "dry-run", On(20180301)), Presence::kYes);
}

TEST(VersionTable, RbacRowsEachSide) {
  auto needs = [](std::string_view component, std::string_view resource,
                  const std::optional<ProwVersion>& v) {
    Presence p = Presence::kNo;
    for (const RbacRow& row : RbacNeeds())
      if (row.component == component && row.resource == resource)
        p = Either(p, Within(v, row.span));
    return p;
  };
  for (const RbacRow& row : RbacNeeds()) {
    ExpectSpan(row.span, std::string(row.component) + " " + std::string(row.resource));
    EXPECT_FALSE(row.verbs.empty());
  }
  // Leases from 2020-11-10 (#19440), not 2020-11-11.
  EXPECT_EQ(needs("sinker", "leases", On(20201109)), Presence::kNo);
  EXPECT_EQ(needs("sinker", "leases", Tag("v20201110-9e512b5af0")), Presence::kYes);
  // Configmap locks only until the controller-runtime v0.12 bump.
  EXPECT_EQ(needs("prow-controller-manager", "configmaps", On(20220101)), Presence::kYes);
  EXPECT_EQ(needs("prow-controller-manager", "configmaps", Tag("v20220630-695df9040a")),
            Presence::kNo);
  // Sinker lists pods from 2020-09-14 (#19204); horologium watches from 2021-04-12.
  EXPECT_EQ(needs("sinker", "pods", On(20200913)), Presence::kNo);
  EXPECT_EQ(needs("sinker", "pods", Tag("v20200915-2d83bde221")), Presence::kYes);
  EXPECT_EQ(needs("horologium", "prowjobs", On(20210411)), Presence::kNo);
  EXPECT_EQ(needs("horologium", "prowjobs", Tag("v20210412-ed35ec0cee")), Presence::kYes);
  EXPECT_EQ(needs("prow-controller-manager", "pods", Tag("v20230320-bf693f37b7")), Presence::kNo);
  EXPECT_EQ(needs("prow-controller-manager", "pods", Tag("v20230321-1dcc1a65ba")), Presence::kYes);
}

TEST(VersionTable, SkewRowsEachSide) {
  for (const SkewRow& row : SkewBreaks()) ExpectBoundary(row.boundary, std::string(row.source));
  // Two pod-utility boundaries, not one (v20220222-acb5731b85 in ANNOUNCEMENTS).
  const Boundary& copy_mode = Skew(SkewBreak::kControllersNeedCopyModeEntrypoint).boundary;
  const Boundary& ko = Skew(SkewBreak::kKoUtilitiesNeedCopyModeControllers).boundary;
  EXPECT_EQ(Contains(Tag("v20220217-362d6ac4a0"), copy_mode), Presence::kYes);
  EXPECT_EQ(Contains(Tag("v20220216-1007250f01"), copy_mode), Presence::kNo);
  EXPECT_EQ(Contains(Tag("v20220222-1df1eebe10"), ko), Presence::kYes);
  EXPECT_EQ(Contains(Tag("v20220221-8b6a2593f3"), ko), Presence::kNo);
  const Boundary& paths = Skew(SkewBreak::kKoCommandPaths).boundary;
  EXPECT_EQ(Contains(Tag("v20220222-1df1eebe10"), paths), Presence::kNo);
  EXPECT_EQ(Contains(Tag("v20220222-acb5731b85"), paths), Presence::kYes);
  EXPECT_TRUE(WritesProwJobs("mkpj"));
  EXPECT_FALSE(WritesProwJobs("checkconfig"));
}

TEST(VersionTable, CollectedRegistries) {
  for (const CollectedRegistry& r : CollectedRegistries()) {
    EXPECT_EQ(r.prefix.back(), '/');
    EXPECT_GT(r.max_age_days, 0);
  }
  EXPECT_EQ(DaysBetween(20240801, 20260416), 623);
  EXPECT_EQ(DaysBetween(20200301, 20200228), -2);
}

TEST(VersionTable, RemovedConfigEachSide) {
  for (const RemovedConfigRow& row : RemovedConfig()) {
    ExpectBoundary(row.removed, std::string(row.path));
    auto at = [&](const std::optional<ProwVersion>& v) {
      for (const RemovedConfigRow* r : RemovedConfigAt(v))
        if (r == &row) return true;
      return false;
    };
    EXPECT_FALSE(at(On(Shift(row.removed.day, -1)))) << row.path;
    EXPECT_TRUE(at(On(Shift(row.removed.day, 1)))) << row.path;
  }
  // owners_dir_blacklist: gone from v20220527-aa612a064e; transfer-issue 2026-08-11.
  auto removed = [](std::string_view path, const std::optional<ProwVersion>& v) {
    for (const RemovedConfigRow* r : RemovedConfigAt(v))
      if (r->path == path) return true;
    return false;
  };
  EXPECT_TRUE(removed("owners_dir_blacklist", Tag("v20220527-aa612a064e")));
  EXPECT_FALSE(removed("owners_dir_blacklist", On(20220526)));
  EXPECT_TRUE(removed("plugins: transfer-issue", Tag("v20260811-cafa49460")));
  EXPECT_EQ(UnknownPluginEffect(On(20201210)), RemovedConfigEffect::kHookRefuses);
  EXPECT_EQ(UnknownPluginEffect(Tag("v20210520-56277900f8")), RemovedConfigEffect::kHookIgnores);
}

TEST(VersionTable, ComponentRoles) {
  EXPECT_TRUE(IsController("prow-controller-manager"));
  EXPECT_TRUE(IsController("hook"));
  EXPECT_FALSE(IsController("ghproxy"));
  EXPECT_FALSE(IsController("cherrypicker"));
  EXPECT_TRUE(IsPodUtility("clonerefs"));
  EXPECT_TRUE(NeedsBuildClusters("sinker"));
  EXPECT_FALSE(NeedsBuildClusters("crier")) << "only with its Kubernetes reporter";
  EXPECT_TRUE(SchedulesPods("plank"));
}

}  // namespace
}  // namespace prowlint
