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
    // SP#749 0f4e9feadc (2026-06-16): cmd/pipeline validateUniqueClusters,
    // "contexts ... resolve to the same cluster endpoint", then Fatal.
    {ClusterFeature::kPipelineRejectsSharedServers, {20260616, "", ""}, C::kVerified, "SP#749"},
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
// each change bisected to its merge: lint/prow/flag_history_gen.py, run on a
// clone of kubernetes-sigs/prow, writes the rows to flag_history.tsv. A scan
// over-counts conditionally registered flags and misses one that came and
// went inside a month, so its rows say "may"; rows whose change was read in
// the code are kVerified and kept in flag_history_verified.tsv, which the
// generator applies (version-table.md §3.1).
// {component, flag, added, removed, certainty and source of each}
constexpr FlagRow kFlags[] = {
#include "flag_history.inc"  // lint/prow/flag_history.tsv
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
  return FeaturePresence(v, feature) != Presence::kNo;
}

Presence FeaturePresence(const std::optional<ProwVersion>& v, ClusterFeature feature) {
  return Contains(v, FeatureRow(feature).since);
}

const ClusterFeatureRow& FeatureRow(ClusterFeature feature) {
  for (const ClusterFeatureRow& row : kClusterFeatures)
    if (row.feature == feature) return row;
  return kClusterFeatures[0];
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
