// SPDX-License-Identifier: Apache-2.0
// What each Prow version does with cluster aliases. The facts live in the
// version table (lint/prow/version_table.cc); everything that depends on the
// target version asks VersionSemantics, which asks the table.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/model/prow_version.h"

namespace prowlint {

/// How plank turns credentials into cluster aliases (prow-semantics §1.1, §2.2).
enum class AliasEra {
  kLegacyMap,           // B: only the --build-cluster map (which must hold
                        //    "default"); without it, "default" = service cluster
  kBuildClusterIgnored, // C0 (2019-01-28..31): --build-cluster not read;
                        //    "default" = service cluster
  kStartupPanic,        // (2019-01-31..02-01): --build-cluster defined twice,
                        //    plank panics at start and schedules nothing
  kRandomDefault,       // C (2019-02-01..02-11): the service cluster is renamed
                        //    "default", clobbering a literal one at random per start
  kLiteralDefaultKept,  // C' (2019-02-11..22): literal "default" kept, else the
                        //    service cluster; unknown job aliases stop plank
  kMergeConfigs,        // D (2019-08-26..2020-08-24): kubeconfig or build-cluster
                        //    map; "default" falls back to the service cluster
  kKubeconfigOnly,      // E (2020-08-24..): kubeconfigs only, same fallback
};

/// One line describing the era, for notes and docs.
const char* AliasEraName(AliasEra era);

/// Everything prowlint needs to know about one target version.
/// The namespace plank creates job pods in, in every build cluster:
/// pod_namespace, except in the 2019-02-05 window, when a typo made it
/// prowjob_namespace.
enum class PodNamespace { kPodNamespace, kProwJobNamespace };

/// What Prow does with a job whose cluster alias it did not load.
enum class UnknownAliasOutcome {
  kPlankRefusesToStart,  // 2019-02-11..22: plank exits at start
  kRetriedForever,       // the job stays triggered, never started
  kTerminalError,        // since 2021-01-28: the job ends in error
};

struct VersionSemantics {
  std::optional<ProwVersion> version;  // nullopt: no --target-version (today's Prow)
  /// Plank's alias behaviour. Two eras on a day the behaviour changed: a tag
  /// built that day may be from either side.
  std::vector<AliasEra> eras;
  bool disabled_clusters = true;         // config field, since 2023-09-27
  bool no_in_cluster_config_flag = true; // since 2021-08-27
  bool kubeconfig_dir_flag = true;       // since 2021-08-18
  /// On the $KUBECONFIG path a context that fails to load drops every
  /// kubeconfig context (before: it stopped Prow); since 2021-08-18, the
  /// same change (#23194) that added --kubeconfig-dir.
  bool env_drops_failing_context = true;
  /// A job on an unknown alias ends in a terminal error (since 2021-01-28);
  /// before, plank retried it forever.
  bool unknown_alias_terminal = true;
  UnknownAliasOutcome unknown_alias = UnknownAliasOutcome::kTerminalError;
  /// Where plank creates job pods: one entry, or both in time order for a
  /// tag built on a day that changed it (the 2019-02-05 window).
  std::vector<PodNamespace> pod_namespaces{PodNamespace::kPodNamespace};

  bool Has(AliasEra era) const;
  /// Whether plank of every possible build of the version loads aliases
  /// from kubeconfigs / from a --build-cluster file.
  bool ReadsKubeconfig() const;
  bool ReadsBuildClusterFile() const;
  /// "v20190208-c35c7e3", or "today's Prow" without a version.
  std::string Name() const;
};

VersionSemantics SemanticsFor(const std::optional<ProwVersion>& version);

}  // namespace prowlint
