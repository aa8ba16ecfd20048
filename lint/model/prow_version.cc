// SPDX-License-Identifier: Apache-2.0
// See prow_version.h. The facts come from the version table
// (lint/prow/version_table.cc): add a row there when Prow changes.
#include "lint/model/prow_version.h"

#include <cctype>

#include "lint/prow/version_table.h"

namespace prowlint {
namespace {

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

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

std::optional<ProwVersion> ParseProwVersion(std::string_view text, std::string& error) {
  std::string_view tag = text;
  // name:tag@sha256:... names the tag too; a bare digest names no version.
  tag = tag.substr(0, tag.find('@'));
  if (tag.size() < text.size() && tag.rfind(':') == std::string_view::npos) {
    error = "an image digest does not name a Prow version; give the tag (vYYYYMMDD-<sha>)";
    return std::nullopt;
  }
  // An image reference: the tag follows the last ':' after the last '/'.
  const auto slash = tag.rfind('/');
  const auto colon = tag.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash))
    tag = tag.substr(colon + 1);
  if (tag == "latest") return ProwVersion{"latest", 0};
  // v + 8 digits + '-' + 6..10 hex (then optional -dirty / -arch suffixes).
  bool ok = tag.size() >= 16 && tag[0] == 'v' && tag[9] == '-';
  for (std::size_t i = 1; ok && i < 9; ++i)
    ok = std::isdigit(static_cast<unsigned char>(tag[i])) != 0;
  std::size_t hex = 0;
  while (ok && 10 + hex < tag.size() && IsHex(tag[10 + hex])) ++hex;
  ok = ok && hex >= 6 && hex <= 10 && (10 + hex == tag.size() || tag[10 + hex] == '-');
  if (!ok) {
    error = "\"" + std::string(text) +
            "\" is not a Prow version: expected vYYYYMMDD-<sha> (e.g. v20190208-c35c7e3), an "
            "image reference ending in one, or latest";
    return std::nullopt;
  }
  const int date = std::stoi(std::string(tag.substr(1, 8)));
  const int year = date / 10000;
  const int month = date / 100 % 100;
  const int day = date % 100;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
      (month == 2 && day == 29 && !leap)) {
    error = "\"" + std::string(text) + "\" has no valid date after the v";
    return std::nullopt;
  }
  return ProwVersion{std::string(tag.substr(0, 10 + hex)), date};
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
