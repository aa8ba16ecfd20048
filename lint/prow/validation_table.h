// SPDX-License-Identifier: Apache-2.0
// When Prow's config load started or stopped refusing something (issue 14):
// the validation rules' version facts, as data. Every date comparison of
// those rules happens in validation_table.cc; rules ask ChangeInEffect().
// Dates are merge dates (research: prow-validation.md §7).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "lint/model/job.h"
#include "lint/prow/version_semantics.h"
#include "lint/prow/version_table.h"

namespace prowlint {

/// One dated change of Prow's validation or of what its config keys mean.
enum class ValidationChange {
  kAlways,  // as old as prowlint's history (before 2018-06)
  // preset-conflict
  kPresetLabelKeyUnique,   // until #10868: one label key per preset set
  kPresetLabelPairUnique,  // since #10868: one label:value pair
  kPresetTolerations,      // presets carry tolerations (duplicates refused)
  // job-name-duplicate
  kRegexBranchIntersection,  // skip_branches compared as regexes
  kDuplicateContexts,        // two jobs reporting to one context
  // job-spec-invalid
  kUnknownAgentRefused,           // an agent Prow does not know refuses the config
  kKnativeBuildAgent,             // agent knative-build exists (decorated, with a build_spec)
  kTektonAgent,                   // agent tekton-pipeline exists
  kDuplicateEnvAndVolumes,        // duplicate env / volume names in a pod spec
  kSingleContainerOnly,           // exactly one container
  kMultipleContainers,            // several containers allowed (with decoration)
  kMultiContainerAnnotation,      // several containers need decoration + annotation
  kReservedContainerNames,        // clonerefs, initupload, place-entrypoint, sidecar
  kNativeSidecars,                // init containers with restartPolicy Always allowed
  kMountPathPrefixMatch,          // decoration mount paths refused by prefix overlap
  kCredentialMountsReserved,      // mount names gcs-credentials/s3-credentials reserved
  kCredentialMountPathsReserved,  // mount paths /secrets/gcs, /secrets/s3-storage
  kS3Reserved,                    // s3-credentials volume, /secrets/s3-storage
  kSecretVolumesReserved,         // oauth and ssh secret names reserved as volumes
  kAllContainersNeedCommand,      // every decorated container needs command/args
  kEnvCi,                         // env CI reserved
  kEnvPullHeadRef,                // env PULL_HEAD_REF reserved (presubmits)
  kEnvPullTitle,                  // env PULL_TITLE reserved (presubmits)
  kEnvSrcBaseHost,                // env SRC_BASE, SRC_HOST reserved (pre/postsubmits)
  kJobQueueName,                  // job_queue_name must be a plank capacity
  kCloneUriValidated,             // clone_uri must parse; http(s) with an oauth secret
  // job-trigger-invalid
  kTriggerRerunBoth,     // trigger and rerun_command both or neither
  kSkipIfOnlyChanged,    // presubmit skip_if_only_changed exists
  kPostsubmitAlwaysRun,  // postsubmit always_run exists (and its exclusions)
  kMinimumInterval,      // periodic minimum_interval exists
  kRetryInterval,        // periodic retry.interval exists
  // job-name-invalid / label-invalid
  kJenkinsNameRegex,  // jenkins job names may hold folders
  kAnnotationKeys,    // annotation keys validated
  // decoration-config-invalid
  kDecorationDurationStrings,  // timeout/grace_period accept "2h"
  kGcsCredentialsRequired,     // gcs_credentials_secret required
  kGcsBucketValidated,         // gcs_configuration.bucket must parse
  kMediaTypesValidated,        // gcs_configuration.mediaTypes must be media types
  kOauthSshExclusive,          // oauth_token_secret and ssh_key_secrets exclusive
  kLegacyDefaultDecoration,    // plank.default_decoration_config honoured
  kLegacyDefaultRequired,      // a decorated job needs plank's legacy default
  kDecorationConfigsMap,       // plank.default_decoration_configs exists
  kDecorationMapStarRequired,  // default_decoration_configs["*"] required
  kDecorationConfigEntries,    // plank.default_decoration_config_entries exists
  kDecorateAllJobs,            // decorate_all_jobs exists
  // config-field-conflict
  kRerunAuthAllowAnyone,        // allow_anyone excludes users/teams/orgs
  kLegacyRerunAuthConflict,     // deck.rerun_auth_config vs rerun_auth_configs
  kDefaultRerunAuthConfigs,     // deck.default_rerun_auth_configs exists
  kAdditionalAllowedBuckets,    // needs skip_storage_path_validation: false
  kPubsubTriggers,              // pubsub_triggers exists
  kTideTargetUrls,              // tide.target_urls exists
  kTidePrStatusBaseUrls,        // tide.pr_status_base_urls exists
  kGcsBrowserPrefixes,          // spyglass gcs_browser_prefixes exists
  kGcsBrowserPrefixesByBucket,  // spyglass gcs_browser_prefixes_by_bucket exists
  kReportTemplates,             // plank.report_templates exists
  kBranchProtectionInclude,     // branch-protection.include exists
  kGerritReportLabel,           // skip_report vs the gerrit report label
  kTideQueryBranches,           // includedBranches vs excludedBranches
  kBlunderbussRifle,            // plugins blunderbuss and rifle exclusive
  kPluginExcludedRepos,         // plugins.ORG.excluded_repos exists
  kConfigUpdaterClusterGroups,  // config_updater cluster_groups exist
  kConfigUpdaterPartitions,     // config_updater partitioned_names exist
  // plugin-unknown
  kUnknownPluginsEveryComponent,  // every component refuses unknown plugins
  kUnknownPluginsHook,            // hook refuses unknown plugins
  // config-updater-*
  kConfigUpdaterClusters,     // maps[].clusters exists (else namespace)
  kConfigUpdaterGzip,         // gzip exists
  kConfigUpdaterVersionKey,   // the VERSION key is written
  kConfigUpdaterFullPathKey,  // use_full_path_as_key exists
  // cluster-reference-unknown
  kInRepoConfig,           // in_repo_config exists
  kProwJobDefaultEntries,  // prowjob_default_entries exists
  kSchedulerFailover,      // scheduler.failover exists
  // inputs
  kProwIgnore,  // .prowignore honoured in job-config trees
};

/// Whether a change applies to a target version: the version table's
/// Presence (kMaybe: the tag was built on the day the change merged and may
/// hold either side).
using InEffect = Presence;

struct ValidationChangeInfo {
  ValidationChange id;
  int since = 0;  // merge day YYYYMMDD it took effect; 0: as old as prowlint's history
  int until = 0;  // merge day it stopped; 0: still in effect
  /// The change that started it (or, with only `until`, that ended it), for
  /// messages and docs: "test-infra #10868, 2019-01-22".
  std::string_view ref;
};

const ValidationChangeInfo& ChangeInfo(ValidationChange change);

/// Whether a span of merge days from `since` until `until` (0: open) holds
/// `version` (nullopt or latest: today's Prow): the version table's Within,
/// for rows that know the merge days but not the tags on either side.
InEffect SpanInEffect(int since, int until, const std::optional<ProwVersion>& version);

/// How a change stands for `version` (nullopt or latest: today's Prow).
InEffect ChangeInEffect(ValidationChange change, const std::optional<ProwVersion>& version);

/// What one target version refuses: the rules' one view of this table.
class ValidationRules {
 public:
  explicit ValidationRules(const std::optional<ProwVersion>& version) : version_(version) {}

  InEffect Get(ValidationChange change) const { return ChangeInEffect(change, version_); }
  /// True unless the change is surely not in effect.
  bool Maybe(ValidationChange change) const { return Get(change) != InEffect::kNo; }
  /// True only when surely in effect.
  bool Surely(ValidationChange change) const { return Get(change) == InEffect::kYes; }
  /// "v20190122-..." or "today's Prow".
  std::string Name() const;
  const std::optional<ProwVersion>& version() const { return version_; }

 private:
  std::optional<ProwVersion> version_;
};

/// A name Prow reserves for decoration or its own use.
struct ReservedName {
  std::string_view name;
  ValidationChange change;  // from when (and until when) it is reserved
};

/// Environment variables Prow sets in every test container of a job of
/// `kind` (downwardapi.EnvForType): reserved, whatever the version; each
/// row says from when.
const std::vector<ReservedName>& ReservedEnv(JobKind kind);

/// Names Prow's pod-spec validation reserves, each with the change that
/// dates it (kAlways: every version prowlint knows).
struct ReservedLists {
  std::vector<ReservedName> volumes;      // spec.volumes names
  std::vector<ReservedName> mount_names;  // volumeMounts names
  std::vector<ReservedName> mount_paths;  // volumeMounts mountPath (exact match)
  std::vector<ReservedName> containers;   // container names when several
  std::vector<ReservedName> labels;       // job labels
};
const ReservedLists& Reserved();

/// A plugin name Prow registered at some time.
struct PluginRow {
  std::string_view name;
  int since = 0;               // merge day it was registered (0: before 2019)
  int until = 0;               // merge day it was removed (0: still there)
  std::string_view ref;        // the change that removed (or added) it
  std::string_view successor;  // what replaced it, or ""
};

/// Every plugin name Prow has registered since 2018; nullptr for one it
/// never had.
const PluginRow* FindPlugin(std::string_view name);
/// Whether `row` is registered in `version`.
InEffect PluginInEffect(const PluginRow& row, const std::optional<ProwVersion>& version);
/// Plugin names registered in `version` (for "did you mean").
std::vector<std::string> PluginNames(const std::optional<ProwVersion>& version);

/// "2019-01-22" for 20190122.
std::string DayName(int yyyymmdd);

}  // namespace prowlint
