// SPDX-License-Identifier: Apache-2.0
// See validation_table.h. The tables below are the data: when Prow changes
// what it refuses, add or close a row here. Merge commits and dates come
// from kubernetes/test-infra (Prow until 2024-04-09, "test-infra #N") and
// kubernetes-sigs/prow ("prow #N"); research: prow-validation.md §4-§7.
#include "lint/prow/validation_table.h"

#include <algorithm>
#include <cstdio>

namespace prowlint {
namespace {

using V = ValidationChange;

constexpr ValidationChangeInfo kChanges[] = {
    {V::kAlways, 0, 0, "every Prow version since 2018"},
    {V::kPresetLabelKeyUnique, 0, 20190122, "test-infra #10868, 2019-01-22"},
    {V::kPresetLabelPairUnique, 20190122, 0, "test-infra #10868, 2019-01-22"},
    {V::kPresetTolerations, 20250606, 0, "prow #473, 2025-06-06"},
    {V::kRegexBranchIntersection, 20190502, 0, "test-infra #12462, 2019-05-02"},
    {V::kDuplicateContexts, 20200501, 0, "test-infra #17478, 2020-05-01"},
    {V::kUnknownAgentRefused, 0, 20190708, "test-infra #13339, 2019-07-08"},
    {V::kKnativeBuildAgent, 0, 20191101, "test-infra #15022, 2019-11-01"},
    {V::kTektonAgent, 20190416, 0, "test-infra #11888, 2019-04-16"},
    {V::kDuplicateEnvAndVolumes, 20200214, 0, "test-infra #16302, 2020-02-14"},
    {V::kSingleContainerOnly, 0, 20200727, "test-infra #18146, 2020-07-27"},
    {V::kMultipleContainers, 20200727, 0, "test-infra #18146, 2020-07-27"},
    {V::kMultiContainerAnnotation, 20200727, 20200811, "test-infra #18146 and #18711"},
    {V::kReservedContainerNames, 20200727, 0, "test-infra #18146, 2020-07-27"},
    {V::kNativeSidecars, 20250902, 0, "prow #512, 2025-09-02"},
    {V::kMountPathPrefixMatch, 0, 20200310, "test-infra #16580, 2020-03-10"},
    {V::kCredentialMountsReserved, 0, 20201210, "test-infra #20196, 2020-12-10"},
    {V::kCredentialMountPathsReserved, 0, 20201209, "test-infra #20185, 2020-12-09"},
    {V::kS3Reserved, 20200408, 0, "test-infra #16722, 2020-04-08"},
    {V::kSecretVolumesReserved, 20210830, 0, "test-infra #23379, 2021-08-30"},
    {V::kAllContainersNeedCommand, 20200727, 0, "test-infra #18146, 2020-07-27"},
    {V::kEnvCi, 20191211, 0, "test-infra #15571, 2019-12-11"},
    {V::kEnvPullHeadRef, 20230418, 0, "test-infra #29309, 2023-04-18"},
    {V::kEnvPullTitle, 20230919, 0, "test-infra #30738, 2023-09-19"},
    {V::kEnvSrcBaseHost, 20260213, 0, "prow #616, 2026-02-13"},
    {V::kJobQueueName, 20220422, 0, "test-infra #25674, 2022-04-22"},
    {V::kCloneUriValidated, 20191126, 0, "test-infra #15251, 2019-11-26"},
    {V::kTriggerRerunBoth, 20190610, 0, "test-infra #12947, 2019-06-10"},
    {V::kSkipIfOnlyChanged, 20210616, 0, "test-infra #22502, 2021-06-16"},
    {V::kPostsubmitAlwaysRun, 20210825, 0, "test-infra #23242, 2021-08-25"},
    // #26743 (2022-08-05) spelt the key "minimun_interval"; #27304 fixed it.
    {V::kMinimumInterval, 20220830, 0, "test-infra #27304, 2022-08-30"},
    {V::kRetryInterval, 20250204, 0, "prow #358, 2025-02-04"},
    {V::kJenkinsNameRegex, 20181128, 0, "test-infra #10229, 2018-11-28"},
    {V::kAnnotationKeys, 20200929, 0, "test-infra #19398, 2020-09-29"},
    {V::kDecorationDurationStrings, 20190424, 0, "test-infra #12100, 2019-04-24"},
    {V::kGcsCredentialsRequired, 20181101, 20200408, "test-infra #16722, 2020-04-08"},
    {V::kGcsBucketValidated, 20200517, 0, "test-infra #17183, 2020-05-17"},
    {V::kMediaTypesValidated, 20190521, 0, "test-infra #12723, 2019-05-21"},
    {V::kOauthSshExclusive, 20191126, 0, "test-infra #15251, 2019-11-26"},
    {V::kLegacyDefaultDecoration, 0, 20200423, "test-infra #17346, 2020-04-23"},
    {V::kLegacyDefaultRequired, 0, 20191011, "test-infra #14675, 2019-10-11"},
    {V::kDecorationConfigsMap, 20191008, 0, "test-infra #14595, 2019-10-08"},
    {V::kDecorationMapStarRequired, 20191011, 20210317, "test-infra #14675 and #20656"},
    {V::kDecorationConfigEntries, 20210317, 0, "test-infra #20656, 2021-03-17"},
    {V::kDecorateAllJobs, 20200514, 0, "test-infra #17016, 2020-05-14"},
    {V::kRerunAuthAllowAnyone, 20190718, 0, "test-infra #13480, 2019-07-18"},
    {V::kLegacyRerunAuthConflict, 20200319, 20210422, "test-infra #21889, 2021-04-22"},
    {V::kDefaultRerunAuthConfigs, 20220607, 0, "test-infra #26465, 2022-06-07"},
    {V::kAdditionalAllowedBuckets, 20200925, 0, "test-infra #18001, 2020-09-25"},
    {V::kPubsubTriggers, 20210712, 0, "test-infra #22783, 2021-07-12"},
    {V::kTideTargetUrls, 20210429, 0, "test-infra #22008, 2021-04-29"},
    {V::kTidePrStatusBaseUrls, 20200103, 0, "test-infra #15723, 2020-01-03"},
    {V::kGcsBrowserPrefixes, 20200831, 0, "test-infra #19063, 2020-08-31"},
    {V::kGcsBrowserPrefixesByBucket, 20220425, 0, "test-infra #26079, 2022-04-25"},
    {V::kReportTemplates, 20200325, 0, "test-infra #16943, 2020-03-25"},
    {V::kBranchProtectionInclude, 20210817, 0, "test-infra #22667, 2021-08-17"},
    {V::kGerritReportLabel, 20200513, 0, "test-infra #17460, 2020-05-13"},
    {V::kTideQueryBranches, 20181010, 0, "test-infra #9588, 2018-10-10"},
    {V::kBlunderbussRifle, 20260821, 0, "prow #787, 2026-08-21"},
    {V::kPluginExcludedRepos, 20210223, 0, "test-infra #20707, 2021-02-23"},
    {V::kConfigUpdaterClusterGroups, 20200902, 0, "test-infra #19006, 2020-09-02"},
    {V::kConfigUpdaterPartitions, 20230223, 0, "test-infra #28835, 2023-02-23"},
    {V::kUnknownPluginsEveryComponent, 0, 20190920, "test-infra #14415, 2019-09-20"},
    {V::kUnknownPluginsHook, 0, 20210520, "test-infra #22173, 2021-05-20"},
    {V::kConfigUpdaterClusters, 20191105, 0, "test-infra #15028, 2019-11-05"},
    {V::kConfigUpdaterGzip, 20190313, 0, "test-infra #11745, 2019-03-13"},
    {V::kConfigUpdaterVersionKey, 20210121, 0, "test-infra #20527, 2021-01-21"},
    {V::kConfigUpdaterFullPathKey, 20210420, 0, "test-infra #21870, 2021-04-20"},
    {V::kInRepoConfig, 20191011, 0, "test-infra #14633, 2019-10-11"},
    {V::kProwJobDefaultEntries, 20210805, 0, "test-infra #22988, 2021-08-05"},
    {V::kSchedulerFailover, 20240306, 0, "test-infra #32085, 2024-03-06"},
    {V::kProwIgnore, 20211214, 0, "test-infra #24646, 2021-12-14"},
};

// downwardapi.EnvForType: what every job gets, then refs, then pulls.
const std::vector<ReservedName> kBaseEnv = {
    {"JOB_NAME", V::kAlways},    {"JOB_SPEC", V::kAlways}, {"JOB_TYPE", V::kAlways},
    {"PROW_JOB_ID", V::kAlways}, {"BUILD_ID", V::kAlways}, {"BUILD_NUMBER", V::kAlways},
    {"CI", V::kEnvCi},
};
const std::vector<ReservedName> kRefsEnv = {
    {"REPO_OWNER", V::kAlways},       {"REPO_NAME", V::kAlways}, {"PULL_BASE_REF", V::kAlways},
    {"PULL_BASE_SHA", V::kAlways},    {"PULL_REFS", V::kAlways}, {"SRC_BASE", V::kEnvSrcBaseHost},
    {"SRC_HOST", V::kEnvSrcBaseHost},
};
const std::vector<ReservedName> kPullEnv = {
    {"PULL_NUMBER", V::kAlways},
    {"PULL_PULL_SHA", V::kAlways},
    {"PULL_HEAD_REF", V::kEnvPullHeadRef},
    {"PULL_TITLE", V::kEnvPullTitle},
};

std::vector<ReservedName> Concat(std::initializer_list<const std::vector<ReservedName>*> parts) {
  std::vector<ReservedName> out;
  for (const auto* p : parts) out.insert(out.end(), p->begin(), p->end());
  return out;
}

// Plugin names registered since 2018 (prow-schema.yaml: plugins). `since` is
// left 0 for names older than 2019.
constexpr PluginRow kPlugins[] = {
    {"approve", 0, 0, "", ""},
    {"assign", 0, 0, "", ""},
    {"blockade", 0, 0, "", ""},
    {"blunderbuss", 0, 0, "", ""},
    {"branchcleaner", 0, 0, "", ""},
    {"bugzilla", 20190604, 0, "test-infra #12771, 2019-06-04", ""},
    {"buildifier", 0, 0, "", ""},
    {"cat", 0, 0, "", ""},
    {"cherry-pick-approved", 20231130, 0, "test-infra #31286, 2023-11-30", ""},
    {"cherry-pick-unapproved", 0, 0, "", ""},
    {"cla", 0, 0, "", ""},
    {"close", 0, 20180608, "test-infra #8283, 2018-06-08", "lifecycle"},
    {"config-updater", 0, 0, "", ""},
    {"dco", 0, 0, "", ""},
    {"docs-no-retest", 0, 20200417, "test-infra #17232, 2020-04-17", ""},
    {"dog", 0, 0, "", ""},
    {"golint", 0, 0, "", ""},
    {"goose", 20191009, 0, "test-infra #14587, 2019-10-09", ""},
    {"heart", 0, 0, "", ""},
    {"help", 0, 0, "", ""},
    {"hold", 0, 0, "", ""},
    {"invalidcommitmsg", 20190415, 0, "test-infra #12199, 2019-04-15", ""},
    {"issue-management", 20260217, 0, "prow #556, 2026-02-17", ""},
    {"jira", 20201009, 0, "test-infra #19500, 2020-10-09", ""},
    {"label", 0, 0, "", ""},
    {"lgtm", 0, 0, "", ""},
    {"lifecycle", 0, 0, "", ""},
    {"merge-method-comment", 20200724, 0, "test-infra #17878, 2020-07-24", ""},
    {"mergecommitblocker", 20190529, 0, "test-infra #12791, 2019-05-29", ""},
    {"milestone", 0, 0, "", ""},
    {"milestoneapplier", 20190724, 0, "test-infra #12968, 2019-07-24", ""},
    {"milestonestatus", 0, 0, "", ""},
    {"override", 0, 0, "", ""},
    {"owners-label", 0, 0, "", ""},
    {"pony", 0, 0, "", ""},
    {"project", 20190402, 0, "test-infra #11812, 2019-04-02", ""},
    {"project-manager", 20190926, 0, "test-infra #12326, 2019-09-26", ""},
    {"release-note", 0, 0, "", ""},
    {"reopen", 0, 20180608, "test-infra #8283, 2018-06-08", "lifecycle"},
    {"require-matching-label", 0, 0, "", ""},
    {"require-sig", 0, 20201203, "test-infra #19829, 2020-12-03", ""},
    {"retitle", 20190610, 0, "test-infra #12945, 2019-06-10", ""},
    {"rifle", 20260821, 0, "prow #787, 2026-08-21", ""},
    {"shrug", 0, 0, "", ""},
    {"sigmention", 0, 0, "", ""},
    {"size", 0, 0, "", ""},
    {"skip", 0, 0, "", ""},
    {"slackevents", 0, 0, "", ""},
    {"stage", 0, 0, "", ""},
    {"testfreeze", 20220315, 0, "test-infra #25535, 2022-03-15", ""},
    {"transfer-issue", 20210826, 20260811, "prow #702, 2026-08-11", "issue-management"},
    {"trick-or-treat", 20201029, 0, "test-infra #19759, 2020-10-29", ""},
    {"trigger", 0, 0, "", ""},
    {"verify-owners", 0, 0, "", ""},
    {"welcome", 0, 0, "", ""},
    {"wip", 0, 0, "", ""},
    {"yuks", 0, 0, "", ""},
};

}  // namespace

InEffect SpanInEffect(int since, int until, const std::optional<ProwVersion>& version) {
  return Within(version, Span{Boundary{since, "", ""}, Boundary{until, "", ""}});
}

const ValidationChangeInfo& ChangeInfo(ValidationChange change) {
  for (const auto& c : kChanges)
    if (c.id == change) return c;
  return kChanges[0];
}

InEffect ChangeInEffect(ValidationChange change, const std::optional<ProwVersion>& version) {
  const ValidationChangeInfo& c = ChangeInfo(change);
  return SpanInEffect(c.since, c.until, version);
}

std::string ValidationRules::Name() const {
  return version_ && version_->date != 0 ? version_->tag : std::string("today's Prow");
}

const std::vector<ReservedName>& ReservedEnv(JobKind kind) {
  static const std::vector<ReservedName> kPeriodic = kBaseEnv;
  static const std::vector<ReservedName> kPostsubmit = Concat({&kBaseEnv, &kRefsEnv});
  static const std::vector<ReservedName> kPresubmit = Concat({&kBaseEnv, &kRefsEnv, &kPullEnv});
  switch (kind) {
    case JobKind::kPeriodic:
      return kPeriodic;
    case JobKind::kPostsubmit:
      return kPostsubmit;
    case JobKind::kPresubmit:
      return kPresubmit;
  }
  return kPeriodic;
}

const ReservedLists& Reserved() {
  static const ReservedLists kLists = {
      // volumes (decorate.VolumeMounts); the oauth and ssh secret names of
      // the job's decoration config join them from kSecretVolumesReserved.
      {{"logs", V::kAlways},
       {"code", V::kAlways},
       {"tools", V::kAlways},
       {"gcs-credentials", V::kAlways},
       {"s3-credentials", V::kS3Reserved}},
      // mount names (VolumeMountsOnTestContainer)
      {{"logs", V::kAlways},
       {"code", V::kAlways},
       {"tools", V::kAlways},
       {"gcs-credentials", V::kCredentialMountsReserved},
       {"s3-credentials", V::kCredentialMountsReserved}},
      // mount paths (VolumeMountPathsOnTestContainer)
      {{"/logs", V::kAlways},
       {"/home/prow/go", V::kAlways},
       {"/tools", V::kAlways},
       {"/secrets/gcs", V::kCredentialMountPathsReserved},
       {"/secrets/s3-storage", V::kCredentialMountPathsReserved}},
      // container names (PodUtilsContainerNames)
      {{"clonerefs", V::kReservedContainerNames},
       {"initupload", V::kReservedContainerNames},
       {"place-entrypoint", V::kReservedContainerNames},
       {"sidecar", V::kReservedContainerNames}},
      // labels (decorate.Labels)
      {{"prow.k8s.io/type", V::kAlways},
       {"created-by-prow", V::kAlways},
       {"prow.k8s.io/id", V::kAlways}},
  };
  return kLists;
}

const PluginRow* FindPlugin(std::string_view name) {
  for (const PluginRow& p : kPlugins)
    if (p.name == name) return &p;
  return nullptr;
}

InEffect PluginInEffect(const PluginRow& row, const std::optional<ProwVersion>& version) {
  return SpanInEffect(row.since, row.until, version);
}

std::vector<std::string> PluginNames(const std::optional<ProwVersion>& version) {
  std::vector<std::string> out;
  for (const PluginRow& p : kPlugins)
    if (PluginInEffect(p, version) != InEffect::kNo) out.emplace_back(p.name);
  return out;
}

std::string DayName(int d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buffer;
}

}  // namespace prowlint
