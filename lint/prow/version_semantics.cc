// SPDX-License-Identifier: Apache-2.0
// See version_semantics.h. The facts come from the version table
// (lint/prow/version_table.cc): add a row there when Prow changes.
#include "lint/prow/version_semantics.h"

#include "lint/prow/version_table.h"

namespace prowlint {

const char* AliasEraName(AliasEra era) {
  switch (era) {
    case AliasEra::kLegacyMap:
      return "plank reads only the --build-cluster alias map";
    case AliasEra::kBuildClusterIgnored:
      return "plank ignores --build-cluster and runs \"default\" jobs in the service cluster";
    case AliasEra::kStartupPanic:
      return "plank defines --build-cluster twice and panics at start: no job runs";
    case AliasEra::kRandomDefault:
      return "plank renames the service cluster to \"default\", clobbering a literal "
             "\"default\" at random on each start";
    case AliasEra::kLiteralDefaultKept:
      return "plank keeps a literal \"default\"; without one, \"default\" is the service cluster";
    case AliasEra::kMergeConfigs:
      return "plank merges kubeconfig or build-cluster aliases; without a literal "
             "\"default\", \"default\" is the service cluster";
    case AliasEra::kKubeconfigOnly:
      return "kubeconfig contexts only; without a literal \"default\", \"default\" is the "
             "service cluster";
  }
  return "";
}

bool VersionSemantics::Has(AliasEra era) const {
  for (AliasEra e : eras)
    if (e == era) return true;
  return false;
}

bool VersionSemantics::ReadsKubeconfig() const {
  for (AliasEra e : eras)
    if (e == AliasEra::kLegacyMap) return false;
  return true;
}

bool VersionSemantics::ReadsBuildClusterFile() const {
  for (AliasEra e : eras)
    if (e == AliasEra::kBuildClusterIgnored || e == AliasEra::kKubeconfigOnly) return false;
  return true;
}

std::string VersionSemantics::Name() const {
  return version ? version->tag : std::string("today's Prow");
}

VersionSemantics SemanticsFor(const std::optional<ProwVersion>& version) {
  VersionSemantics s;
  s.version = version;
  for (const AliasEraRow& row : PlankAliasEras())
    if (Within(version, row.span) != Presence::kNo) s.eras.push_back(row.era);
  // A feature counts from its merge day on (a same-day tag may have it).
  s.disabled_clusters = HasFeature(version, ClusterFeature::kDisabledClusters);
  s.no_in_cluster_config_flag = HasFeature(version, ClusterFeature::kNoInClusterConfigFlag);
  s.kubeconfig_dir_flag = HasFeature(version, ClusterFeature::kKubeconfigDirFlag);
  // The change that added --kubeconfig-dir also made a $KUBECONFIG list drop
  // every context when one fails to load (prow_version.h).
  s.env_drops_failing_context = s.kubeconfig_dir_flag;
  s.unknown_alias_terminal = HasFeature(version, ClusterFeature::kUnknownAliasTerminal);
  if (s.Has(AliasEra::kLiteralDefaultKept)) {
    s.unknown_alias = UnknownAliasOutcome::kPlankRefusesToStart;
  } else {
    s.unknown_alias = s.unknown_alias_terminal ? UnknownAliasOutcome::kTerminalError
                                               : UnknownAliasOutcome::kRetriedForever;
  }
  s.pod_namespaces = PodNamespacesFor(version);
  return s;
}

}  // namespace prowlint
