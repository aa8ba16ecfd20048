// SPDX-License-Identifier: Apache-2.0
// See prow_schema.h.
#include "lint/prow/prow_schema.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace prowlint {
namespace {

#include "lint/prow/prow_schema_data.inc"

constexpr int kTypeCount = static_cast<int>(sizeof kTypes / sizeof kTypes[0]);

bool EqualFold(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// Kubernetes PodSpec and Container keys people write at job level, where
// Prow's decoder drops them.
constexpr std::string_view kPodKeys[] = {
    "affinity",
    "args",
    "command",
    "containers",
    "dnsPolicy",
    "env",
    "envFrom",
    "hostNetwork",
    "image",
    "imagePullPolicy",
    "imagePullSecrets",
    "initContainers",
    "nodeName",
    "nodeSelector",
    "priorityClassName",
    "resources",
    "securityContext",
    "serviceAccount",
    "serviceAccountName",
    "tolerations",
    "volumeMounts",
    "volumes",
    "workingDir",
};

}  // namespace

namespace schema {

int RootType(SchemaRoot root) {
  switch (root) {
    case SchemaRoot::kConfig:
      return kConfigConfigRoot;
    case SchemaRoot::kJobConfig:
      return kConfigJobConfigRoot;
    case SchemaRoot::kPlugins:
      return kPluginsConfigurationRoot;
  }
  return kConfigConfigRoot;
}

const SchemaType& Type(int type) { return kTypes[type]; }
const SchemaField& Field(int field) { return kFields[field]; }

int Find(int type, std::string_view key, bool& case_only) {
  case_only = false;
  if (type < 0 || type >= kTypeCount) return -1;
  const SchemaType& t = kTypes[type];
  const SchemaField* begin = kFields + t.first;
  const SchemaField* end = begin + t.count;
  const SchemaField* it = std::lower_bound(
      begin, end, key, [](const SchemaField& f, std::string_view k) { return f.key < k; });
  if (it != end && it->key == key) return static_cast<int>(it - kFields);
  for (const SchemaField* f = begin; f != end; ++f) {
    if (EqualFold(f->key, key)) {
      case_only = true;
      return static_cast<int>(f - kFields);
    }
  }
  return -1;
}

int TypeNamed(std::string_view name) {
  for (int i = 0; i < kTypeCount; ++i)
    if (kTypes[i].name == name) return i;
  return -1;
}

InEffect Known(const SchemaField& field, const std::optional<ProwVersion>& version) {
  return SpanInEffect(field.since, field.removed, version);
}

std::vector<std::string> KeysAt(int type, const std::optional<ProwVersion>& version) {
  std::vector<std::string> out;
  if (type < 0 || type >= kTypeCount) return out;
  const SchemaType& t = kTypes[type];
  for (int i = t.first; i < t.first + t.count; ++i)
    if (Known(kFields[i], version) != InEffect::kNo) out.emplace_back(kFields[i].key);
  return out;
}

std::string Noun(int type) {
  if (type < 0 || type >= kTypeCount) return "this mapping";
  std::string_view name = kTypes[type].name;
  if (name == "config.Config") return "config.yaml";
  if (name == "config.JobConfig") return "a job-config file";
  if (name == "plugins.Configuration") return "plugins.yaml";
  if (name == "config.Presubmit") return "a presubmit";
  if (name == "config.Postsubmit") return "a postsubmit";
  if (name == "config.Periodic") return "a periodic";
  static const std::pair<std::string_view, std::string_view> kNouns[] = {
      {"prowapi.DecorationConfig", "a decoration config"},
      {"prowapi.Refs", "an extra_refs entry"},
      {"prowapi.GCSConfiguration", "a gcs_configuration"},
      {"prowapi.UtilityImages", "utility_images"},
      {"prowapi.RerunAuthConfig", "a rerun auth config"},
      {"config.Preset", "a preset"},
      {"config.Plank", "plank"},
      {"config.Tide", "tide"},
      {"config.TideQuery", "a tide query"},
      {"config.Deck", "deck"},
      {"config.Spyglass", "deck.spyglass"},
      {"config.Sinker", "sinker"},
      {"config.Horologium", "horologium"},
      {"config.Gerrit", "gerrit"},
      {"config.BranchProtection", "branch-protection"},
      {"config.DefaultDecorationConfigEntry", "a default_decoration_config_entries entry"},
      {"plugins.ConfigUpdater", "config_updater"},
      {"plugins.ConfigMapSpec", "a config_updater map"},
      {"plugins.OrgPlugins", "a plugins entry"},
  };
  for (const auto& [type_name, noun] : kNouns)
    if (name == type_name) return std::string(noun);
  name = name.substr(name.find('.') + 1);
  return "Prow's " + std::string(name);
}

std::string KnownElsewhere(int type, std::string_view key) {
  const std::string_view name = Type(type).name;
  const bool job =
      name == "config.Presubmit" || name == "config.Postsubmit" || name == "config.Periodic";
  if (!job) return "";
  for (std::string_view other : {"config.Presubmit", "config.Postsubmit", "config.Periodic"}) {
    if (other == name) continue;
    bool case_only = false;
    const int f = Find(TypeNamed(other), key, case_only);
    if (f >= 0 && !case_only && kFields[f].removed == 0)
      return other == "config.Presubmit"    ? "presubmits"
             : other == "config.Postsubmit" ? "postsubmits"
                                            : "periodics";
  }
  for (std::string_view pod : kPodKeys)
    if (pod == key) return "the pod spec";
  return "";
}

}  // namespace schema
}  // namespace prowlint
