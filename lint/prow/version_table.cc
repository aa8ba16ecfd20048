// SPDX-License-Identifier: Apache-2.0
// The version table (see version_table.h): every version-dependent fact
// prowlint knows, one row each, with the UTC merge day, the known tags on each
// side and the source. TI = kubernetes/test-infra (Prow until 2024-04-09),
// SP = kubernetes-sigs/prow; "#N sha" is the pull request and its merge
// commit. Research and corrections: ../research/version-table.md.
// Adding a fact = adding a row; nothing else compares dates.
#include "lint/prow/version_table.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace prowlint {
namespace {

// The tables are data, laid out one row (or one fact) per line for review;
// clang-format would explode them into one field per line.
// clang-format off
using C = Certainty;
constexpr Boundary kNever{};

// ---------------------------------------------------------------------------
// Plank's alias-resolution eras (prow-semantics §1.1, §2.2, corrected to UTC
// merge days: version-table.md §1, §9). Spans are half-open; a tag built on a
// boundary day belongs to both eras unless it is one of the known tags.
constexpr AliasEraRow kPlankAliasEras[] = {
    // Legacy --build-cluster map; literal "default" required. TI#6053 7ff4c2f8b6.
    {{kNever, {20190128, "", "v20190125-2aca69d"}}, AliasEra::kLegacyMap},
    // TI#10987 1fba49a1b5 (2019-01-28 22:40Z): plank declares --build-cluster
    // but never reads it.
    {{{20190128, "", "v20190125-2aca69d"}, {20190131, "v20190205-2820e5e", ""}},
     AliasEra::kBuildClusterIgnored},
    // TI#11068 710f9e4d64 (2019-01-31 22:22Z) defines --build-cluster twice:
    // plank panics at start until TI#11083 3798efdb6d (2019-02-01 19:57Z).
    {{{20190131, "v20190205-2820e5e", ""}, {20190201, "v20190205-2820e5e", ""}},
     AliasEra::kStartupPanic},
    // The in-cluster context renamed "default" in a map loop, clobbering a
    // literal one at random; fixed by TI#11209 9d7d35a0c9 (2019-02-11 19:32Z).
    {{{20190201, "v20190205-2820e5e", ""}, {20190211, "v20190220-ef0e29b", "v20190208-c35c7e3"}},
     AliasEra::kRandomDefault},
    // Literal "default" kept; ended by TI#11436 1af0455ee2 (2019-02-22 02:31Z),
    // plank back on the legacy client (v20190222-631643b, 00:08Z, is still here).
    {{{20190211, "v20190220-ef0e29b", "v20190208-c35c7e3"},
      {20190222, "v20190222-1af0455", "v20190222-631643b"}},
     AliasEra::kLiteralDefaultKept},
    {{{20190222, "v20190222-1af0455", "v20190222-631643b"},
      {20190826, "v20190827-484b36c51", "v20190823-26f02d2fe"}},
     AliasEra::kLegacyMap},
    // mergeConfigs: TI#13980 bce66e123d (2019-08-26 21:46Z).
    {{{20190826, "v20190827-484b36c51", "v20190823-26f02d2fe"},
      {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}},
     AliasEra::kMergeConfigs},
    // --build-cluster removed: TI#15287 7bcc9f48cd (2020-08-24 19:44Z;
    // ANNOUNCEMENTS says 2020-08-28).
    {{{20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, kNever},
     AliasEra::kKubeconfigOnly},
};

constexpr ClusterFeatureRow kClusterFeatures[] = {
    // An unknown alias ends the job in error state: TI#20612 b59a126fea.
    {ClusterFeature::kUnknownAliasTerminal,
     {20210128, "v20210128-456894510a", "v20210128-721ee668fd"}, C::kVerified},
    // TI#23194 4cdff9459c.
    {ClusterFeature::kKubeconfigDirFlag, {20210818, "v20210818-b81cb0bc7b", "v20210817-556107e20a"},
     C::kVerified},
    // TI#23378 98f54bde95.
    {ClusterFeature::kNoInClusterConfigFlag,
     {20210827, "v20210827-98f54bde95", "v20210826-d4b68720ec"}, C::kVerified},
    // TI#30869 f8b8856dbc.
    {ClusterFeature::kDisabledClusters, {20230927, "v20230927-f8b8856dbc", "v20230926-ea9f5532a4"},
     C::kVerified},
};

// ---------------------------------------------------------------------------
// Known-bad windows and tags (version-table.md §2).
constexpr std::string_view kSafeBefore2019 = "v20190125-2aca69d";  // both 2019 reverts' target
constexpr std::string_view kSafeAfter2019 = "v20190222-1af0455";   // plank back on the legacy map

constexpr KnownBadRow kKnownBad[] = {
    {KnownBad::kBuildClusterIgnored, "plank",
     {{20190128, "", "v20190125-2aca69d"}, {20190131, "v20190205-2820e5e", ""}}, "",
     kSafeBefore2019, kSafeAfter2019, C::kVerified, "TI#10987", ""},
    {KnownBad::kFlagRedefinedPanic, "plank",
     {{20190131, "", "v20190125-2aca69d"}, {20190201, "v20190205-2820e5e", ""}}, "",
     kSafeBefore2019, kSafeAfter2019, C::kVerified, "TI#11068, fixed by TI#11083", ""},
    // The 2019-02-05 outage: BuildClusterClients(ProwJobNamespace) put every
    // job pod, in every build cluster, in prowjob_namespace. Introduced by
    // TI#11068 710f9e4d64, fixed by commit 8dac2856b7 in TI#11130 b66d98c434
    // (2019-02-05 18:56Z); post-mortem docs/post-mortems/2019-02-05.md.
    {KnownBad::kPodsInProwJobNamespace, "plank",
     {{20190131, "v20190205-2820e5e", "v20190125-2aca69d"},
      {20190205, "v20190206-75d4a95", "v20190205-2820e5e"}},
     "", kSafeBefore2019, kSafeAfter2019, C::kVerified, "TI#11068, fixed by TI#11130", ""},
    // The 2019-02-08 outage (TI#11204): a literal "default" clobbered by the
    // in-cluster client at random; fixed by TI#11209 9d7d35a0c9.
    {KnownBad::kRandomDefault, "plank",
     {{20190131, "v20190205-2820e5e", "v20190125-2aca69d"},
      {20190211, "v20190220-ef0e29b", "v20190208-c35c7e3"}},
     "", kSafeBefore2019, kSafeAfter2019, C::kVerified, "TI#11068, fixed by TI#11209", ""},
    // Sinker's copy of the remap (TI#11086 8c123b68f8), interrupted while
    // TI#11209 was in (2019-02-11 .. 2019-02-22), ended by TI#11667 34eed5413a.
    {KnownBad::kSinkerRandomDefault, "sinker",
     {{20190201, "v20190205-2820e5e", "v20190125-2aca69d"},
      {20190211, "v20190220-ef0e29b", "v20190208-c35c7e3"}},
     "", kSafeBefore2019, "v20190312-abfe0e0", C::kVerified, "TI#11086, fixed by TI#11667", ""},
    {KnownBad::kSinkerRandomDefault, "sinker",
     {{20190222, "v20190222-1af0455", "v20190222-631643b"},
      {20190311, "v20190312-abfe0e0", "v20190311-a967141"}},
     "", kSafeBefore2019, "v20190312-abfe0e0", C::kVerified, "TI#11436, fixed by TI#11667", ""},
    // Every other prow.k8s.io rollback of hook/plank/PCM to an ancestor
    // (version-table.md §2.1); the two 2019 outages are the windows above.
    {KnownBad::kRolledBack, "", {}, "v20180214-47c8ca847", "v20180208-ad1cbeb94", "",
     C::kReported, "TI#6830", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20180907-7b918216d", "v20180831-d506e8661", "",
     C::kReported, "TI#9307", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20190118-977be68", "v20190117-81934b1", "", C::kReported,
     "TI#10830", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20190220-ef0e29b", "v20190125-2aca69d", "", C::kReported,
     "TI#11429", "prow.k8s.io was slow after the client refactor (TI#11430)"},
    {KnownBad::kRolledBack, "", {}, "v20190304-b7b76c8", "v20190301-2d35634", "", C::kReported,
     "TI#11610", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20190601-ccef44ece", "v20190528-0d7c4b53a", "",
     C::kInferred, "TI#12859", "reverted with a deck front-end build change"},
    {KnownBad::kRolledBack, "", {}, "v20190725-38ed02f62", "v20190724-1fcd9e27e", "",
     C::kReported, "TI#13611", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20190815-f8ab81959", "v20190814-9981dc3c5", "",
     C::kInferred, "TI#13930",
     "first tag with plank patching ProwJobs (TI#13908, reverted) and sinker leader election"},
    {KnownBad::kRolledBack, "", {}, "v20190912-b38f9a963", "v20190911-0708557a1", "",
     C::kReported, "TI#14305", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20191014-f23645095", "v20191011-80f304f54", "",
     C::kInferred, "TI#14759", "decoration defaults broken (TI#14748)"},
    {KnownBad::kRolledBack, "", {}, "v20191112-68b2cebef", "v20191111-3ec17d99d", "",
     C::kReported, "TI#15259", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20191112-9f0441013", "v20191111-3ec17d99d", "",
     C::kReported, "TI#15259", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20200820-859d15fc43", "v20200818-222ac18931", "",
     C::kReported, "TI#18924", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20200908-94d8b4dfcd", "v20200902-b5ff4681c3", "",
     C::kReported, "TI#19156",
     "sinker's cached client only deleted pods in the ProwJobs' cluster (TI#19157)"},
    {KnownBad::kRolledBack, "", {}, "v20200910-1f6f59015c", "v20200910-8c70361b39", "",
     C::kReported, "TI#19190",
     "sinker's cached client only deleted pods in the ProwJobs' cluster (TI#19157)"},
    {KnownBad::kRolledBack, "", {}, "v20210818-3098b88178", "v20210818-b81cb0bc7b", "",
     C::kReported, "TI#23305", "the approve plugin broke (TI#23304)"},
    {KnownBad::kRolledBack, "", {}, "v20210917-ee1e7c845b", "v20210916-7657ce97bf", "",
     C::kReported, "TI#23654", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20220210-0a80d45fa2", "v20220210-b800243aeb", "",
     C::kInferred, "TI#25218", "first bump after the images moved to ko (TI#25157)"},
    {KnownBad::kRolledBack, "", {}, "v20230208-c9357f253d", "v20230208-c46fcd545d", "",
     C::kReported, "TI#28696", "reason not recorded"},
    {KnownBad::kRolledBack, "", {}, "v20230328-2d2bbbf73b", "v20230327-a70c782918", "",
     C::kReported, "TI#29167", "reason not recorded"},
};

// ---------------------------------------------------------------------------
// Binaries (version-table.md §3.2).
constexpr BinaryRow kBinaries[] = {
    // TI#21759 f0c722e283 (2021-04-12 12:55Z; ANNOUNCEMENTS "April 11th").
    {"plank", {kNever, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}},
     "prow-controller-manager", C::kVerified, "TI#21759"},
    // TI#17738 4abea382ef.
    {"prow-controller-manager", {{20200528, "v20200529-d374280316", ""}, kNever}, "",
     C::kVerified, "TI#17738"},
    // TI#15022 c696b73819.
    {"build", {kNever, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}}, "",
     C::kVerified, "TI#15022"},
    // TI#9520 a9d4a45d45.
    {"splice", {kNever, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}}, "",
     C::kVerified, "TI#9520"},
    // TI#15287 7bcc9f48cd, with the clusters.yaml format.
    {"mkbuild-cluster", {kNever, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}},
     "gencred", C::kVerified, "TI#15287"},
    // TI#16633 05d8e86dec.
    {"artifact-uploader", {kNever, {20200305, "v20200305-e8ef9758b", ""}}, "", C::kVerified, "TI#16633"},
    // TI#23613 ffa0e70a0e; generic-autobumper since TI#20813 (2021-03-10).
    {"autobump", {kNever, {20210915, "", ""}}, "generic-autobumper", C::kVerified, "TI#23613"},
    {"generic-autobumper", {{20210310, "", ""}, kNever}, "", C::kVerified, "TI#20813"},
    // TI#32312 008f55ad3f.
    {"phaino", {kNever, {20240326, "v20240326-008f55ad3f", "v20240326-b7ee8eb083"}}, "",
     C::kVerified, "TI#32312"},
    // TI#26658 914c8283a1.
    {"webhook-server", {{20220715, "v20220715-914c8283a1", ""}, kNever}, "", C::kVerified, "TI#26658"},
    // TI#28559 8b677bb83b; TI#30294 dd9af3b760 (static scan).
    {"gangway", {{20230128, "", ""}, kNever}, "", C::kStaticScan, "TI#28559"},
    {"moonraker", {{20230920, "", ""}, kNever}, "", C::kStaticScan, "TI#30294"},
};

// ---------------------------------------------------------------------------
// Flags per component: every interval in which a component's binary defines
// a flag, from a static scan of each cmd package and the option groups it
// uses at the last commit of every month (TI 2017-03 .. 2024-04, SP after),
// each change bisected to its merge (version-table.md §3.3, research YAML
// family flag-history). A scan over-counts conditionally registered flags and
// misses one that came and went inside a month, so its rows say "may"; rows
// whose change was read in the code are kVerified (version-table.md §3.1).
// {component, flag, added, removed, certainty and source of each}
constexpr FlagRow kFlags[] = {
    {"admission", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"admission", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"admission", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"admission", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"admission", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"admission", "tls-cert-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"admission", "tls-private-key-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"branchprotector", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"branchprotector", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"branchprotector", "confirm", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"branchprotector", "enable-apps-restrictions", {20220822, "v20220822-46c56dcda7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#26365", ""},  // added TI#26365 b98f200da8
    {"branchprotector", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"branchprotector", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"branchprotector", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"branchprotector", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"branchprotector", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"branchprotector", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"branchprotector", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"branchprotector", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"branchprotector", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"branchprotector", "github-disabled-org", {20210601, "v20210601-df2711fc5c", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22357", ""},  // added TI#22357 df2711fc5c
    {"branchprotector", "github-disabled-repo", {20210601, "v20210601-df2711fc5c", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22357", ""},  // added TI#22357 df2711fc5c
    {"branchprotector", "github-enabled-org", {20210601, "v20210601-df2711fc5c", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22357", ""},  // added TI#22357 df2711fc5c
    {"branchprotector", "github-enabled-repo", {20210601, "v20210601-df2711fc5c", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22357", ""},  // added TI#22357 df2711fc5c
    {"branchprotector", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"branchprotector", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"branchprotector", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"branchprotector", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"branchprotector", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"branchprotector", "github-token-file", {20181004, "v20181012-72b0b93", ""}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "TI#9503", "TI#17378"},  // added TI#9503 053f4565a1; removed TI#17378 62f352235a
    {"branchprotector", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"branchprotector", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"branchprotector", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"branchprotector", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"branchprotector", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"branchprotector", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"branchprotector", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"branchprotector", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"branchprotector", "token-burst", {20200310, "v20200311-9d5dcfe00", ""}, {20220524, "v20220524-dfb23cb2d1", "v20220524-8120150369"}, C::kStaticScan, C::kVerified, "TI#16703", "TI#26385"},  // added TI#16703 6cbe8044e8; removed TI#26385 8712709ceb
    {"branchprotector", "tokens", {20200310, "v20200311-9d5dcfe00", ""}, {20220524, "v20220524-dfb23cb2d1", "v20220524-8120150369"}, C::kStaticScan, C::kVerified, "TI#16703", "TI#26385"},  // added TI#16703 6cbe8044e8; removed TI#26385 8712709ceb
    {"branchprotector", "verify-restrictions", {20190906, "v20190906-eff7a2073", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13153", ""},  // added TI#13153 eff7a2073c
    {"build", "all-contexts", {20181102, "v20181108-54398d2", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#9986", "TI#15022"},  // added TI#9986 bf5edecd65; removed TI#15022 c696b73819
    {"build", "build-cluster", {20181218, "v20181218-8eb6f41", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#10355", "TI#15022"},  // added TI#10355 6f1747b2db; removed TI#15022 c696b73819
    {"build", "config", {20181218, "v20181218-8eb6f41", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#10355", "TI#15022"},  // added TI#10355 6f1747b2db; removed TI#15022 c696b73819
    {"build", "kubeconfig", {20180810, "v20180814-0a3efc115", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#8888", "TI#15022"},  // added TI#8888 d0b2e55fde; removed TI#15022 c696b73819
    {"build", "marker-file", {20190117, "v20190118-977be68", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#10730", "TI#15022"},  // added TI#10730 fee56074a3; removed TI#15022 c696b73819
    {"build", "master", {20180810, "v20180814-0a3efc115", ""}, {20181102, "v20181108-54398d2", "v20181019-08e9d55c9"}, C::kStaticScan, C::kStaticScan, "TI#8888", "TI#9986"},  // added TI#8888 d0b2e55fde; removed TI#9986 bf5edecd65
    {"build", "metadata-file", {20190117, "v20190118-977be68", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#10730", "TI#15022"},  // added TI#10730 fee56074a3; removed TI#15022 c696b73819
    {"build", "process-log", {20190117, "v20190118-977be68", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#10730", "TI#15022"},  // added TI#10730 fee56074a3; removed TI#15022 c696b73819
    {"build", "tls-cert-file", {20180810, "v20180814-0a3efc115", ""}, {20190502, "v20190503-f018ebad7", "v20190430-866dcd93f"}, C::kStaticScan, C::kStaticScan, "TI#8888", "TI#12200"},  // added TI#8888 d0b2e55fde; removed TI#12200 b23cfa09f0
    {"build", "tls-private-key-file", {20180810, "v20180814-0a3efc115", ""}, {20190502, "v20190503-f018ebad7", "v20190430-866dcd93f"}, C::kStaticScan, C::kStaticScan, "TI#8888", "TI#12200"},  // added TI#8888 d0b2e55fde; removed TI#12200 b23cfa09f0
    {"build", "tot-url", {20181017, "v20181017-d31417a", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#9792", "TI#15022"},  // added TI#9792 817d308bfb; removed TI#15022 c696b73819
    {"build", "use-allow-cancellations", {20190329, "v20190402-d65ae756e", ""}, {20191101, "v20191104-e7d5b8453", "v20191101-c5bcba610"}, C::kStaticScan, C::kStaticScan, "TI#11451", "TI#15022"},  // added TI#11451 83318c1bcf; removed TI#15022 c696b73819
    {"checkconfig", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"checkconfig", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"checkconfig", "exclude-warning", {20190411, "v20190411-f81d8b1a0", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12169", ""},  // added TI#12169 f81d8b1a0d
    {"checkconfig", "expensive-checks", {20190807, "v20190807-722e41c80", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13627", ""},  // added TI#13627 722e41c801
    {"checkconfig", "gcs-credentials-file", {20210809, "v20210809-f7cf0bd038", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23072", ""},  // added TI#23072 093d10785d
    {"checkconfig", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"checkconfig", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"checkconfig", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"checkconfig", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"checkconfig", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"checkconfig", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"checkconfig", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"checkconfig", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"checkconfig", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"checkconfig", "github-endpoint", {20190807, "v20190807-722e41c80", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13627", ""},  // added TI#13627 722e41c801
    {"checkconfig", "github-graphql-endpoint", {20190807, "v20190807-722e41c80", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13627", ""},  // added TI#13627 722e41c801
    {"checkconfig", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"checkconfig", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"checkconfig", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"checkconfig", "github-token-file", {20190807, "v20190807-722e41c80", ""}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "TI#13627", "TI#17378"},  // added TI#13627 722e41c801; removed TI#17378 62f352235a
    {"checkconfig", "github-token-path", {20190807, "v20190807-722e41c80", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13627", ""},  // added TI#13627 722e41c801
    {"checkconfig", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"checkconfig", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"checkconfig", "include-default-warnings", {20211029, "v20211029-f2e5351ee3", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24170", ""},  // added TI#24170 b5a1578a0c
    {"checkconfig", "job-config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"checkconfig", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"checkconfig", "plugin-config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"checkconfig", "prow-yaml-path", {20191203, "v20191204-d7993c80e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#15444", ""},  // added TI#15444 6e843da81a
    {"checkconfig", "prow-yaml-repo-name", {20191203, "v20191204-d7993c80e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#15444", ""},  // added TI#15444 6e843da81a
    {"checkconfig", "required-job-annotations", {20220712, "v20220712-f530502b95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#26656", ""},  // added TI#26656 f530502b95
    {"checkconfig", "s3-credentials-file", {20210809, "v20210809-f7cf0bd038", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23072", ""},  // added TI#23072 093d10785d
    {"checkconfig", "strict", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"checkconfig", "supplemental-plugin-config-dir", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"checkconfig", "supplemental-plugin-configs-filename-suffix", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"checkconfig", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"checkconfig", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"checkconfig", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"checkconfig", "warnings", {20180912, "v20180917-8a2266b96", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9221", ""},  // added TI#9221 23dd33e790
    {"cherrypicker", "allow-all", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"cherrypicker", "create-issue-on-conflict", {20200430, "v20200501-e3ae9873e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17322", ""},  // added TI#17322 17bd0eb2be
    {"cherrypicker", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"cherrypicker", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"cherrypicker", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"cherrypicker", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"cherrypicker", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"cherrypicker", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"cherrypicker", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"cherrypicker", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"cherrypicker", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"cherrypicker", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"cherrypicker", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"cherrypicker", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"cherrypicker", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"cherrypicker", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"cherrypicker", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"cherrypicker", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"cherrypicker", "github-token-path", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"cherrypicker", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"cherrypicker", "hmac-secret-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"cherrypicker", "label-prefix", {20201109, "v20201109-a36ed74f01", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19813", ""},  // added TI#19813 475170b172
    {"cherrypicker", "labels", {20200331, "v20200331-02460ac89", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17028", ""},  // added TI#17028 6cb9f8ae35
    {"cherrypicker", "log-level", {20210404, "v20210404-ef7abaaa70", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21648", ""},  // added TI#21648 ef7abaaa70
    {"cherrypicker", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"cherrypicker", "metrics-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"cherrypicker", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"cherrypicker", "pprof-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"cherrypicker", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"cherrypicker", "use-prow-assignments", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"clonerefs", "clone-alias", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "cookiefile", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "fail", {20190911, "v20190912-b38f9a963", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14280", ""},  // added TI#14280 b65e4ed691
    {"clonerefs", "git-user-email", {20180216, "v20180222-e93967d2f", ""}, {20180328, "v20180403-2f3ad698f", "v20180316-93ade3390"}, C::kStaticScan, C::kStaticScan, "TI#6854", "TI#7436"},  // added TI#6854 7497b3cbc2; removed TI#7436 7cdd8b30f9
    {"clonerefs", "git-user-email", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "git-user-name", {20180216, "v20180222-e93967d2f", ""}, {20180328, "v20180403-2f3ad698f", "v20180316-93ade3390"}, C::kStaticScan, C::kStaticScan, "TI#6854", "TI#7436"},  // added TI#6854 7497b3cbc2; removed TI#7436 7cdd8b30f9
    {"clonerefs", "git-user-name", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "log", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "log", {}, {20180328, "v20180403-2f3ad698f", "v20180316-93ade3390"}, C::kStaticScan, C::kStaticScan, "", "TI#7436"},  // removed TI#7436 7cdd8b30f9
    {"clonerefs", "max-workers", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "repo", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "repo", {}, {20180328, "v20180403-2f3ad698f", "v20180316-93ade3390"}, C::kStaticScan, C::kStaticScan, "", "TI#7436"},  // removed TI#7436 7cdd8b30f9
    {"clonerefs", "src-root", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "src-root", {}, {20180328, "v20180403-2f3ad698f", "v20180316-93ade3390"}, C::kStaticScan, C::kStaticScan, "", "TI#7436"},  // removed TI#7436 7cdd8b30f9
    {"clonerefs", "ssh-key", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"clonerefs", "uri-prefix", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"cm2kc", "input", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"cm2kc", "output", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "ceiling", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "comment", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "confirm", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"commenter", "include-archived", {20190421, "v20190423-006066e40", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12294", ""},  // added TI#12294 143a95a43b
    {"commenter", "include-closed", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "include-locked", {20210727, "v20210727-b2b0794248", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23029", ""},  // added TI#23029 b2b0794248
    {"commenter", "query", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "random", {20190325, "v20190326-9102cd1b1", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11923", ""},  // added TI#11923 db548b1eff
    {"commenter", "template", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "token", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"commenter", "updated", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"config-bootstrapper", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11061", "TI#15287"},  // added TI#11061 5a144d7c10; removed TI#15287 7bcc9f48cd
    {"config-bootstrapper", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"config-bootstrapper", "cluster", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "", "TI#11061"},  // removed TI#11061 5a144d7c10
    {"config-bootstrapper", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"config-bootstrapper", "context", {20190131, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11061", "TI#11667"},  // added TI#11061 5a144d7c10; removed TI#11667 34eed5413a
    {"config-bootstrapper", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"config-bootstrapper", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"config-bootstrapper", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"config-bootstrapper", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"config-bootstrapper", "job-config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"config-bootstrapper", "kubeconfig", {20190128, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10985", ""},  // added TI#10985 ad72cd23fb
    {"config-bootstrapper", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"config-bootstrapper", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"config-bootstrapper", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"config-bootstrapper", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"config-bootstrapper", "plugin-config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"config-bootstrapper", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"config-bootstrapper", "source-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"config-bootstrapper", "supplemental-plugin-config-dir", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"config-bootstrapper", "supplemental-plugin-configs-filename-suffix", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"config-bootstrapper", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"config-bootstrapper", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"config-bootstrapper", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"crier", "additional-slack-token-files", {20210601, "v20210601-16a04c27e3", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22386", ""},  // added TI#22386 16a04c27e3
    {"crier", "blob-storage-workers", {20200525, "v20200526-c96f7e37b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17618", ""},  // added TI#17618 4d6ba206f1
    {"crier", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11060", "TI#15287"},  // added TI#11060 073d271917; removed TI#15287 7bcc9f48cd
    {"crier", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"crier", "cluster", {20181218, "v20181218-8eb6f41", ""}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "TI#10141", "TI#11060"},  // added TI#10141 db74ab3f47; removed TI#11060 073d271917
    {"crier", "config-path", {20181030, "v20181108-54398d2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9914", ""},  // added TI#9914 fe5964bc29
    {"crier", "context", {20190131, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11060", "TI#11667"},  // added TI#11060 073d271917; removed TI#11667 34eed5413a
    {"crier", "cookiefile", {20180919, "v20180920-fd236425b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9380", ""},  // added TI#9380 fd03336ae3
    {"crier", "deck-url", {20181218, "v20181218-8eb6f41", ""}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "TI#10141", "TI#23403"},  // added TI#10141 db74ab3f47; removed TI#23403 cea54d6313
    {"crier", "dry-run", {20181030, "v20181108-54398d2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9914", ""},  // added TI#9914 fe5964bc29
    {"crier", "dry-run", {}, {20170617, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3017"},  // removed TI#3017 63e0d9769c
    {"crier", "gcs-credentials-file", {20200114, "v20200114-6d2c48318", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#15785", ""},  // added TI#15785 cb4db421df
    {"crier", "gcs-workers", {20200114, "v20200114-6d2c48318", ""}, {20220527, "v20220527-80855b9778", "v20220527-aa612a064e"}, C::kStaticScan, C::kVerified, "TI#15785", "TI#26432"},  // added TI#15785 cb4db421df; removed TI#26432 a5a9b90f4c
    {"crier", "gerrit", {20180919, "v20180920-fd236425b", ""}, {20181017, "v20181017-d31417a", "v20181016-65b4cc1"}, C::kStaticScan, C::kStaticScan, "TI#9380", "TI#9506"},  // added TI#9380 fd03336ae3; removed TI#9506 cc4aba4ecb
    {"crier", "gerrit-max-burst", {20230718, "v20230718-0a86ec6744", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30109", ""},  // added TI#30109 0a86ec6744
    {"crier", "gerrit-max-qps", {20230718, "v20230718-0a86ec6744", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30109", ""},  // added TI#30109 0a86ec6744
    {"crier", "gerrit-projects", {20180919, "v20180920-fd236425b", ""}, {20220924, "v20220924-77c2cacc53", "v20220923-6963e8f005"}, C::kStaticScan, C::kVerified, "TI#9380", "TI#27613"},  // added TI#9380 fd03336ae3; removed TI#27613 77c2cacc53
    {"crier", "gerrit-workers", {20181017, "v20181017-d31417a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9506", ""},  // added TI#9506 cc4aba4ecb
    {"crier", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"crier", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"crier", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"crier", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"crier", "github-bot-name", {}, {20170617, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3017"},  // removed TI#3017 63e0d9769c
    {"crier", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"crier", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"crier", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"crier", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"crier", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"crier", "github-disabled-org", {20201209, "v20201210-cd6ba8cfa3", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20186", ""},  // added TI#20186 b7931758c2
    {"crier", "github-disabled-repo", {20201209, "v20201210-cd6ba8cfa3", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20186", ""},  // added TI#20186 b7931758c2
    {"crier", "github-enabled-org", {20201209, "v20201210-cd6ba8cfa3", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20186", ""},  // added TI#20186 b7931758c2
    {"crier", "github-enabled-repo", {20201209, "v20201210-cd6ba8cfa3", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20186", ""},  // added TI#20186 b7931758c2
    {"crier", "github-endpoint", {20181030, "v20181108-54398d2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9914", ""},  // added TI#9914 fe5964bc29
    {"crier", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"crier", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"crier", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"crier", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"crier", "github-token-file", {20181030, "v20181108-54398d2", ""}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "TI#9914", "TI#17378"},  // added TI#9914 fe5964bc29; removed TI#17378 62f352235a
    {"crier", "github-token-file", {}, {20170617, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3017"},  // removed TI#3017 63e0d9769c
    {"crier", "github-token-path", {20181030, "v20181108-54398d2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9914", ""},  // added TI#9914 fe5964bc29
    {"crier", "github-workers", {20181030, "v20181108-54398d2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9914", ""},  // added TI#9914 fe5964bc29
    {"crier", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"crier", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"crier", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"crier", "job-config-path", {20181030, "v20181108-54398d2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9914", ""},  // added TI#9914 fe5964bc29
    {"crier", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"crier", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"crier", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"crier", "kubernetes-blob-storage-workers", {20200525, "v20200526-c96f7e37b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17618", ""},  // added TI#17618 4d6ba206f1
    {"crier", "kubernetes-gcs-workers", {20200123, "v20200123-7b831c9f4", ""}, {20220527, "v20220527-80855b9778", "v20220527-aa612a064e"}, C::kStaticScan, C::kVerified, "TI#15987", "TI#26432"},  // added TI#15987 7b831c9f43; removed TI#26432 a5a9b90f4c
    {"crier", "kubernetes-report-fraction", {20200123, "v20200123-7b831c9f4", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#15987", ""},  // added TI#15987 7b831c9f43
    {"crier", "masterurl", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kVerified, "", "TI#11062"},  // removed TI#11062 05420f4253
    {"crier", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"crier", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"crier", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"crier", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"crier", "num-workers", {}, {20181017, "v20181017-d31417a", "v20181016-65b4cc1"}, C::kStaticScan, C::kStaticScan, "", "TI#9506"},  // removed TI#9506 cc4aba4ecb
    {"crier", "port", {}, {20170617, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3017"},  // removed TI#3017 63e0d9769c
    {"crier", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"crier", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"crier", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"crier", "pubsub", {20180919, "v20180920-fd236425b", ""}, {20181017, "v20181017-d31417a", "v20181016-65b4cc1"}, C::kStaticScan, C::kStaticScan, "TI#9380", "TI#9506"},  // added TI#9380 fd03336ae3; removed TI#9506 cc4aba4ecb
    {"crier", "pubsub-workers", {20181017, "v20181017-d31417a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9506", ""},  // added TI#9506 cc4aba4ecb
    {"crier", "report-agent", {20190108, "v20190109-6897efb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10527", ""},  // added TI#10527 014f15b925
    {"crier", "resultstore-artifacts-dir-only", {20231206, "v20231206-f5c8e5872b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30813", ""},  // added TI#30813 438f6d41e0
    {"crier", "resultstore-workers", {20231206, "v20231206-f5c8e5872b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30813", ""},  // added TI#30813 438f6d41e0
    {"crier", "s3-credentials-file", {20200525, "v20200526-c96f7e37b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17618", ""},  // added TI#17618 4d6ba206f1
    {"crier", "slack-token-file", {20190429, "v20190430-6a7dd776a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12399", ""},  // added TI#12399 c1df80c41b
    {"crier", "slack-workers", {20190429, "v20190430-6a7dd776a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12399", ""},  // added TI#12399 c1df80c41b
    {"crier", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"crier", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"crier", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"deck", "allow-insecure", {20190716, "v20190717-0bf601772", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13323", ""},  // added TI#13323 bffe829fa4
    {"deck", "build-cluster", {}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "", "TI#15287"},  // removed TI#15287 7bcc9f48cd
    {"deck", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"deck", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"deck", "context", {20190131, "v20190205-2820e5e", ""}, {20190222, "v20190222-631643b", "v20190220-ef0e29b"}, C::kStaticScan, C::kVerified, "TI#11065", "TI#11433"},  // added TI#11065 bcc35d9e92; removed TI#11433 631643b354
    {"deck", "cookie-secret", {20180214, "v20180214-47c8ca847", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6629", ""},  // added TI#6629 da759ed67a
    {"deck", "deck-url", {20190128, "v20190205-2820e5e", ""}, {20190222, "v20190222-631643b", "v20190220-ef0e29b"}, C::kStaticScan, C::kVerified, "TI#11000", "TI#11433"},  // added TI#11000 27c1797d83; removed TI#11433 631643b354
    {"deck", "deck-url", {20190312, "v20190312-abfe0e0", ""}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "TI#11733", "TI#23403"},  // added TI#11733 d1fb578f40; removed TI#23403 cea54d6313
    {"deck", "dry-run", {20190731, "v20190731-e3f7b9853", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13564", ""},  // added TI#13564 f174297e91
    {"deck", "enable-tracing", {}, {20180105, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#6129"},  // removed TI#6129 df3ed80ae9
    {"deck", "gcs-cookie-auth", {20200304, "v20200305-e8ef9758b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#16491", ""},  // added TI#16491 34d771372e
    {"deck", "gcs-credentials-file", {20181031, "v20181108-54398d2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9966", ""},  // added TI#9966 33b379bc38
    {"deck", "gcs-no-auth", {20200317, "v20200317-190894183", ""}, {20210521, "v20210521-0713522bd8", "v20210521-0570b0687e"}, C::kStaticScan, C::kVerified, "TI#16825", "TI#22302"},  // added TI#16825 1908941830; removed TI#22302 587bae9c45
    {"deck", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"deck", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"deck", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"deck", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"deck", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"deck", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"deck", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"deck", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"deck", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"deck", "github-endpoint", {20190731, "v20190731-e3f7b9853", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13564", ""},  // added TI#13564 f174297e91
    {"deck", "github-graphql-endpoint", {20190731, "v20190731-e3f7b9853", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13564", ""},  // added TI#13564 f174297e91
    {"deck", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"deck", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"deck", "github-oauth-config-file", {20180214, "v20180214-47c8ca847", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6629", ""},  // added TI#6629 da759ed67a
    {"deck", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"deck", "github-token-file", {20190731, "v20190731-e3f7b9853", ""}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "TI#13564", "TI#17378"},  // added TI#13564 f174297e91; removed TI#17378 62f352235a
    {"deck", "github-token-path", {20190731, "v20190731-e3f7b9853", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13564", ""},  // added TI#13564 f174297e91
    {"deck", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"deck", "hidden-only", {20180205, "v20180206-c747c05d6", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6645", ""},  // added TI#6645 9e9a99d72b
    {"deck", "hook-url", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"deck", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"deck", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"deck", "jenkins-bearer-token-file", {}, {20171014, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#4979"},  // removed TI#4979 b319ba99c8
    {"deck", "jenkins-token-file", {}, {20171014, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#4979"},  // removed TI#4979 b319ba99c8
    {"deck", "jenkins-url", {}, {20171014, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#4979"},  // removed TI#4979 b319ba99c8
    {"deck", "jenkins-user", {}, {20171014, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#4979"},  // removed TI#4979 b319ba99c8
    {"deck", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"deck", "kubeconfig", {20190128, "v20190205-2820e5e", ""}, {20190222, "v20190222-631643b", "v20190220-ef0e29b"}, C::kStaticScan, C::kVerified, "TI#11000", "TI#11433"},  // added TI#11000 27c1797d83; removed TI#11433 631643b354
    {"deck", "kubeconfig", {20190312, "v20190312-abfe0e0", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11733", ""},  // added TI#11733 d1fb578f40
    {"deck", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"deck", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"deck", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"deck", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"deck", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"deck", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"deck", "oauth-url", {20180214, "v20180214-47c8ca847", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6629", ""},  // added TI#6629 da759ed67a
    {"deck", "plugin-config", {20190809, "v20190812-ee5d95270", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13815", ""},  // added TI#13815 fab0a7618e
    {"deck", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"deck", "pregenerated-data", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9543", ""},  // added TI#9543 74f4de03e6
    {"deck", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"deck", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"deck", "redirect-http-to", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"deck", "rerun-creates-job", {20190619, "v20190620-191059517", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12827", ""},  // added TI#12827 18c26b9720
    {"deck", "run-local", {20180207, "v20180208-ad1cbeb94", ""}, {20181004, "v20181012-72b0b93", "v20180928-46ab7c3d9"}, C::kStaticScan, C::kStaticScan, "TI#6616", "TI#9543"},  // added TI#6616 21f8f95848; removed TI#9543 74f4de03e6
    {"deck", "s3-credentials-file", {20200517, "v20200518-8da074ad4", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17183", ""},  // added TI#17183 088d21b2a3
    {"deck", "show-hidden", {20190429, "v20190430-6a7dd776a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12222", ""},  // added TI#12222 1e8974cfa0
    {"deck", "spyglass", {20180905, "v20180907-7b918216d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8922", ""},  // added TI#8922 d9324e36d3
    {"deck", "spyglass-files-location", {20181129, "v20181129-31c544b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10208", ""},  // added TI#10208 84054b3bac
    {"deck", "static-files-location", {20180809, "v20180809-c43e4c545", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8988", ""},  // added TI#8988 848bac2703
    {"deck", "supplemental-plugin-config-dir", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"deck", "supplemental-plugin-configs-filename-suffix", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"deck", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"deck", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"deck", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"deck", "template-files-location", {20180921, "v20180924-864149cd9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9522", ""},  // added TI#9522 f7ff24f340
    {"deck", "tenant-id", {20210816, "v20210816-f9d80a9dc8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23212", ""},  // added TI#23212 f9d80a9dc8
    {"deck", "tide-url", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"deck", "timeout-listing-prowjobs", {20220106, "v20220106-1ddb959ab0", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24800", ""},  // added TI#24800 1ddb959ab0
    {"entrypoint", "timeout", {}, {20180402, "v20180403-2f3ad698f", "v20180316-93ade3390"}, C::kStaticScan, C::kStaticScan, "", "TI#7470"},  // removed TI#7470 dd590b05f9
    {"exporter", "build-cluster", {}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "", "TI#15287"},  // removed TI#15287 7bcc9f48cd
    {"exporter", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"exporter", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"exporter", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"exporter", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"exporter", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"exporter", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"exporter", "job-config-path", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"exporter", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"exporter", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"exporter", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"exporter", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"exporter", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"exporter", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"exporter", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"exporter", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"exporter", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"exporter", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"exporter", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"exporter", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"exporter", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"gangway", "cache-dir-base", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "cookiefile", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"gangway", "github-allowed-burst", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-app-id", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-app-private-key-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-client.backoff-timeout", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-client.initial-delay", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-client.max-404-retries", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-client.max-retries", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-client.request-timeout", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-graphql-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-host", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-hourly-tokens", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-throttle-org", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "grace-period", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "health-port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "in-repo-config-cache-copies", {}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "", "TI#29106"},  // removed TI#29106 e6d3caaf6b
    {"gangway", "in-repo-config-cache-size", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "job-config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "kubeconfig-dir", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "kubeconfig-suffix", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "memory-profile-interval", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "metrics-port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"gangway", "no-in-cluster-config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "pprof-port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "profile-memory-usage", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "projected-token-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "supplemental-prow-config-dir", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "supplemental-prow-configs-filename", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gangway", "supplemental-prow-configs-filename-suffix", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"generic-autobumper", "config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"generic-autobumper", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"generic-autobumper", "github-allowed-burst", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-app-id", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-app-private-key-path", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-client.backoff-timeout", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-client.initial-delay", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-client.max-404-retries", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-client.max-retries", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-client.request-timeout", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-endpoint", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-graphql-endpoint", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-host", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-hourly-tokens", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-throttle-org", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "github-token-path", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "pr-source-mode", {20260518, "v20260518-5e429888d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#716", ""},  // added SP#716 5e429888d6
    {"generic-autobumper", "signoff", {20230622, "v20230622-1d219efcca", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#29591", ""},  // added TI#29591 2c5d256a81
    {"generic-autobumper", "skip-if-no-oncall", {20210602, "v20210602-c9da972437", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22365", ""},  // added TI#22365 c9da972437
    {"generic-autobumper", "skip-pullrequest", {20210512, "v20210512-efc70f6852", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22112", ""},  // added TI#22112 efc70f6852
    {"gerrit", "build-cluster", {20190924, "v20190924-cb71f84e1", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#14452", "TI#15287"},  // added TI#14452 e6e1eac687; removed TI#15287 7bcc9f48cd
    {"gerrit", "cache-dir-base", {20220801, "v20220801-76ef860388", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#26936", ""},  // added TI#26936 76ef860388
    {"gerrit", "change-worker-pool-size", {20220715, "v20220715-5578b93739", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#26816", ""},  // added TI#26816 5578b93739
    {"gerrit", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"gerrit", "cookiefile", {20180916, "v20180917-8a2266b96", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9426", ""},  // added TI#9426 c49b0f7f52
    {"gerrit", "deck-url", {20190924, "v20190924-cb71f84e1", ""}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "TI#14452", "TI#23403"},  // added TI#14452 e6e1eac687; removed TI#23403 cea54d6313
    {"gerrit", "dry-run", {20190924, "v20190924-cb71f84e1", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14452", ""},  // added TI#14452 e6e1eac687
    {"gerrit", "gcs-credentials-file", {20190814, "v20190814-9981dc3c5", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13878", ""},  // added TI#13878 89e6e9743b
    {"gerrit", "gerrit-instance", {}, {20180914, "v20180917-8a2266b96", "v20180910-f829443bd"}, C::kStaticScan, C::kStaticScan, "", "TI#9280"},  // removed TI#9280 485b5607d2
    {"gerrit", "gerrit-max-burst", {20230718, "v20230718-0a86ec6744", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30109", ""},  // added TI#30109 0a86ec6744
    {"gerrit", "gerrit-max-qps", {20230718, "v20230718-0a86ec6744", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30109", ""},  // added TI#30109 0a86ec6744
    {"gerrit", "gerrit-projects", {}, {20220924, "v20220924-77c2cacc53", "v20220923-6963e8f005"}, C::kStaticScan, C::kVerified, "", "TI#27613"},  // removed TI#27613 77c2cacc53
    {"gerrit", "gerrit-projects-opt-out-help", {20210727, "v20210727-e0795bc861", ""}, {20220924, "v20220924-77c2cacc53", "v20220923-6963e8f005"}, C::kStaticScan, C::kVerified, "TI#23034", "TI#27613"},  // added TI#23034 e0795bc861; removed TI#27613 77c2cacc53
    {"gerrit", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"gerrit", "github-allowed-burst", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-app-id", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-app-private-key-path", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-client.backoff-timeout", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-client.initial-delay", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-client.max-404-retries", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-client.max-retries", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-client.request-timeout", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-endpoint", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-graphql-endpoint", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-host", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-hourly-tokens", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-throttle-org", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "github-token-path", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"gerrit", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"gerrit", "in-repo-config-cache-copies", {20220727, "v20220727-38eaa13df1", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#26926", "TI#29106"},  // added TI#26926 38eaa13df1; removed TI#29106 e6d3caaf6b
    {"gerrit", "in-repo-config-cache-size", {20220207, "v20220208-bb8ff9d76c", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#25084", ""},  // added TI#25084 6eed169b1e
    {"gerrit", "instance-concurrency-limit", {20230714, "v20230714-b138fd6e05", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30089", ""},  // added TI#30089 03658c1e0a
    {"gerrit", "job-config-path", {20181002, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9603", ""},  // added TI#9603 df148e2279
    {"gerrit", "kubeconfig", {20190924, "v20190924-cb71f84e1", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14452", ""},  // added TI#14452 e6e1eac687
    {"gerrit", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"gerrit", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"gerrit", "last-sync-fallback", {20180914, "v20180917-8a2266b96", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9280", ""},  // added TI#9280 485b5607d2
    {"gerrit", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"gerrit", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"gerrit", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"gerrit", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"gerrit", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"gerrit", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"gerrit", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"gerrit", "push-gateway-interval", {20230417, "v20230417-e4f4057e6e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#29298", ""},  // added TI#29298 e4f4057e6e
    {"gerrit", "s3-credentials-file", {20200309, "v20200311-9d5dcfe00", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#16317", ""},  // added TI#16317 19d66d7429
    {"gerrit", "storage", {}, {20180914, "v20180917-8a2266b96", "v20180910-f829443bd"}, C::kStaticScan, C::kStaticScan, "", "TI#9280"},  // removed TI#9280 485b5607d2
    {"gerrit", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"gerrit", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"gerrit", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"gerrit", "token-path", {20200710, "v20200710-7fa016752a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#18208", ""},  // added TI#18208 17b4b15ef1
    {"ghproxy", "cache-dir", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"ghproxy", "cache-sizeGB", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"ghproxy", "concurrency", {20190205, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11116", ""},  // added TI#11116 290d706587
    {"ghproxy", "get-throttling-time-ms", {20220211, "v20220211-9762cdc433", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24847", ""},  // added TI#24847 9762cdc433
    {"ghproxy", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"ghproxy", "legacy-disable-disk-cache-partitions-by-auth-header", {20200414, "v20200414-8099fb49a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17157", ""},  // added TI#17157 8099fb49a9
    {"ghproxy", "log-level", {20190228, "v20190301-2d35634", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11387", ""},  // added TI#11387 0c18d29592
    {"ghproxy", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"ghproxy", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"ghproxy", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"ghproxy", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"ghproxy", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"ghproxy", "push-gateway", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"ghproxy", "push-gateway-interval", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"ghproxy", "redis-address", {20190521, "v20190521-7198f5921", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12717", ""},  // added TI#12717 342379a1e0
    {"ghproxy", "redis-secret-file", {20250913, "v20250914-6845c9a4c", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#433", ""},  // added SP#433 58192b71c1
    {"ghproxy", "redis-username", {20250913, "v20250914-6845c9a4c", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#433", ""},  // added SP#433 58192b71c1
    {"ghproxy", "request-timeout", {20220318, "v20220318-eecb211d30", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#25671", ""},  // added TI#25671 70eebadc46
    {"ghproxy", "serve-metrics", {20190614, "v20190615-f3db6c682", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13031", ""},  // added TI#13031 86a7930c51
    {"ghproxy", "throttling-max-delay-duration-seconds", {20220330, "v20220330-0793228920", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#25757", ""},  // added TI#25757 0793228920
    {"ghproxy", "throttling-max-delay-duration-v4-seconds", {20220714, "v20220714-df18738756", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#26811", ""},  // added TI#26811 2c0d40db5f
    {"ghproxy", "throttling-time-ms", {20220211, "v20220211-9762cdc433", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24847", ""},  // added TI#24847 9762cdc433
    {"ghproxy", "throttling-time-v4-ms", {20220225, "v20220225-e131bfaf16", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#25387", ""},  // added TI#25387 a76e4b78cd
    {"ghproxy", "upstream", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "build-cluster", {}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "", "TI#15287"},  // removed TI#15287 7bcc9f48cd
    {"hmac", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"hmac", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"hmac", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"hmac", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"hmac", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"hmac", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"hmac", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hmac", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hmac", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hmac", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hmac", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hmac", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "github-graphql-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "github-host", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"hmac", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"hmac", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "hmac-token-key", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "hmac-token-secret-name", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "hmac-token-secret-namespace", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "hook-url", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"hmac", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"hmac", "job-config-path", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"hmac", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "kubeconfig-context", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hmac", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"hmac", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"hmac", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"hmac", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"hmac", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"hmac", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"hmac", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"hmac", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"hook", "bugzilla-api-key-path", {20190604, "v20190605-9393d3eae", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12771", ""},  // added TI#12771 4dbd419a2e
    {"hook", "bugzilla-auth-method", {20210930, "v20210930-8bb162050c", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23843", ""},  // added TI#23843 8bb162050c
    {"hook", "bugzilla-endpoint", {20190604, "v20190605-9393d3eae", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12771", ""},  // added TI#12771 4dbd419a2e
    {"hook", "bugzilla-github-external-tracker-id", {20201027, "v20201028-8dcb569da5", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19717", ""},  // added TI#19717 9f7da275d4
    {"hook", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11063", "TI#15287"},  // added TI#11063 143863cf8b; removed TI#15287 7bcc9f48cd
    {"hook", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"hook", "cluster", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "", "TI#11063"},  // removed TI#11063 143863cf8b
    {"hook", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hook", "context", {20190131, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11063", "TI#11667"},  // added TI#11063 143863cf8b; removed TI#11667 34eed5413a
    {"hook", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"hook", "dry", {}, {20170622, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3144"},  // removed TI#3144 315efae69e
    {"hook", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hook", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"hook", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"hook", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"hook", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"hook", "github-bot-name", {}, {20171013, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#4992"},  // removed TI#4992 fb89013ebb
    {"hook", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hook", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hook", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hook", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hook", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"hook", "github-disabled-org", {20201222, "v20201228-15d664642a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20312", ""},  // added TI#20312 9db81eae51
    {"hook", "github-disabled-repo", {20201222, "v20201228-15d664642a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20312", ""},  // added TI#20312 9db81eae51
    {"hook", "github-enabled-org", {20201222, "v20201228-15d664642a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20312", ""},  // added TI#20312 9db81eae51
    {"hook", "github-enabled-repo", {20201222, "v20201228-15d664642a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20312", ""},  // added TI#20312 9db81eae51
    {"hook", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hook", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"hook", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"hook", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"hook", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"hook", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"hook", "github-token-path", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"hook", "grace-period", {20180531, "v20180607-327c48dcb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8126", ""},  // added TI#8126 4794ac4bff
    {"hook", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"hook", "hmac-secret-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hook", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"hook", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"hook", "jira-bearer-token-file", {20211201, "v20211201-7daeb0b726", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24516", ""},  // added TI#24516 7daeb0b726
    {"hook", "jira-endpoint", {20201009, "v20201009-1504f659a7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19500", ""},  // added TI#19500 1504f659a7
    {"hook", "jira-password-file", {20201009, "v20201009-1504f659a7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19500", ""},  // added TI#19500 1504f659a7
    {"hook", "jira-username", {20201009, "v20201009-1504f659a7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19500", ""},  // added TI#19500 1504f659a7
    {"hook", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"hook", "kubeconfig", {20190128, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10985", ""},  // added TI#10985 ad72cd23fb
    {"hook", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"hook", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"hook", "local", {}, {20171123, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5644"},  // removed TI#5644 3760beb6d9
    {"hook", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"hook", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"hook", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"hook", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"hook", "plugin-config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hook", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hook", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"hook", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"hook", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"hook", "slack-token-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"hook", "supplemental-plugin-config-dir", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"hook", "supplemental-plugin-configs-filename-suffix", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"hook", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"hook", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"hook", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"hook", "webhook-path", {20211011, "v20211011-2844d5bb77", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23972", ""},  // added TI#23972 2844d5bb77
    {"horologium", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11066", "TI#15287"},  // added TI#11066 3e26b9c836; removed TI#15287 7bcc9f48cd
    {"horologium", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"horologium", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"horologium", "context", {20190131, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11066", "TI#11667"},  // added TI#11066 3e26b9c836; removed TI#11667 34eed5413a
    {"horologium", "deck-url", {20190131, "v20190205-2820e5e", ""}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "TI#11066", "TI#23403"},  // added TI#11066 3e26b9c836; removed TI#23403 cea54d6313
    {"horologium", "dry-run", {20190131, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11066", ""},  // added TI#11066 3e26b9c836
    {"horologium", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"horologium", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"horologium", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"horologium", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"horologium", "kubeconfig", {20190131, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11066", ""},  // added TI#11066 3e26b9c836
    {"horologium", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"horologium", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"horologium", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"horologium", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"horologium", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"horologium", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"horologium", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"horologium", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"horologium", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"horologium", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"horologium", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"horologium", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"horologium", "timeout-listing-prowjobs", {20230407, "v20230407-e8b3bf711e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#29215", ""},  // added TI#29215 e8b3bf711e
    {"initupload", "clone-log", {}, {20180405, "v20180410-1b6b20f4b", "v20180403-2f3ad698f"}, C::kStaticScan, C::kStaticScan, "", "TI#7528"},  // removed TI#7528 fde602f3da
    {"invitations-accepter", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"invitations-accepter", "github-allowed-burst", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-app-id", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-app-private-key-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"invitations-accepter", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"invitations-accepter", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"invitations-accepter", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"invitations-accepter", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"invitations-accepter", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-graphql-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-host", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-hourly-tokens", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-throttle-org", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"invitations-accepter", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11067", "TI#15287"},  // added TI#11067 79d195cd17; removed TI#15287 7bcc9f48cd
    {"jenkins-operator", "ca-cert-file", {20180214, "v20180214-47c8ca847", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6557", ""},  // added TI#6557 cf2b863068
    {"jenkins-operator", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"jenkins-operator", "cert-file", {20180214, "v20180214-47c8ca847", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6557", ""},  // added TI#6557 cf2b863068
    {"jenkins-operator", "cluster", {20181004, "v20181012-72b0b93", ""}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "TI#9503", "TI#11067"},  // added TI#9503 053f4565a1; removed TI#11067 79d195cd17
    {"jenkins-operator", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "context", {20190131, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11067", "TI#11667"},  // added TI#11067 79d195cd17; removed TI#11667 34eed5413a
    {"jenkins-operator", "csrf-protect", {20180214, "v20180214-47c8ca847", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6557", ""},  // added TI#6557 cf2b863068
    {"jenkins-operator", "deck-url", {20180315, "v20180316-93ade3390", ""}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "TI#7286", "TI#23403"},  // added TI#7286 574fca4999; removed TI#23403 cea54d6313
    {"jenkins-operator", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"jenkins-operator", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"jenkins-operator", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"jenkins-operator", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"jenkins-operator", "github-bot-name", {}, {20171013, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#4992"},  // removed TI#4992 fb89013ebb
    {"jenkins-operator", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"jenkins-operator", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"jenkins-operator", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"jenkins-operator", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"jenkins-operator", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"jenkins-operator", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"jenkins-operator", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"jenkins-operator", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"jenkins-operator", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"jenkins-operator", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"jenkins-operator", "github-token-path", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"jenkins-operator", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"jenkins-operator", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"jenkins-operator", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"jenkins-operator", "jenkins-bearer-token-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "jenkins-token-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "jenkins-url", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "jenkins-user", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "job-config-path", {20180803, "v20180808-95b28d09b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8941", ""},  // added TI#8941 299509bbc7
    {"jenkins-operator", "key-file", {20180214, "v20180214-47c8ca847", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6557", ""},  // added TI#6557 cf2b863068
    {"jenkins-operator", "kubeconfig", {20190128, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10985", ""},  // added TI#10985 ad72cd23fb
    {"jenkins-operator", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"jenkins-operator", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"jenkins-operator", "label-selector", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"jenkins-operator", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"jenkins-operator", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"jenkins-operator", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"jenkins-operator", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"jenkins-operator", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"jenkins-operator", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"jenkins-operator", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"jenkins-operator", "skip-report", {20200309, "v20200311-9d5dcfe00", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#16689", ""},  // added TI#16689 6e914cf4bb
    {"jenkins-operator", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"jenkins-operator", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"jenkins-operator", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"jenkins-operator", "tot-url", {20180216, "v20180222-e93967d2f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#6853", ""},  // added TI#6853 351c4161ae
    {"label_sync", "action", {20180402, "v20180403-2f3ad698f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7349", ""},  // added TI#7349 8dab1b7ab3
    {"label_sync", "config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "confirm", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "css-output", {20180912, "v20180917-8a2266b96", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9337", ""},  // added TI#9337 0c24cee201
    {"label_sync", "css-template", {20180912, "v20180917-8a2266b96", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9337", ""},  // added TI#9337 0c24cee201
    {"label_sync", "debug", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "docs-output", {20180402, "v20180403-2f3ad698f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7349", ""},  // added TI#7349 8dab1b7ab3
    {"label_sync", "docs-template", {20180402, "v20180403-2f3ad698f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7349", ""},  // added TI#7349 8dab1b7ab3
    {"label_sync", "dry-run", {}, {20171207, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5863"},  // removed TI#5863 c1b877c518
    {"label_sync", "dump-repo-labels", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "dump-repos", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "github-allowed-burst", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-app-id", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-app-private-key-path", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-client.backoff-timeout", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-client.initial-delay", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-client.max-404-retries", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-client.max-retries", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-client.request-timeout", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-endpoint", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-graphql-endpoint", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-host", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-hourly-tokens", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-throttle-org", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "github-token-file", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "github-token-path", {20220124, "v20220124-a82be0c6e7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24927", ""},  // added TI#24927 a82be0c6e7
    {"label_sync", "graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"label_sync", "labels-path", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "local", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "only", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "org", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "orgs", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "repo-labels", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "repos", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5606"},  // removed TI#5606 0ebefdfc04
    {"label_sync", "skip", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "token", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"label_sync", "token-burst", {20180626, "v20180627-8abd7b77f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8469", ""},  // added TI#8469 65c7e227e4
    {"label_sync", "tokens", {20180626, "v20180627-8abd7b77f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8469", ""},  // added TI#8469 65c7e227e4
    {"mkpj", "base-ref", {20180409, "v20180410-1b6b20f4b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7616", ""},  // added TI#7616 4e35948b75
    {"mkpj", "base-sha", {20180409, "v20180410-1b6b20f4b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7616", ""},  // added TI#7616 4e35948b75
    {"mkpj", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"mkpj", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"mkpj", "deck-url", {20201023, "v20201023-4fe6d226e0", ""}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "TI#19566", "TI#23403"},  // added TI#19566 4fe6d226e0; removed TI#23403 cea54d6313
    {"mkpj", "fail-with-job", {20211228, "v20211228-7f9e04c4f9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#24686", ""},  // added TI#24686 7f9e04c4f9
    {"mkpj", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"mkpj", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"mkpj", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"mkpj", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"mkpj", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"mkpj", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"mkpj", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"mkpj", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"mkpj", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"mkpj", "github-endpoint", {20190130, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10981", ""},  // added TI#10981 285c31254f
    {"mkpj", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"mkpj", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"mkpj", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"mkpj", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"mkpj", "github-token-file", {20190130, "v20190205-2820e5e", ""}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "TI#10981", "TI#17378"},  // added TI#10981 285c31254f; removed TI#17378 62f352235a
    {"mkpj", "github-token-path", {20190130, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10981", ""},  // added TI#10981 285c31254f
    {"mkpj", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"mkpj", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"mkpj", "job", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"mkpj", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"mkpj", "kubeconfig", {20201023, "v20201023-4fe6d226e0", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19566", ""},  // added TI#19566 4fe6d226e0
    {"mkpj", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"mkpj", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"mkpj", "local", {20190416, "v20190418-92c3881f4", ""}, {20240326, "v20240326-008f55ad3f", "v20240326-b7ee8eb083"}, C::kStaticScan, C::kVerified, "TI#12163", "TI#32312"},  // added TI#12163 94d8a27dbf; removed TI#32312 008f55ad3f
    {"mkpj", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"mkpj", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"mkpj", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"mkpj", "pull-author", {20180409, "v20180410-1b6b20f4b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7616", ""},  // added TI#7616 4e35948b75
    {"mkpj", "pull-head-ref", {20230418, "v20230418-23b5d25059", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#29309", ""},  // added TI#29309 23b5d25059
    {"mkpj", "pull-number", {20180409, "v20180410-1b6b20f4b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7616", ""},  // added TI#7616 4e35948b75
    {"mkpj", "pull-sha", {20180409, "v20180410-1b6b20f4b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7616", ""},  // added TI#7616 4e35948b75
    {"mkpj", "supplemental-prow-config-dir", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"mkpj", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"mkpj", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"mkpj", "trigger-job", {20201023, "v20201023-4fe6d226e0", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19566", ""},  // added TI#19566 4fe6d226e0
    {"mkpod", "build-id", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"mkpod", "local", {20190730, "v20190730-bfd5985df", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13561", ""},  // added TI#13561 9330dba203
    {"mkpod", "out-dir", {20190730, "v20190730-bfd5985df", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#13561", ""},  // added TI#13561 9330dba203
    {"mkpod", "prow-job", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "cache-dir-base", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "cookiefile", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"moonraker", "github-allowed-burst", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-app-id", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-app-private-key-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-client.backoff-timeout", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-client.initial-delay", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-client.max-404-retries", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-client.max-retries", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-client.request-timeout", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-graphql-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-host", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-hourly-tokens", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-throttle-org", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "grace-period", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "health-port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "in-repo-config-cache-size", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "job-config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "memory-profile-interval", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "metrics-port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "moonraker-address", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "pprof-port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "profile-memory-usage", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "push-gateway-interval", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "supplemental-prow-config-dir", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "supplemental-prow-configs-filename", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"moonraker", "supplemental-prow-configs-filename-suffix", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"needs-rebase", "cache-valid-time", {20220228, "v20220228-b708ca80fc", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#25357", ""},  // added TI#25357 395804ec97
    {"needs-rebase", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"needs-rebase", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"needs-rebase", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"needs-rebase", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"needs-rebase", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"needs-rebase", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"needs-rebase", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"needs-rebase", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"needs-rebase", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"needs-rebase", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"needs-rebase", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"needs-rebase", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"needs-rebase", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"needs-rebase", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"needs-rebase", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"needs-rebase", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"needs-rebase", "github-token-path", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"needs-rebase", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"needs-rebase", "hmac-secret-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"needs-rebase", "hourly-tokens", {20210409, "v20210409-7d5e552c49", ""}, {20220524, "v20220524-dfb23cb2d1", "v20220524-8120150369"}, C::kStaticScan, C::kVerified, "TI#21737", "TI#26385"},  // added TI#21737 8b88a429af; removed TI#26385 8712709ceb
    {"needs-rebase", "log-level", {20210405, "v20210405-6dbf38e7a2", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21645", ""},  // added TI#21645 4ce66341c3
    {"needs-rebase", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"needs-rebase", "metrics-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"needs-rebase", "plugin-config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"needs-rebase", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"needs-rebase", "pprof-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"needs-rebase", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"needs-rebase", "supplemental-plugin-config-dir", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"needs-rebase", "supplemental-plugin-configs-filename-suffix", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"needs-rebase", "update-period", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"peribolos", "allow-repo-archival", {20191023, "v20191023-5d6c24c6f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14885", ""},  // added TI#14885 6e96505e79
    {"peribolos", "allow-repo-publish", {20191023, "v20191023-5d6c24c6f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14885", ""},  // added TI#14885 6e96505e79
    {"peribolos", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"peribolos", "confirm", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"peribolos", "dump", {20180626, "v20180627-8abd7b77f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8438", ""},  // added TI#8438 931274bbe1
    {"peribolos", "dump-full", {20190418, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12259", ""},  // added TI#12259 41ba37d2fb
    {"peribolos", "fix-collaborators", {20251014, "v20251014-8026e8037", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#497", ""},  // added SP#497 8026e80373
    {"peribolos", "fix-org", {20180706, "v20180709-7109caeb1", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8599", ""},  // added TI#8599 3c2b1cd0c0
    {"peribolos", "fix-org-members", {20180706, "v20180709-7109caeb1", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8599", ""},  // added TI#8599 3c2b1cd0c0
    {"peribolos", "fix-repos", {20191021, "v20191021-d0a687bb7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14732", ""},  // added TI#14732 02f11f95f7
    {"peribolos", "fix-team-members", {20180706, "v20180709-7109caeb1", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8599", ""},  // added TI#8599 3c2b1cd0c0
    {"peribolos", "fix-team-repos", {20190411, "v20190411-f81d8b1a0", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12144", ""},  // added TI#12144 db24b309ab
    {"peribolos", "fix-teams", {20180706, "v20180709-7109caeb1", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8599", ""},  // added TI#8599 3c2b1cd0c0
    {"peribolos", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"peribolos", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"peribolos", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"peribolos", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"peribolos", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"peribolos", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"peribolos", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"peribolos", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"peribolos", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"peribolos", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"peribolos", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"peribolos", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"peribolos", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"peribolos", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"peribolos", "github-token-file", {20181004, "v20181012-72b0b93", ""}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "TI#9503", "TI#17378"},  // added TI#9503 053f4565a1; removed TI#17378 62f352235a
    {"peribolos", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"peribolos", "ignore-enterprise-teams", {20260507, "v20260507-caffe02f9", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#710", ""},  // added SP#710 caffe02f9d
    {"peribolos", "ignore-invitees", {20221024, "v20221024-d0c013ee2d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27793", ""},  // added TI#27793 4aec72e9a8
    {"peribolos", "ignore-secret-teams", {20190410, "v20190411-24aefcb76", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12154", ""},  // added TI#12154 61e45a7128
    {"peribolos", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {20190925, "v20190925-d7e1d9b17", "v20190924-cb71f84e1"}, C::kStaticScan, C::kVerified, "TI#8404", "TI#14467"},  // added TI#8404 5a1543bcd7; removed TI#14467 d7e1d9b173
    {"peribolos", "log-level", {20190411, "v20190411-f81d8b1a0", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#12144", ""},  // added TI#12144 db24b309ab
    {"peribolos", "maximum-removal-delta", {20180604, "v20180607-327c48dcb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8187", ""},  // added TI#8187 9de4992e75
    {"peribolos", "min-admins", {20180604, "v20180607-327c48dcb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8187", ""},  // added TI#8187 9de4992e75
    {"peribolos", "require-self", {20180604, "v20180607-327c48dcb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8187", ""},  // added TI#8187 9de4992e75
    {"peribolos", "required-admins", {20180604, "v20180607-327c48dcb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8187", ""},  // added TI#8187 9de4992e75
    {"peribolos", "token-burst", {20180626, "v20180627-8abd7b77f", ""}, {20220524, "v20220524-dfb23cb2d1", "v20220524-8120150369"}, C::kStaticScan, C::kVerified, "TI#8438", "TI#26385"},  // added TI#8438 931274bbe1; removed TI#26385 8712709ceb
    {"peribolos", "tokens", {20180626, "v20180627-8abd7b77f", ""}, {20220524, "v20220524-dfb23cb2d1", "v20220524-8120150369"}, C::kStaticScan, C::kVerified, "TI#8438", "TI#26385"},  // added TI#8438 931274bbe1; removed TI#26385 8712709ceb
    {"phony", "address", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"phony", "event", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"phony", "hmac", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"phony", "payload", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"pipeline", "all-contexts", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"pipeline", "build-cluster", {}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "", "TI#15287"},  // removed TI#15287 7bcc9f48cd
    {"pipeline", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"pipeline", "config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"pipeline", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"pipeline", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"pipeline", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"pipeline", "job-config-path", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"pipeline", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"pipeline", "kubeconfig-dir", {20240304, "v20240304-a80e95c002", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#28990", ""},  // added TI#28990 84fa6e1b52
    {"pipeline", "kubeconfig-suffix", {20240304, "v20240304-a80e95c002", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#28990", ""},  // added TI#28990 84fa6e1b52
    {"pipeline", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"pipeline", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"pipeline", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"pipeline", "no-in-cluster-config", {20240304, "v20240304-a80e95c002", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#28990", ""},  // added TI#28990 84fa6e1b52
    {"pipeline", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"pipeline", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"pipeline", "projected-token-file", {20240304, "v20240304-a80e95c002", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#28990", ""},  // added TI#28990 84fa6e1b52
    {"pipeline", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"pipeline", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"pipeline", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"pipeline", "tot-url", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"plank", "build-cluster", {}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "", "TI#15287"},  // removed TI#15287 7bcc9f48cd
    {"plank", "cluster", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "", "TI#11068"},  // removed TI#11068 710f9e4d64
    {"plank", "cluster", {20190222, "v20190222-1af0455", ""}, {20190826, "v20190827-484b36c51", "v20190823-26f02d2fe"}, C::kStaticScan, C::kStaticScan, "TI#11436", "TI#13980"},  // added TI#11436 1af0455ee2; removed TI#13980 bce66e123d
    {"plank", "config-path", {}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "", "TI#21759"},  // removed TI#21759 f0c722e283
    {"plank", "context", {20190131, "v20190205-2820e5e", ""}, {20190222, "v20190222-1af0455", "v20190222-631643b"}, C::kStaticScan, C::kStaticScan, "TI#11068", "TI#11436"},  // added TI#11068 710f9e4d64; removed TI#11436 1af0455ee2
    {"plank", "crier-url", {}, {20170617, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3017"},  // removed TI#3017 63e0d9769c
    {"plank", "deck-url", {}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "", "TI#21759"},  // removed TI#21759 f0c722e283
    {"plank", "dry-run", {}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "", "TI#21759"},  // removed TI#21759 f0c722e283
    {"plank", "github-bot-name", {}, {20171013, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#4992"},  // removed TI#4992 fb89013ebb
    {"plank", "github-endpoint", {}, {20200828, "v20200831-223e625607", "v20200828-bd85ffe4d4"}, C::kStaticScan, C::kStaticScan, "", "TI#18950"},  // removed TI#18950 f8377babb2
    {"plank", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {20200828, "v20200831-223e625607", "v20200828-bd85ffe4d4"}, C::kStaticScan, C::kStaticScan, "TI#11091", "TI#18950"},  // added TI#11091 dfea43f70c; removed TI#18950 f8377babb2
    {"plank", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {20200828, "v20200831-223e625607", "v20200828-bd85ffe4d4"}, C::kStaticScan, C::kStaticScan, "TI#14799", "TI#18950"},  // added TI#14799 5a31c68eff; removed TI#18950 f8377babb2
    {"plank", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"plank", "github-token-path", {20181004, "v20181012-72b0b93", ""}, {20200828, "v20200831-223e625607", "v20200828-bd85ffe4d4"}, C::kStaticScan, C::kStaticScan, "TI#9503", "TI#18950"},  // added TI#9503 053f4565a1; removed TI#18950 f8377babb2
    {"plank", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "TI#20216", "TI#21759"},  // added TI#20216 1fd408e436; removed TI#21759 f0c722e283
    {"plank", "jenkins-token-file", {}, {20170822, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3887"},  // removed TI#3887 b2c8597e41
    {"plank", "jenkins-url", {}, {20170822, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3887"},  // removed TI#3887 b2c8597e41
    {"plank", "jenkins-user", {}, {20170822, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3887"},  // removed TI#3887 b2c8597e41
    {"plank", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "TI#8404", "TI#21759"},  // added TI#8404 5a1543bcd7; removed TI#21759 f0c722e283
    {"plank", "kubeconfig", {20190128, "v20190205-2820e5e", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "TI#10985", "TI#21759"},  // added TI#10985 ad72cd23fb; removed TI#21759 f0c722e283
    {"plank", "label-selector", {}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "", "TI#21759"},  // removed TI#21759 f0c722e283
    {"plank", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "TI#17772", "TI#21759"},  // added TI#17772 668d0983b3; removed TI#21759 f0c722e283
    {"plank", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "TI#17772", "TI#21759"},  // added TI#17772 668d0983b3; removed TI#21759 f0c722e283
    {"plank", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kVerified, C::kVerified, "TI#20473", "TI#21759"},  // added TI#20473 0ec2e79187; removed TI#21759 f0c722e283
    {"plank", "skip-report", {20181025, "v20181108-54398d2", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "TI#9928", "TI#21759"},  // added TI#9928 4852d342ae; removed TI#21759 f0c722e283
    {"plank", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "TI#21405", "TI#21759"},  // added TI#21405 49006df7a6; removed TI#21759 f0c722e283
    {"plank", "tot-url", {}, {20210412, "v20210412-ed35ec0cee", "v20210409-7d5e552c49"}, C::kStaticScan, C::kVerified, "", "TI#21759"},  // removed TI#21759 f0c722e283
    {"prow-controller-manager", "build-cluster", {}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "", "TI#15287"},  // removed TI#15287 7bcc9f48cd
    {"prow-controller-manager", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"prow-controller-manager", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"prow-controller-manager", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "enable-controller", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "gcs-credentials-file", {20210730, "v20210730-5757a5d200", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23060", ""},  // added TI#23060 a67ec9762f
    {"prow-controller-manager", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"prow-controller-manager", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"prow-controller-manager", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"prow-controller-manager", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"prow-controller-manager", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"prow-controller-manager", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"prow-controller-manager", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"prow-controller-manager", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"prow-controller-manager", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"prow-controller-manager", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "github-graphql-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "github-host", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"prow-controller-manager", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"prow-controller-manager", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"prow-controller-manager", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"prow-controller-manager", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"prow-controller-manager", "job-config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"prow-controller-manager", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"prow-controller-manager", "label-selector", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"prow-controller-manager", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"prow-controller-manager", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"prow-controller-manager", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"prow-controller-manager", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"prow-controller-manager", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"prow-controller-manager", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"prow-controller-manager", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"prow-controller-manager", "s3-credentials-file", {20210730, "v20210730-5757a5d200", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23060", ""},  // added TI#23060 a67ec9762f
    {"prow-controller-manager", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"prow-controller-manager", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"prow-controller-manager", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"prow-controller-manager", "tot-url", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"refresh", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"refresh", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"refresh", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"refresh", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"refresh", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"refresh", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"refresh", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"refresh", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"refresh", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"refresh", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"refresh", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"refresh", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"refresh", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"refresh", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"refresh", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"refresh", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"refresh", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"refresh", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"refresh", "github-token-path", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"refresh", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"refresh", "hmac-secret-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"refresh", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"refresh", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"refresh", "job-config-path", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"refresh", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"refresh", "metrics-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"refresh", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"refresh", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"refresh", "pprof-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"refresh", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"refresh", "prow-url", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"refresh", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"refresh", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"refresh", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"sinker", "build-cluster", {}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "", "TI#15287"},  // removed TI#15287 7bcc9f48cd
    {"sinker", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"sinker", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sinker", "context", {20190201, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11086", "TI#11667"},  // added TI#11086 8c123b68f8; removed TI#11667 34eed5413a
    {"sinker", "deck-url", {20190201, "v20190205-2820e5e", ""}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "TI#11086", "TI#23403"},  // added TI#11086 8c123b68f8; removed TI#23403 cea54d6313
    {"sinker", "dry-run", {20190201, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11086", ""},  // added TI#11086 8c123b68f8
    {"sinker", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"sinker", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"sinker", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"sinker", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"sinker", "kubeconfig", {20190125, "v20190125-2aca69d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10880", ""},  // added TI#10880 3e7909c227
    {"sinker", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"sinker", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"sinker", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"sinker", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"sinker", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"sinker", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"sinker", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"sinker", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"sinker", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"sinker", "run-once", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sinker", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"sinker", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"sinker", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"splice", "always-run", {}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "", "TI#9520"},  // removed TI#9520 a9d4a45d45
    {"splice", "batch-size", {}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "", "TI#9520"},  // removed TI#9520 a9d4a45d45
    {"splice", "config-path", {}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "", "TI#9520"},  // removed TI#9520 a9d4a45d45
    {"splice", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "TI#8404", "TI#9520"},  // added TI#8404 5a1543bcd7; removed TI#9520 a9d4a45d45
    {"splice", "log-json", {}, {20170719, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3570"},  // removed TI#3570 ab4109707b
    {"splice", "org", {}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "", "TI#9520"},  // removed TI#9520 a9d4a45d45
    {"splice", "remote-url", {}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "", "TI#9520"},  // removed TI#9520 a9d4a45d45
    {"splice", "repo", {}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "", "TI#9520"},  // removed TI#9520 a9d4a45d45
    {"splice", "submit-queue-endpoint", {}, {20180924, "v20180928-46ab7c3d9", "v20180924-864149cd9"}, C::kStaticScan, C::kStaticScan, "", "TI#9520"},  // removed TI#9520 a9d4a45d45
    {"status-reconciler", "blacklist", {20190322, "v20190322-a20dc306f", ""}, {20220627, "v20220627-1f3b6048ee", "v20220623-6ff60de3c2"}, C::kStaticScan, C::kVerified, "TI#11393", "TI#26341"},  // added TI#11393 bcb4bb1389; removed TI#26341 4644e62e58
    {"status-reconciler", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11063", "TI#15287"},  // added TI#11063 143863cf8b; removed TI#15287 7bcc9f48cd
    {"status-reconciler", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"status-reconciler", "cluster", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "", "TI#11063"},  // removed TI#11063 143863cf8b
    {"status-reconciler", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"status-reconciler", "context", {20190131, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11063", "TI#11667"},  // added TI#11063 143863cf8b; removed TI#11667 34eed5413a
    {"status-reconciler", "continue-on-error", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"status-reconciler", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"status-reconciler", "denylist", {20201106, "v20201109-a36ed74f01", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#19867", ""},  // added TI#19867 faf72e0895
    {"status-reconciler", "denylist-all", {20210205, "v20210205-451988f24f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20607", ""},  // added TI#20607 9efba81782
    {"status-reconciler", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"status-reconciler", "gcs-credentials-file", {20200309, "v20200311-9d5dcfe00", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#16317", ""},  // added TI#16317 19d66d7429
    {"status-reconciler", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"status-reconciler", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"status-reconciler", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"status-reconciler", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"status-reconciler", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"status-reconciler", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"status-reconciler", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"status-reconciler", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"status-reconciler", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"status-reconciler", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"status-reconciler", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"status-reconciler", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"status-reconciler", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"status-reconciler", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"status-reconciler", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"status-reconciler", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"status-reconciler", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"status-reconciler", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"status-reconciler", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"status-reconciler", "job-config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"status-reconciler", "kubeconfig", {20190128, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10985", ""},  // added TI#10985 ad72cd23fb
    {"status-reconciler", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"status-reconciler", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"status-reconciler", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"status-reconciler", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"status-reconciler", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"status-reconciler", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"status-reconciler", "plugin-config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"status-reconciler", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"status-reconciler", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"status-reconciler", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"status-reconciler", "s3-credentials-file", {20200309, "v20200311-9d5dcfe00", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#16317", ""},  // added TI#16317 19d66d7429
    {"status-reconciler", "status-path", {20191213, "v20191213-014dcb6ca", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#15585", ""},  // added TI#15585 014dcb6ca4
    {"status-reconciler", "supplemental-plugin-config-dir", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"status-reconciler", "supplemental-plugin-configs-filename-suffix", {20210520, "v20210520-56277900f8", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22173", ""},  // added TI#22173 56277900f8
    {"status-reconciler", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"status-reconciler", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"status-reconciler", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"status-reconciler", "token-burst", {20190322, "v20190322-a20dc306f", ""}, {20220524, "v20220524-dfb23cb2d1", "v20220524-8120150369"}, C::kStaticScan, C::kVerified, "TI#11892", "TI#26385"},  // added TI#11892 ec4d8df1c3; removed TI#26385 8712709ceb
    {"status-reconciler", "tokens", {20190322, "v20190322-a20dc306f", ""}, {20220524, "v20220524-dfb23cb2d1", "v20220524-8120150369"}, C::kStaticScan, C::kVerified, "TI#11892", "TI#26385"},  // added TI#11892 ec4d8df1c3; removed TI#26385 8712709ceb
    {"sub", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11060", "TI#15287"},  // added TI#11060 073d271917; removed TI#15287 7bcc9f48cd
    {"sub", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"sub", "cluster", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "", "TI#11060"},  // removed TI#11060 073d271917
    {"sub", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sub", "context", {20190131, "v20190205-2820e5e", ""}, {20190311, "v20190312-abfe0e0", "v20190311-a967141"}, C::kStaticScan, C::kStaticScan, "TI#11060", "TI#11667"},  // added TI#11060 073d271917; removed TI#11667 34eed5413a
    {"sub", "cookiefile", {20220406, "v20220406-c970747fbb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#25821", ""},  // added TI#25821 c970747fbb
    {"sub", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"sub", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sub", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"sub", "github-allowed-burst", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-app-id", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-app-private-key-path", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"sub", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"sub", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"sub", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"sub", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"sub", "github-endpoint", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-graphql-endpoint", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-host", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-hourly-tokens", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-throttle-org", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "github-token-path", {20210712, "v20210712-9b395cf3fb", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22777", ""},  // added TI#22777 161e384c7c
    {"sub", "grace-period", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sub", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"sub", "in-repo-config-cache-copies", {20220727, "v20220727-38eaa13df1", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#26926", "TI#29106"},  // added TI#26926 38eaa13df1; removed TI#29106 e6d3caaf6b
    {"sub", "in-repo-config-cache-size", {20210922, "v20210922-6003d1f50a", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23500", ""},  // added TI#23500 6003d1f50a
    {"sub", "job-config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sub", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sub", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"sub", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"sub", "masterurl", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kVerified, "", "TI#11070"},  // removed TI#11070 c6b0aca07e
    {"sub", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"sub", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"sub", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"sub", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"sub", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"sub", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"sub", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"sub", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"sub", "push-secret-file", {}, {20220615, "v20220615-6e57b01d2c", "v20220614-c756fa4a5b"}, C::kStaticScan, C::kStaticScan, "", "TI#26572"},  // removed TI#26572 9721802d95
    {"sub", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"sub", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"sub", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"tackle", "confirm", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "context", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "create", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "github-token-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "project", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "repo", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "reuse", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "skip-github", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tackle", "starter", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tide", "build-cluster", {20190131, "v20190205-2820e5e", ""}, {20190222, "v20190222-cdb4877", "v20190222-1af0455"}, C::kStaticScan, C::kStaticScan, "TI#11069", "TI#11437"},  // added TI#11069 1ab3bbac03; removed TI#11437 cdb4877aca
    {"tide", "build-cluster", {20190313, "v20190314-178a633", ""}, {20200824, "v20200825-967ee0e48b", "v20200820-86c379653b"}, C::kStaticScan, C::kVerified, "TI#11759", "TI#15287"},  // added TI#11759 8fa873cae9; removed TI#15287 7bcc9f48cd
    {"tide", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"tide", "cluster", {20190222, "v20190222-cdb4877", ""}, {20190313, "v20190314-178a633", "v20190313-de6d7dc"}, C::kStaticScan, C::kStaticScan, "TI#11437", "TI#11759"},  // added TI#11437 cdb4877aca; removed TI#11759 8fa873cae9
    {"tide", "cluster", {}, {20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, C::kStaticScan, C::kStaticScan, "", "TI#11069"},  // removed TI#11069 1ab3bbac03
    {"tide", "config-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tide", "context", {20190131, "v20190205-2820e5e", ""}, {20190222, "v20190222-cdb4877", "v20190222-1af0455"}, C::kStaticScan, C::kStaticScan, "TI#11069", "TI#11437"},  // added TI#11069 1ab3bbac03; removed TI#11437 cdb4877aca
    {"tide", "cookiefile", {20220825, "v20220825-a25542c55d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27252", ""},  // added TI#27252 a25542c55d
    {"tide", "deck-url", {}, {20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"}, C::kStaticScan, C::kVerified, "", "TI#23403"},  // removed TI#23403 cea54d6313
    {"tide", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tide", "gcs-credentials-file", {20190228, "v20190301-2d35634", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11016", ""},  // added TI#11016 a637663c09
    {"tide", "gerrit-max-burst", {20230718, "v20230718-0a86ec6744", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30109", ""},  // added TI#30109 0a86ec6744
    {"tide", "gerrit-max-qps", {20230718, "v20230718-0a86ec6744", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30109", ""},  // added TI#30109 0a86ec6744
    {"tide", "git-signing-key-path", {20260701, "v20260702-ef12e757d", ""}, {}, C::kStaticScan, C::kStaticScan, "SP#772", ""},  // added SP#772 444074c659
    {"tide", "github-allowed-burst", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"tide", "github-app-id", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"tide", "github-app-private-key-path", {20201214, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20203", ""},  // added TI#20203 bf2c9cfe28
    {"tide", "github-bot-name", {}, {20171121, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#5623"},  // removed TI#5623 d4dbcd2fa1
    {"tide", "github-client.backoff-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"tide", "github-client.initial-delay", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"tide", "github-client.max-404-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"tide", "github-client.max-retries", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"tide", "github-client.request-timeout", {20210826, "v20210827-98f54bde95", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#23312", ""},  // added TI#23312 39483c498f
    {"tide", "github-endpoint", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tide", "github-graphql-endpoint", {20190419, "v20190419-321e4866f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11091", ""},  // added TI#11091 dfea43f70c
    {"tide", "github-host", {20191118, "v20191119-00c5af8fa", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#14799", ""},  // added TI#14799 5a31c68eff
    {"tide", "github-hourly-tokens", {20210514, "v20210514-64850e516d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21891", ""},  // added TI#21891 bdd4da54d5
    {"tide", "github-throttle-org", {20210520, "v20210520-3326e60265", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22260", ""},  // added TI#22260 3326e60265
    {"tide", "github-token-file", {}, {20200427, "v20200428-ce87b074b", "v20200427-baaf248ed"}, C::kStaticScan, C::kVerified, "", "TI#17378"},  // removed TI#17378 62f352235a
    {"tide", "github-token-path", {20181004, "v20181012-72b0b93", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9503", ""},  // added TI#9503 053f4565a1
    {"tide", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"tide", "history-uri", {20190228, "v20190301-2d35634", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11016", ""},  // added TI#11016 a637663c09
    {"tide", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"tide", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"tide", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"tide", "kubeconfig", {20190128, "v20190205-2820e5e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#10985", ""},  // added TI#10985 ad72cd23fb
    {"tide", "kubeconfig-dir", {20210818, "v20210818-b81cb0bc7b", ""}, {}, C::kVerified, C::kStaticScan, "TI#23194", ""},  // added TI#23194 4cdff9459c
    {"tide", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"tide", "max-records-per-pool", {20190228, "v20190301-2d35634", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11016", ""},  // added TI#11016 a637663c09
    {"tide", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"tide", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"tide", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"tide", "no-in-cluster-config", {20210827, "v20210827-98f54bde95", ""}, {}, C::kVerified, C::kStaticScan, "TI#23378", ""},  // added TI#23378 98f54bde95
    {"tide", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tide", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"tide", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"tide", "projected-token-file", {20210113, "v20210114-dfe4a7d4c0", ""}, {}, C::kVerified, C::kStaticScan, "TI#20473", ""},  // added TI#20473 0ec2e79187
    {"tide", "provider", {20220902, "v20220902-d1753a7731", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27262", ""},  // added TI#27262 c7025ddd52
    {"tide", "run-once", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tide", "s3-credentials-file", {20200309, "v20200311-9d5dcfe00", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#16317", ""},  // added TI#16317 19d66d7429
    {"tide", "status-hourly-tokens", {20180927, "v20180928-46ab7c3d9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9557", ""},  // added TI#9557 da75dfa0a5
    {"tide", "status-path", {20190314, "v20190314-178a633", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#11742", ""},  // added TI#11742 178a633433
    {"tide", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"tide", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"tide", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"tide", "sync-hourly-tokens", {20180927, "v20180928-46ab7c3d9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#9557", ""},  // added TI#9557 da75dfa0a5
    {"tide", "timeout-listing-prowjobs", {20230407, "v20230407-e8b3bf711e", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#29215", ""},  // added TI#29215 e8b3bf711e
    {"tot", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"tot", "config-path", {20180306, "v20180308-43ea85da7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7072", ""},  // added TI#7072 1b30da1b5c
    {"tot", "fallback", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tot", "fallback-bucket", {20180306, "v20180308-43ea85da7", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7072", ""},  // added TI#7072 1b30da1b5c
    {"tot", "fallback-url-template", {20180227, "v20180302-0064877cc", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#7026", ""},  // added TI#7026 cc3b4a63fa
    {"tot", "health-port", {20201211, "v20201214-bf2c9cfe28", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#20216", ""},  // added TI#20216 1fd408e436
    {"tot", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"tot", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"tot", "job-config-path", {20180621, "v20180622-df01a7f2b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#8404", ""},  // added TI#8404 5a1543bcd7
    {"tot", "log-json", {}, {20170719, "v20180125-b72c696dc", ""}, C::kStaticScan, C::kStaticScan, "", "TI#3570"},  // removed TI#3570 ab4109707b
    {"tot", "memory-profile-interval", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"tot", "metrics-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"tot", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"tot", "port", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tot", "pprof-port", {20200616, "v20200617-4d1583efbe", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#17772", ""},  // added TI#17772 668d0983b3
    {"tot", "profile-memory-usage", {20210426, "v20210426-51fd28eca9", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21938", ""},  // added TI#21938 071b792e9a
    {"tot", "storage", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"tot", "supplemental-prow-config-dir", {20210317, "v20210318-ffb8032f91", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21405", ""},  // added TI#21405 49006df7a6
    {"tot", "supplemental-prow-configs-filename", {20210419, "v20210419-ac42fc915b", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#21807", ""},  // added TI#21807 ac42fc915b
    {"tot", "supplemental-prow-configs-filename-suffix", {20210429, "v20210429-37bf34fe13", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#22022", ""},  // added TI#22022 37bf34fe13
    {"webhook-server", "cache-dir-base", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"webhook-server", "config-path", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
    {"webhook-server", "dns", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "dry-run", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "expiry-years", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "filesys-path", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "gcs-credentials-file", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
    {"webhook-server", "in-repo-config-cache-copies", {20220824, "v20220824-4b7e21a13f", ""}, {20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"}, C::kStaticScan, C::kStaticScan, "TI#27238", "TI#29106"},  // added TI#27238 2f2762887e; removed TI#29106 e6d3caaf6b
    {"webhook-server", "in-repo-config-cache-size", {20220824, "v20220824-4b7e21a13f", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27238", ""},  // added TI#27238 2f2762887e
    {"webhook-server", "job-config-path", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
    {"webhook-server", "kubeconfig", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "kubeconfig-dir", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "kubeconfig-suffix", {20220912, "v20220912-2b319e1ac8", ""}, {}, C::kVerified, C::kStaticScan, "TI#27436", ""},  // added TI#27436 2b319e1ac8
    {"webhook-server", "moonraker-address", {20230920, "v20230920-1e9cab213d", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#30765", ""},  // added TI#30765 7b72c6f3a0
    {"webhook-server", "no-in-cluster-config", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "project-id", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "projected-token-file", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "s3-credentials-file", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
    {"webhook-server", "secret-id", {}, {}, C::kStaticScan, C::kStaticScan, "", ""},
    {"webhook-server", "supplemental-prow-config-dir", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
    {"webhook-server", "supplemental-prow-configs-filename", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
    {"webhook-server", "supplemental-prow-configs-filename-suffix", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
    {"webhook-server", "time", {20220805, "v20220805-e0ec00dd27", ""}, {}, C::kStaticScan, C::kStaticScan, "TI#27020", ""},  // added TI#27020 65287bef1c
};

// Prow's source moved to kubernetes-sigs/prow: TI 8dccda4c5d removed prow/
// on 2024-04-09; the first sigs/prow tag deployed is v20240415-7013691e3.
constexpr Boundary kSigsProwTags{20240415, "v20240415-7013691e3", "v20240409-13cd3acf7e"};

// Components that left Prow's image set at the 2024-04-09 split (test-infra's
// own tools): the scan does not follow their flags after it.
constexpr std::string_view kLeftAtSplit[] = {"commenter", "label_sync"};
constexpr Day kSplitDay = 20240409;  // TI 8dccda4c5d removed prow/

// ---------------------------------------------------------------------------
// Flags a component needs (version-table.md §3.1; prow-semantics §2.5, §5.4).
constexpr Boundary kConfigPathRequired{20200424, "v20200427-baaf248ed", "v20200424-22d77d1c9"};
constexpr Boundary kConfigPathMandatory{20210419, "v20210419-ac42fc915b", "v20210415-ecffc9c27e"};
constexpr Boundary kHorologiumDryRunDefaultTrue2019{20190131, "v20190205-2820e5e", "v20190125-2aca69d"};
constexpr Boundary kSinkerDryRunDefaultTrue2019{20190201, "v20190205-2820e5e", "v20190125-2aca69d"};
constexpr Boundary kDryRunDefaultFalse2019{20190213, "v20190220-ef0e29b", ""};
constexpr Boundary kHorologiumDryRunDefaultTrue{20200424, "v20200427-baaf248ed", "v20200424-22d77d1c9"};
constexpr Boundary kHorologiumCachedClient{20210412, "v20210412-ed35ec0cee", ""};
constexpr Boundary kSinkerDryRunDefaultTrue{20210415, "v20210415-945b4b9a79", "v20210414-378dc3ffc3"};
constexpr Boundary kDeckUrlRemoved{20210831, "v20210831-87a76d4505", "v20210830-7828cc98e3"};

using E = MissingFlagEffect;
constexpr RequiredFlagRow kRequiredFlags[] = {
    // crier validates --config-path since TI#11062 05420f4253 (2019-01-31).
    {"crier", "config-path", "", "", "", {{20190131, "v20190205-2820e5e", "v20190125-2aca69d"}, kNever},
     E::kExitsAtStart, C::kVerified, "TI#11062"},
    // TI#11976 (2019-04-08) only deprecated the default /etc/config/config.yaml,
    // with a fallback; TI#17360 c5d8bee32b (commit 6f02201c99) deleted the
    // fallback: "Error starting config agent" without the flag.
    {"hook", "config-path", "", "", "", {kConfigPathRequired, kNever}, E::kExitsAtStart, C::kVerified, "TI#17360"},
    {"deck", "config-path", "", "", "", {kConfigPathRequired, kNever}, E::kExitsAtStart, C::kVerified, "TI#17360"},
    {"horologium", "config-path", "", "", "", {kConfigPathRequired, kNever}, E::kExitsAtStart, C::kVerified, "TI#17360"},
    {"tide", "config-path", "", "", "", {kConfigPathRequired, kNever}, E::kExitsAtStart, C::kVerified, "TI#17360"},
    {"plank", "config-path", "", "", "", {kConfigPathRequired, kNever}, E::kExitsAtStart, C::kVerified, "TI#17360"},
    {"sinker", "config-path", "", "", "", {kConfigPathRequired, kNever}, E::kExitsAtStart, C::kVerified, "TI#17360"},
    {"exporter", "config-path", "", "", "", {kConfigPathRequired, kNever}, E::kExitsAtStart, C::kVerified, "TI#17360"},
    // TI#21807 ac42fc915b (commit e2eee43381): ConfigOptions.Validate says
    // "--config-path is mandatory" for every user without a default
    // (config-bootstrapper, jenkins-operator, status-reconciler and sub keep
    // /etc/config/config.yaml); pipeline names the flag --config.
    {"prow-controller-manager", "config-path", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},
    {"gerrit", "config-path", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},
    {"hmac", "config-path", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},
    {"tot", "config-path", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},
    {"branchprotector", "config-path", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},
    {"checkconfig", "config-path", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},
    {"mkpj", "config-path", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},
    {"pipeline", "config", "", "", "", {kConfigPathMandatory, kNever}, E::kExitsAtStart, C::kVerified, "TI#21807"},

    // --dry-run defaulted to true when horologium (TI#11066 3e26b9c836) and
    // sinker (TI#11086 8c123b68f8) got it, until TI#11275 119ffd7fd9; in dry
    // run KubernetesOptions also wanted --deck-url ("a dry-run was requested
    // but required flag -deck-url was unset").
    {"horologium", "dry-run", "false", "", "", {kHorologiumDryRunDefaultTrue2019, kDryRunDefaultFalse2019},
     E::kDoesNothing, C::kVerified, "TI#11066"},
    {"horologium", "deck-url", "", "dry-run", "false", {kHorologiumDryRunDefaultTrue2019, kDryRunDefaultFalse2019},
     E::kExitsAtStart, C::kVerified, "TI#11066"},
    {"sinker", "dry-run", "false", "", "", {kSinkerDryRunDefaultTrue2019, kDryRunDefaultFalse2019},
     E::kDoesNothing, C::kVerified, "TI#11086"},
    {"sinker", "deck-url", "", "dry-run", "false", {kSinkerDryRunDefaultTrue2019, kDryRunDefaultFalse2019},
     E::kExitsAtStart, C::kVerified, "TI#11086"},
    // horologium: TI#17365 be734283fa flipped the default to true again; from
    // TI#21760 ed35ec0cee its cached client ignores --dry-run (ProwJobs are
    // created anyway) but validation wants --deck-url until TI#23403 removed
    // it (metal3-io/project-infra#104: the "new argument" was --deck-url).
    {"horologium", "dry-run", "false", "", "", {kHorologiumDryRunDefaultTrue, kHorologiumCachedClient},
     E::kDoesNothing, C::kVerified, "TI#17365"},
    {"horologium", "deck-url", "", "dry-run", "false", {kHorologiumDryRunDefaultTrue, kDeckUrlRemoved},
     E::kExitsAtStart, C::kVerified, "TI#17365"},
    // sinker: TI#21816 aa4953f558 (default true): ProwJobs are still deleted,
    // pod deletions are server-side dry runs.
    {"sinker", "dry-run", "false", "", "", {kSinkerDryRunDefaultTrue, kNever}, E::kPodsNeverDeleted,
     C::kVerified, "TI#21816"},
    {"sinker", "deck-url", "", "dry-run", "false", {kSinkerDryRunDefaultTrue, kDeckUrlRemoved},
     E::kExitsAtStart, C::kVerified, "TI#21816"},
    // --dry-run has always defaulted to true here (SP cmd/*/main.go).
    {"plank", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "TI#3017"},
    {"prow-controller-manager", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "TI#17738"},
    {"hook", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/hook"},
    {"tide", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/tide"},
    {"status-reconciler", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/status-reconciler"},
    {"jenkins-operator", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/jenkins-operator"},
    {"sub", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/sub"},
    {"gangway", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/gangway"},
    {"webhook-server", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/webhook-server"},
    {"config-bootstrapper", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/config-bootstrapper"},
    {"cherrypicker", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/external-plugins/cherrypicker"},
    {"needs-rebase", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/external-plugins/needs-rebase"},
    {"refresh", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/external-plugins/refresh"},
    {"hmac", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/hmac"},
    {"invitations-accepter", "dry-run", "false", "", "", {}, E::kDoesNothing, C::kVerified, "SP cmd/invitations-accepter"},
};

// ---------------------------------------------------------------------------
// RBAC (version-table.md §5). Leader election: controller-runtime v0.7
// (TI#19440 8123e82f3a) locks with configmaps and leases; v0.12 (TI#26674
// 695df9040a) with leases only.
constexpr Boundary kLeases{20201110, "v20201110-9e512b5af0", ""};
constexpr Boundary kLeasesOnly{20220630, "v20220630-695df9040a", ""};
constexpr Boundary kPodAccessReview{20230321, "v20230321-1dcc1a65ba", "v20230320-bf693f37b7"};
constexpr std::string_view kProwGroup = "prow.k8s.io";
constexpr std::string_view kLeaseGroup = "coordination.k8s.io";
using S = RbacScope;
using R = RbacEffect;
constexpr RbacRow kRbac[] = {
    // Sinker's leader election: TI#13647 47f9d54ea6.
    {"sinker", "", "configmaps", "get,update,create", {{20190814, "v20190815-f8ab81959", ""}, kLeasesOnly},
     S::kProwJobNamespace, R::kNoLeaderElection, C::kVerified, "TI#13647", ""},
    // Listers: an informer lists, then watches. Reads go through its cache,
    // so "get" is not needed (GoogleCloudPlatform/oss-test-infra's tide has
    // create, list only); without "watch" it re-lists and logs errors.
    {"sinker", kProwGroup, "prowjobs", "watch", {{20190814, "v20190815-f8ab81959", ""}, kNever},
     S::kProwJobNamespace, R::kWatchFails, C::kVerified, "TI#13647", ""},
    // Plank patches ProwJobs: TI#13952 45cb6e0943 (GoogleCloudPlatform/oss-test-infra#106).
    {"plank", kProwGroup, "prowjobs", "patch", {{20190926, "v20190926-a128cddb1", ""}, kNever},
     S::kProwJobNamespace, R::kRequestsForbidden, C::kVerified, "TI#13952", ""},
    // Tide's ProwJob lister: TI#14779 e425d88528.
    {"tide", kProwGroup, "prowjobs", "watch", {{20191015, "v20191015-68dd384c9", ""}, kNever},
     S::kProwJobNamespace, R::kWatchFails, C::kVerified, "TI#14779", ""},
    // Deck's ProwJob lister: TI#15089 5cccf3f54d.
    {"deck", kProwGroup, "prowjobs", "watch", {{20191104, "v20191105-3cd32f35e", ""}, kNever},
     S::kProwJobNamespace, R::kWatchFails, C::kVerified, "TI#15089", ""},
    // Hook aborts superseded jobs: TI#17021 0332f07e3c.
    {"hook", kProwGroup, "prowjobs", "list,update", {{20200330, "v20200331-c1596e1ab", ""}, kNever},
     S::kProwJobNamespace, R::kRequestsForbidden, C::kVerified, "TI#17021", ""},
    // Crier's Kubernetes reporter gets each running job's pod and patches its
    // finalizer in, which keeps the pod until crier has uploaded podinfo.json
    // (sigs/prow pkg/crier/reporters/gcs/kubernetes/reporter.go addFinalizer):
    // TI#18952 653571b2a8 (TI#19382). Without patch it adds none.
    {"crier", "", "pods", "patch", {{20200825, "v20200826-3bb0e56d0b", ""}, kNever}, S::kPodNamespace,
     R::kPodReportLost, C::kVerified, "TI#18952", "kubernetes-blob-storage-workers"},
    // Sinker's cached build-cluster clients: TI#19204 370da51e0f (kubernetes/k8s.io#2500).
    {"sinker", "", "pods", "list,watch", {{20200914, "v20200915-2d83bde221", ""}, kNever},
     S::kPodNamespace, R::kRequestsForbidden, C::kVerified, "TI#19204", ""},
    // PCM's leader election from its birth (TI#17738, TI#18949).
    {"prow-controller-manager", "", "configmaps", "get,update,create",
     {{20200528, "v20200529-d374280316", ""}, kLeasesOnly}, S::kProwJobNamespace,
     R::kNoLeaderElection, C::kVerified, "TI#18949", ""},
    {"prow-controller-manager", kLeaseGroup, "leases", "get,update,create", {kLeases, kNever},
     S::kProwJobNamespace, R::kNoLeaderElection, C::kVerified, "TI#19440", ""},
    {"sinker", kLeaseGroup, "leases", "get,update,create", {kLeases, kNever}, S::kProwJobNamespace,
     R::kNoLeaderElection, C::kVerified, "TI#19440", ""},
    // Horologium's cached client watches ProwJobs: TI#21760 ed35ec0cee.
    {"horologium", kProwGroup, "prowjobs", "watch", {{20210412, "v20210412-ed35ec0cee", ""}, kNever},
     S::kProwJobNamespace, R::kWatchFails, C::kVerified, "TI#21760", ""},
    // A SelfSubjectAccessReview per build cluster at start: TI#28371
    // 1dcc1a65ba (TI#29286, TI#31201).
    {"prow-controller-manager", "", "pods", "create,delete,list,watch,get,patch",
     {kPodAccessReview, kNever}, S::kPodNamespace, R::kBuildClusterDropped, C::kVerified, "TI#28371", ""},
    {"sinker", "", "pods", "delete,list,watch,get,patch", {kPodAccessReview, kNever},
     S::kPodNamespace, R::kBuildClusterDropped, C::kVerified, "TI#28371", ""},
};

// ---------------------------------------------------------------------------
// Pod utilities, tool images and command paths (version-table.md §6).
constexpr SkewRow kSkew[] = {
    // TI#25301 3101ac2a19: no more Command for clonerefs, initupload, sidecar.
    {SkewBreak::kControllersUseImageEntrypoints, {20220216, "v20220216-1007250f01", ""},
     C::kVerified, "TI#25301"},
    // TI#25305 362d6ac4a0 (commit fc34e5217e).
    {SkewBreak::kControllersNeedCopyModeEntrypoint,
     {20220217, "v20220217-362d6ac4a0", "v20220216-1007250f01"}, C::kVerified, "TI#25305"},
    // TI#25281 1df1eebe10 builds the pod utilities with ko (binary at
    // /ko-app/<name>, no /entrypoint); controllers before TI#25305 run
    // "/bin/cp /entrypoint" in the place-entrypoint container (decorate/
    // podspec.go at 1007250f01). ANNOUNCEMENTS 2022-02-22 names
    // v20220222-acb5731b85 for both boundaries.
    {SkewBreak::kKoUtilitiesNeedCopyModeControllers,
     {20220222, "v20220222-1df1eebe10", "v20220221-8b6a2593f3"}, C::kVerified, "TI#25281"},
    // TI#25373 7d00dc98ea (job fixes TI#25384; metal3-io/project-infra#590).
    {SkewBreak::kKoCommandPaths, {20220222, "v20220222-acb5731b85", "v20220222-1df1eebe10"},
     C::kVerified, "TI#25373"},
    // TI#12100 e0b472c3b8 (commit 2231ec8d7c); knative/test-infra#801.
    {SkewBreak::kDurationStrings, {20190424, "v20190424-e0b472c3b", "v20190424-fc2ee9967"},
     C::kVerified, "TI#12100"},
};

constexpr std::string_view kProwJobWriters[] = {"mkpj"};

// Staging registries keep images 90 days (kubernetes/k8s.io#8009, #6905);
// kubevirt/project-infra#4967 lost a commenter tag of 2024-08-01.
constexpr CollectedRegistry kCollected[] = {
    {"gcr.io/k8s-staging-test-infra/", 90, C::kReported, "kubernetes/k8s.io#8009"},
    {"us-central1-docker.pkg.dev/k8s-staging-images/", 90, C::kReported, "kubernetes/k8s.io#6905"},
};

// ---------------------------------------------------------------------------
// Config fields and plugins removed (version-table.md §7). Components load
// config leniently: a removed field is ignored, only checkconfig --strict
// names it. Fields announced as deprecated but still parsed at SP HEAD
// (tide.pr_status_base_url, plank.default_decoration_configs,
// deck.spyglass.viewers, ...) are deliberately absent.
using F = ConfigFile;
using X = RemovedConfigEffect;
// Hook refused unknown plugin names until TI#22173 56277900f8.
constexpr Boundary kHookIgnoresUnknownPlugins{20210520, "v20210520-56277900f8", ""};
constexpr RemovedConfigRow kRemovedConfig[] = {
    {F::kConfig, "jenkins_operator", {20180315, "v20180316-93ade3390", ""}, "jenkins_operators",
     X::kIgnored, C::kVerified, "TI#7297"},
    {F::kConfig, "branch-protection: protect-by-default, require-contexts, allow-push",
     {20181016, "v20181016-65b4cc1", ""}, "protect, required_status_checks.contexts, restrictions",
     X::kIgnored, C::kVerified, "TI#9774"},
    {F::kConfig, "plank.job_url_prefix", {20190908, "v20190909-c3ac80e32", ""},
     "plank.job_url_prefix_config", X::kIgnored, C::kVerified, "TI#14237"},
    {F::kConfig, "plank.allow_cancellations", {20200327, "v20200329-76f893f88", ""}, "",
     X::kIgnored, C::kVerified, "TI#16994"},
    {F::kPlugins, "blunderbuss.file_weight_count", {20200423, "v20200423-af610499d", ""},
     "blunderbuss.max_request_count", X::kIgnored, C::kVerified, "TI#17345"},
    // Decorated jobs then miss utility images and fail validation.
    {F::kConfig, "plank.default_decoration_config", {20200423, "v20200424-22d77d1c9", ""},
     "plank.default_decoration_configs", X::kConfigInvalid, C::kVerified, "TI#17346"},
    {F::kPlugins, "plugins: docs-no-retest", {20200417, "v20200417-a6017ee5b", ""}, "",
     X::kHookRefuses, C::kVerified, "TI#17232"},
    {F::kPlugins, "approve.implicit_self_approve, approve.review_acts_as_approve",
     {20201015, "v20201015-deb1bd1036", ""}, "require_self_approval, ignore_review_state",
     X::kIgnored, C::kVerified, "TI#19579"},
    {F::kPlugins, "approve.use_deprecated_2018_*", {20201027, "v20201028-8dcb569da5", ""}, "",
     X::kIgnored, C::kVerified, "TI#19601"},
    {F::kPlugins, "config_updater.maps.*.namespace, additional_namespaces",
     {20201110, "v20201111-355c664138", ""}, "config_updater.maps.*.clusters", X::kIgnored,
     C::kVerified, "TI#19900"},
    // ANNOUNCEMENTS says 2020-11-24; merged 2020-12-03.
    {F::kPlugins, "plugins: requiresig", {20201203, "v20201204-d90be1ef6b", ""},
     "require-matching-label", X::kHookRefuses, C::kVerified, "TI#19829"},
    {F::kPlugins, "slack.mergewarnings.whitelist, branch_whitelist",
     {20210101, "v20210105-c50d055243", ""}, "exempt_users, exempt_branches", X::kIgnored,
     C::kVerified, "TI#20345"},
    {F::kConfig, "slack_reporter", {20210421, "v20210421-6ef956a740", ""}, "slack_reporter_configs",
     X::kIgnored, C::kVerified, "TI#21886"},
    {F::kConfig, "deck.rerun_auth_config", {20210421, "v20210421-6ef956a740", ""},
     "deck.rerun_auth_configs", X::kIgnored, C::kInferred, "TI#21889"},
    {F::kConfig, "owners_dir_blacklist", {20220527, "v20220527-aa612a064e", ""},
     "owners_dir_denylist", X::kIgnored, C::kVerified, "TI#26430"},
    {F::kPlugins, "verify-owners.labels_blacklist", {20220627, "v20220627-1f3b6048ee", ""},
     "labels_denylist", X::kIgnored, C::kVerified, "TI#26341"},
    // Folded into issue-management (SP#556, 2026-02-17).
    {F::kPlugins, "plugins: transfer-issue", {20260811, "v20260811-cafa49460", ""},
     "issue-management", X::kHookIgnores, C::kVerified, "SP#702"},
};

// ---------------------------------------------------------------------------
// Component roles (SP .prow-images.yaml; version-table.md §4, §8).
constexpr std::string_view kControllers[] = {
    "config-bootstrapper", "crier",   "deck", "exporter", "gangway",    "gerrit",
    "hmac",                "hook",    "horologium",       "jenkins-operator", "moonraker",
    "pipeline",            "plank",   "prow-controller-manager", "sinker", "status-reconciler",
    "sub",                 "tide",    "webhook-server"};
constexpr std::string_view kPodUtilities[] = {"clonerefs", "entrypoint", "gcsupload", "initupload",
                                              "sidecar"};
// Crier needs them only with its Kubernetes reporter (the rule checks that).
constexpr std::string_view kBuildClusterUsers[] = {"deck", "plank", "prow-controller-manager",
                                                   "sinker"};

// clang-format on

template <typename T, std::size_t N>
Rows<T> All(const T (&rows)[N]) {
  return {rows, N};
}

template <std::size_t N>
bool In(const std::string_view (&set)[N], std::string_view s) {
  return std::find(std::begin(set), std::end(set), s) != std::end(set);
}

constexpr Day kToday = 99991231;  // no version, or "latest": after every change

Day DayOf(const std::optional<ProwVersion>& v) { return v && v->date != 0 ? v->date : kToday; }

}  // namespace

bool IsSure(Certainty c) { return c == Certainty::kVerified || c == Certainty::kReported; }

Presence Contains(const std::optional<ProwVersion>& v, const Boundary& b) {
  if (!b.Set()) return Presence::kYes;
  if (v && !b.first_with.empty() && v->tag == b.first_with) return Presence::kYes;
  if (v && !b.last_without.empty() && v->tag == b.last_without) return Presence::kNo;
  const Day d = DayOf(v);
  if (d > b.day) return Presence::kYes;
  if (d < b.day) return Presence::kNo;
  return Presence::kMaybe;
}

Presence Within(const std::optional<ProwVersion>& v, const Span& s) {
  const Presence after_since = Contains(v, s.since);
  // Before `until` = does not contain the change at `until`.
  Presence before_until = Presence::kYes;
  if (s.until.Set()) {
    switch (Contains(v, s.until)) {
      case Presence::kYes:
        before_until = Presence::kNo;
        break;
      case Presence::kMaybe:
        before_until = Presence::kMaybe;
        break;
      case Presence::kNo:
        before_until = Presence::kYes;
        break;
    }
  }
  if (after_since == Presence::kNo || before_until == Presence::kNo) return Presence::kNo;
  if (after_since == Presence::kMaybe || before_until == Presence::kMaybe) return Presence::kMaybe;
  return Presence::kYes;
}

Presence Either(Presence a, Presence b) {
  if (a == Presence::kYes || b == Presence::kYes) return Presence::kYes;
  if (a == Presence::kMaybe || b == Presence::kMaybe) return Presence::kMaybe;
  return Presence::kNo;
}

Rows<AliasEraRow> PlankAliasEras() { return All(kPlankAliasEras); }
Rows<ClusterFeatureRow> ClusterFeatures() { return All(kClusterFeatures); }
Rows<KnownBadRow> KnownBadTags() { return All(kKnownBad); }
Rows<BinaryRow> Binaries() { return All(kBinaries); }
Rows<FlagRow> FlagHistory() { return All(kFlags); }
Rows<RequiredFlagRow> RequiredFlags() { return All(kRequiredFlags); }
Rows<RbacRow> RbacNeeds() { return All(kRbac); }
Rows<SkewRow> SkewBreaks() { return All(kSkew); }
Rows<CollectedRegistry> CollectedRegistries() { return All(kCollected); }
Rows<RemovedConfigRow> RemovedConfig() { return All(kRemovedConfig); }

bool HasFeature(const std::optional<ProwVersion>& v, ClusterFeature feature) {
  for (const ClusterFeatureRow& row : kClusterFeatures)
    if (row.feature == feature) return Contains(v, row.since) != Presence::kNo;
  return true;
}

std::vector<PodNamespace> PodNamespacesFor(const std::optional<ProwVersion>& v) {
  for (const KnownBadRow& row : kKnownBad) {
    if (row.what != KnownBad::kPodsInProwJobNamespace) continue;
    switch (Within(v, row.span)) {
      case Presence::kNo:
        return {PodNamespace::kPodNamespace};
      case Presence::kYes:
        return {PodNamespace::kProwJobNamespace};
      case Presence::kMaybe:
        // In time order: the window's first day, or its last.
        if (DayOf(v) == row.span.since.day)
          return {PodNamespace::kPodNamespace, PodNamespace::kProwJobNamespace};
        return {PodNamespace::kProwJobNamespace, PodNamespace::kPodNamespace};
    }
  }
  return {PodNamespace::kPodNamespace};
}

std::string_view LastSafeTagBefore2019AliasBugs() { return kSafeBefore2019; }

const BinaryRow* MissingBinary(std::string_view component, const std::optional<ProwVersion>& v,
                               Presence* presence) {
  for (const BinaryRow& row : kBinaries) {
    if (row.component != component) continue;
    const Presence exists = Within(v, row.span);
    if (exists == Presence::kYes) return nullptr;
    if (presence) *presence = exists == Presence::kNo ? Presence::kYes : Presence::kMaybe;
    return &row;
  }
  return nullptr;
}

bool KnownComponent(std::string_view component) {
  return std::any_of(std::begin(kFlags), std::end(kFlags),
                     [&](const FlagRow& row) { return row.component == component; });
}

std::vector<std::string_view> FlagsAt(std::string_view component,
                                      const std::optional<ProwVersion>& v) {
  std::vector<std::string_view> flags;
  for (const FlagRow& row : kFlags)
    if (row.component == component && Within(v, {row.added, row.removed}) != Presence::kNo)
      flags.push_back(row.flag);
  return flags;
}

bool FlagTableCovers(std::string_view component, const std::optional<ProwVersion>& v) {
  if (!KnownComponent(component)) return false;
  return !In(kLeftAtSplit, component) || DayOf(v) <= kSplitDay;
}

FlagVerdict FlagAt(std::string_view component, std::string_view flag,
                   const std::optional<ProwVersion>& v) {
  FlagVerdict verdict;
  Presence defined = Presence::kNo;
  const FlagRow* nearest = nullptr;
  int nearest_distance = 0;
  bool any = false;
  for (const FlagRow& row : kFlags) {
    if (row.component != component || row.flag != flag) continue;
    any = true;
    const Presence p = Within(v, {row.added, row.removed});
    defined = Either(defined, p);
    if (p == Presence::kYes) continue;
    // The interval whose edge is closest to the tag says why it is missing.
    const Day d = DayOf(v);
    const bool after_removal = row.removed.Set() && Contains(v, row.removed) != Presence::kNo;
    const int distance =
        after_removal ? d - row.removed.day : (row.added.Set() ? row.added.day - d : 0);
    if (!nearest || distance < nearest_distance) {
      nearest = &row;
      nearest_distance = distance;
      verdict.removed = after_removal;
    }
  }
  if (!any) {  // the table does not know the flag: defined kYes
    verdict.known = false;
    return verdict;
  }
  verdict.defined = defined;
  if (defined != Presence::kYes) verdict.row = nearest;
  return verdict;
}

const SkewRow& Skew(SkewBreak what) {
  for (const SkewRow& row : kSkew)
    if (row.what == what) return row;
  return kSkew[0];
}

bool WritesProwJobs(std::string_view component) { return In(kProwJobWriters, component); }

int DaysBetween(Day from, Day to) {
  auto days = [](Day d) {
    std::tm tm{};
    tm.tm_year = d / 10000 - 1900;
    tm.tm_mon = d / 100 % 100 - 1;
    tm.tm_mday = d % 100;
    tm.tm_hour = 12;
    return static_cast<long long>(timegm(&tm) / 86400);
  };
  return static_cast<int>(days(to) - days(from));
}

std::vector<const RemovedConfigRow*> RemovedConfigAt(const std::optional<ProwVersion>& v) {
  std::vector<const RemovedConfigRow*> out;
  for (const RemovedConfigRow& row : kRemovedConfig)
    if (Contains(v, row.removed) != Presence::kNo) out.push_back(&row);
  return out;
}

RemovedConfigEffect UnknownPluginEffect(const std::optional<ProwVersion>& v) {
  return Contains(v, kHookIgnoresUnknownPlugins) == Presence::kNo
             ? RemovedConfigEffect::kHookRefuses
             : RemovedConfigEffect::kHookIgnores;
}

bool BuiltFromSigsProw(const std::optional<ProwVersion>& v) {
  return Contains(v, kSigsProwTags) != Presence::kNo;
}

bool IsController(std::string_view component) { return In(kControllers, component); }
bool IsPodUtility(std::string_view component) { return In(kPodUtilities, component); }
bool NeedsBuildClusters(std::string_view component) { return In(kBuildClusterUsers, component); }
bool SchedulesPods(std::string_view component) {
  return component == "plank" || component == "prow-controller-manager";
}

std::string DayText(Day day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100);
  return buf;
}

std::string SourceText(std::string_view source) {
  std::string out;
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source.compare(i, 3, "TI#") == 0) {
      out += "test-infra #";
      i += 2;
    } else if (source.compare(i, 3, "SP#") == 0) {
      out += "prow #";
      i += 2;
    } else {
      out += source[i];
    }
  }
  return out;
}

}  // namespace prowlint
