// See prow_version.h. The tables below are the data: add a row when Prow
// changes how it loads clusters; nothing else should need to change.
#include "lint/prow_version.h"

#include <cctype>

namespace prowlint {
namespace {

struct EraSpan {
  int first_day;  // inclusive build dates, YYYYMMDD
  int last_day;
  AliasEra era;
};

// Dates are the merge days of the changes (prow-semantics §2.4, §5.4).
// Spans overlap on the merge day itself: a tag built that day may be from
// before or after the merge.
constexpr EraSpan kPlankAliasEras[] = {
    {0, 20190128, AliasEra::kLegacyMap},
    {20190128, 20190130, AliasEra::kBuildClusterIgnored},  // #10987
    {20190131, 20190211, AliasEra::kRandomDefault},        // #11068 (2019-01-31)
    {20190211, 20190221, AliasEra::kLiteralDefaultKept},   // #11209 fix
    {20190221, 20190826, AliasEra::kLegacyMap},            // #11436 plank back to legacy
    {20190826, 20200824, AliasEra::kMergeConfigs},         // #13980
    {20200824, 99991231, AliasEra::kKubeconfigOnly},       // #15287 --build-cluster removed
};

constexpr int kDisabledClustersSince = 20230927;  // #30869
constexpr int kNoInClusterConfigSince = 20210827;
constexpr int kKubeconfigDirSince = 20210818;  // #23194
constexpr int kUnknownAliasTerminalSince = 20210128;  // #20612

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

const std::vector<std::string_view> kKnownBadTags = {
    "v20190205-2820e5e", "v20190206-75d4a95", "v20190206-b01b288", "v20190208-c35c7e3"};

const char* AliasEraName(AliasEra era) {
  switch (era) {
    case AliasEra::kLegacyMap:
      return "plank reads only the --build-cluster alias map";
    case AliasEra::kBuildClusterIgnored:
      return "plank ignores --build-cluster and runs \"default\" jobs in the service cluster";
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
  const int date = version && version->date != 0 ? version->date : 99991231;
  for (const EraSpan& span : kPlankAliasEras) {
    if (date >= span.first_day && date <= span.last_day) s.eras.push_back(span.era);
  }
  // A feature counts from its merge day on (a same-day tag may have it).
  s.disabled_clusters = date >= kDisabledClustersSince;
  s.no_in_cluster_config_flag = date >= kNoInClusterConfigSince;
  s.kubeconfig_dir_flag = date >= kKubeconfigDirSince;
  s.unknown_alias_terminal = date >= kUnknownAliasTerminalSince;
  return s;
}

}  // namespace prowlint
