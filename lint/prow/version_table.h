// SPDX-License-Identifier: Apache-2.0
// Every version-dependent fact prowlint knows about Prow, as data: when each
// change merged (UTC day), the known tags on each side of it and how sure the
// fact is. The rows live in version_table.cc; no other file compares dates.
// Sources: ../research/version-table.md, Prow's history (kubernetes/test-infra
// until 2024-04-09, kubernetes-sigs/prow since), prow-semantics §1, §2, §5.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/prow/version_semantics.h"

namespace prowlint {

/// A day as YYYYMMDD: the UTC build day of a tag, the UTC merge day of a change.
using Day = int;

/// How a fact is known (version-table.md, "How to read the rows").
enum class Certainty {
  kVerified,    // code read on both sides, merge bisected
  kReported,    // an issue or PR says so
  kAnnounced,   // Prow's ANNOUNCEMENTS only
  kInferred,    // reasoned from code, not observed
  kStaticScan,  // automatic flag extraction, bisected: a superset, so "may"
};

/// Whether a rule may state the fact as certain (an error) rather than say
/// "may" (a warning).
bool IsSure(Certainty c);

/// A change: the UTC day it merged and the known tags on each side of it.
/// Tags carry their UTC build day, so a tag of the merge day may be from
/// either side unless it is one of the two known tags.
struct Boundary {
  Day day = 0;                    // 0: no boundary (since the start, or still so)
  std::string_view first_with;    // earliest known tag that has the change
  std::string_view last_without;  // latest known tag that does not

  bool Set() const { return day != 0; }
};

/// From `since` (inclusive) until `until` (exclusive); unset ends are open.
struct Span {
  Boundary since;
  Boundary until;
};

/// Whether a tag is on a side of a boundary: kMaybe on the merge day when the
/// tag is neither known tag.
enum class Presence { kNo, kMaybe, kYes };

/// Whether `v` contains the change at `b` (an unset boundary: kYes).
/// "latest" and no version count as today's Prow (after every change).
Presence Contains(const std::optional<ProwVersion>& v, const Boundary& b);
/// Whether `v` lies within `s`.
Presence Within(const std::optional<ProwVersion>& v, const Span& s);
/// kYes over kMaybe over kNo.
Presence Either(Presence a, Presence b);

/// Rows of one family: a view over a static array.
template <typename Row>
struct Rows {
  const Row* first = nullptr;
  std::size_t size = 0;
  const Row* begin() const { return first; }
  const Row* end() const { return first + size; }
};

// ---------------------------------------------------------------------------
// Alias-resolution eras of plank (the component that schedules pods).

struct AliasEraRow {
  Span span;
  AliasEra era;
};
Rows<AliasEraRow> PlankAliasEras();

/// Changes to how every component loads clusters (KubernetesOptions).
enum class ClusterFeature {
  kUnknownAliasTerminal,   // an unknown alias ends the job (before: retried forever)
  kKubeconfigDirFlag,      // --kubeconfig-dir
  kNoInClusterConfigFlag,  // --no-in-cluster-config
  kDisabledClusters,       // config.yaml disabled_clusters
  /// The pipeline controller exits at start when two contexts share an API
  /// server (validateUniqueClusters).
  kPipelineRejectsSharedServers,
};
struct ClusterFeatureRow {
  ClusterFeature feature;
  Boundary since;
  Certainty certainty;
  std::string_view source = {};  // "SP#749", where the row names one
};
Rows<ClusterFeatureRow> ClusterFeatures();
/// Whether `v` has the feature (a tag of the merge day counts as having it).
bool HasFeature(const std::optional<ProwVersion>& v, ClusterFeature feature);
/// Whether `v` has the feature: kMaybe for a tag of the merge day.
Presence FeaturePresence(const std::optional<ProwVersion>& v, ClusterFeature feature);
/// The row of `feature`.
const ClusterFeatureRow& FeatureRow(ClusterFeature feature);

/// Where plank of `v` creates job pods: one entry, or both in time order when
/// the tag was built on a merge day.
std::vector<PodNamespace> PodNamespacesFor(const std::optional<ProwVersion>& v);

// ---------------------------------------------------------------------------
// Known-bad tags and windows.

enum class KnownBad {
  kBuildClusterIgnored,     // plank ignores --build-cluster (#10987)
  kFlagRedefinedPanic,      // plank panics at start: "flag redefined: build-cluster"
  kPodsInProwJobNamespace,  // the 2019-02-05 outage: pods in prowjob_namespace
  kRandomDefault,           // the 2019-02-08 outage: "default" clobbered at random
  kSinkerRandomDefault,     // sinker's copy of the same bug: pod GC in the wrong cluster
  kRolledBack,              // prow.k8s.io rolled this exact tag back
};
struct KnownBadRow {
  KnownBad what;
  std::string_view component;  // whose tag is judged
  Span span;                   // unset for exact tags
  std::string_view tag;        // the exact tag (kRolledBack), else ""
  std::string_view safe_before;
  std::string_view safe_after;
  Certainty certainty;
  std::string_view source;  // the PR that broke it, or reverted it
  std::string_view note;    // what prow.k8s.io recorded, for kRolledBack
};
Rows<KnownBadRow> KnownBadTags();

/// The last tag before the 2019 alias bugs that prow.k8s.io rolled back to.
std::string_view LastSafeTagBefore2019AliasBugs();

// ---------------------------------------------------------------------------
// Binaries: components that were added or removed.

struct BinaryRow {
  std::string_view component;
  Span span;  // when images of the component exist
  std::string_view replacement;
  Certainty certainty;
  std::string_view source;
};
Rows<BinaryRow> Binaries();
/// The row saying `component` has no binary at `v`, or nullptr. With kMaybe
/// presence on the day it was added or removed.
const BinaryRow* MissingBinary(std::string_view component, const std::optional<ProwVersion>& v,
                               Presence* presence);

// ---------------------------------------------------------------------------
// Flags each component's binary defines.

struct FlagRow {
  std::string_view component;
  std::string_view flag;  // without dashes
  Boundary added;         // unset: since the component's first known build
  Boundary removed;       // unset: still defined
  Certainty added_certainty;
  Certainty removed_certainty;
  std::string_view added_source;    // "TI#23194"
  std::string_view removed_source;  // "TI#15287"
};
Rows<FlagRow> FlagHistory();

/// Whether the flag table has rows for `component`: one of Prow's binaries,
/// or a test-infra tool that was built with them (commenter, label_sync).
bool KnownComponent(std::string_view component);
/// Whether the table knows `component`'s flags at `v`: test-infra's own
/// tools (label_sync, commenter) left Prow's image set at the 2024-04 split,
/// and the scan does not follow them after it.
bool FlagTableCovers(std::string_view component, const std::optional<ProwVersion>& v);

/// What the table says about one flag of one component at one version.
struct FlagVerdict {
  Presence defined = Presence::kYes;
  /// When not defined: the row that removed it (or adds it later); nullptr
  /// when the table has no row for the flag.
  const FlagRow* row = nullptr;
  bool removed = false;  // true: removed before `v`; false: added after it
  /// false: no row of the table names the flag for the component, at any
  /// version (then `defined` is kYes: the table cannot say).
  bool known = true;
};
FlagVerdict FlagAt(std::string_view component, std::string_view flag,
                   const std::optional<ProwVersion>& v);

/// The flags the table says `component` defines (or may define) at `v`, in
/// table order: the candidates of a "did you mean".
std::vector<std::string_view> FlagsAt(std::string_view component,
                                      const std::optional<ProwVersion>& v);

// ---------------------------------------------------------------------------
// Flags a component needs at a version, and what happens without them.

enum class MissingFlagEffect {
  kExitsAtStart,      // validation fails: the pod crash-loops
  kDoesNothing,       // --dry-run defaults to true: the component changes nothing
  kPodsNeverDeleted,  // sinker deletes ProwJobs but only dry-runs pod deletion
};
struct RequiredFlagRow {
  std::string_view component;
  std::string_view flag;   // without dashes
  std::string_view value;  // the value it needs ("false"), "" for any
  /// The requirement lapses when this flag has this value ("" = never).
  std::string_view unless_flag;
  std::string_view unless_value;
  Span span;
  MissingFlagEffect effect;
  Certainty certainty;
  std::string_view source;
};
Rows<RequiredFlagRow> RequiredFlags();

// ---------------------------------------------------------------------------
// RBAC each component needs.

enum class RbacScope {
  kProwJobNamespace,  // prowjob_namespace of the service cluster
  kPodNamespace,      // pod_namespace of every build cluster
};
enum class RbacEffect {
  kNoLeaderElection,     // never takes the leader lock: reconciles nothing
  kRequestsForbidden,    // its API calls fail ("forbidden")
  kBuildClusterDropped,  // PCM drops the cluster at start; its jobs error
  kPodReportLost,        // crier cannot hold pods with its finalizer: pod reports lost
  kWatchFails,           // an informer lists but cannot watch: degraded
};
struct RbacRow {
  std::string_view component;
  std::string_view api_group;  // "" = core
  std::string_view resource;
  std::string_view verbs;  // comma-separated
  Span span;
  RbacScope scope;
  RbacEffect effect;
  Certainty certainty;
  std::string_view source;
  /// The requirement holds only when the component runs with this flag
  /// (crier's Kubernetes reporter); "" = always.
  std::string_view only_with_flag;
};
Rows<RbacRow> RbacNeeds();

// ---------------------------------------------------------------------------
// Pod utilities, tool images and command paths.

enum class SkewBreak {
  /// Controllers from here leave clonerefs, initupload and sidecar to their
  /// image's entrypoint; older ones run /clonerefs, /initupload, /sidecar.
  kControllersUseImageEntrypoints,
  /// Controllers from here run the entrypoint image with --copy-mode-only:
  /// an older entrypoint image fails every decorated pod's init.
  kControllersNeedCopyModeEntrypoint,
  /// Pod utilities from here are ko images without /entrypoint at the
  /// root: controllers older than the copy-mode change fail with them.
  kKoUtilitiesNeedCopyModeControllers,
  /// Images from here are built with ko: /app/<dir>/app.binary and the root
  /// symlinks (/checkconfig...) are gone; the binary is on PATH.
  kKoCommandPaths,
  /// ProwJob writers from here serialise decoration timeouts as duration
  /// strings; readers older than it cannot list ProwJobs any more.
  kDurationStrings,
};
struct SkewRow {
  SkewBreak what;
  Boundary boundary;
  Certainty certainty;
  std::string_view source;
};
Rows<SkewRow> SkewBreaks();
const SkewRow& Skew(SkewBreak what);

/// Components that write ProwJobs from a job (knative/test-infra#801).
bool WritesProwJobs(std::string_view component);

/// A registry whose old tags are garbage-collected by age: a tag is deleted
/// `max_age_days` after it was built, by the clock, whatever Prow runs.
struct CollectedRegistry {
  std::string_view prefix;
  int max_age_days;  // tags older than this (on the run date) may be gone
  Certainty certainty;
  std::string_view source;
};
Rows<CollectedRegistry> CollectedRegistries();

/// Days from `from` to `to` (both YYYYMMDD), negative when `to` is earlier.
int DaysBetween(Day from, Day to);

// ---------------------------------------------------------------------------
// Config fields and plugins removed.

enum class RemovedConfigEffect {
  kIgnored,        // components load config leniently: the setting is lost
  kConfigInvalid,  // the config no longer validates: components do not start
  kHookRefuses,    // hook refuses to start on the unknown plugin name
  kHookIgnores,    // hook ignores the unknown plugin: its commands stop
};
enum class ConfigFile { kConfig, kPlugins };
struct RemovedConfigRow {
  ConfigFile file;
  std::string_view path;  // "owners_dir_blacklist", "plugins: requiresig"
  Boundary removed;
  std::string_view replacement;
  RemovedConfigEffect effect;
  Certainty certainty;
  std::string_view source;
};
Rows<RemovedConfigRow> RemovedConfig();
/// The rows removed at or before `v` (kMaybe on the merge day included).
std::vector<const RemovedConfigRow*> RemovedConfigAt(const std::optional<ProwVersion>& v);
/// What hook of `v` does with a plugin name it does not know: refuse to
/// start (until 2021-05-20), or ignore it.
RemovedConfigEffect UnknownPluginEffect(const std::optional<ProwVersion>& v);

// ---------------------------------------------------------------------------
// Where Prow's source lives.

/// Whether a tag's sha names a kubernetes-sigs/prow commit (from
/// v20240415-7013691e3) rather than a kubernetes/test-infra one (up to
/// v20240409-13cd3acf7e); a tag of the day the split took effect counts as
/// sigs/prow.
bool BuiltFromSigsProw(const std::optional<ProwVersion>& v);

// ---------------------------------------------------------------------------
// Component roles (not version-dependent, but the rules need them beside
// the table).

/// Controllers and services that read Prow's config or ProwJobs: the set that
/// should run one tag.
bool IsController(std::string_view component);
/// clonerefs, initupload, entrypoint, sidecar.
bool IsPodUtility(std::string_view component);
/// Whether the component needs every build cluster's credentials (pods).
bool NeedsBuildClusters(std::string_view component);
/// "prow-controller-manager", or "plank" before it existed.
bool SchedulesPods(std::string_view component);

/// "2019-02-05" for 20190205.
std::string DayText(Day day);

/// The table's source with "TI#" read as "test-infra #" and "SP#" as
/// "prow #": "test-infra #11068, fixed by test-infra #11209".
std::string SourceText(std::string_view source);

}  // namespace prowlint
