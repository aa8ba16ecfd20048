// SPDX-License-Identifier: Apache-2.0
// See load_decoration.h. Field names and merge order follow Prow's
// DecorationConfig (pkg/apis/prowjobs/v1/types.go) and plank config
// (pkg/config/config.go), prow-semantics §3.4.
#include "lint/load/load_decoration.h"

#include <algorithm>

#include "lint/base/text.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// oauth_token_secret and github_app_private_key_secret are {name, key}.
std::optional<Located<std::string>> SecretName(const yaml::Node& node, std::string_view key,
                                               Diagnostics& diag) {
  const yaml::Node value = node.Get(key);
  if (!ExpectMap(value, "\"" + std::string(key) + "\"", diag)) return std::nullopt;
  auto name = ReadString(value, "name", diag);
  if (!name) return Located<std::string>{"", value.pos()};
  return name;
}

// timeout and the pod timeouts: their form decides whether a version can
// read them (prowapi.Duration took strings only from 2019-04-24;
// metav1.Duration takes nothing else).
std::optional<WrittenDuration> ReadDuration(const yaml::Node& node, std::string_view key,
                                            Diagnostics& diag) {
  const yaml::Node value = node.Get(key);
  if (value.IsNull()) return std::nullopt;
  if (!value.IsScalar()) {
    diag.Error(value.pos(), Quote(key) + " must be a duration, found " + value.Describe());
    return std::nullopt;
  }
  WrittenDuration d;
  d.text = {value.Str(), value.pos()};
  d.number = value.IsPlainNonString() && !value.AsBool();
  return d;
}

std::optional<GcsConfiguration> LoadGcs(const yaml::Node& node, Diagnostics& diag) {
  const yaml::Node gcs = node.Get("gcs_configuration");
  if (!ExpectMap(gcs, "\"gcs_configuration\"", diag)) return std::nullopt;
  GcsConfiguration g;
  g.pos = node.Key("gcs_configuration").pos();
  g.bucket = ReadString(gcs, "bucket", diag);
  g.path_strategy = ReadString(gcs, "path_strategy", diag);
  g.default_org = ReadString(gcs, "default_org", diag);
  g.default_repo = ReadString(gcs, "default_repo", diag);
  const yaml::Node media = gcs.Get("mediaTypes");
  if (ExpectMap(media, "\"mediaTypes\"", diag)) {
    for (const yaml::Entry& e : media.Entries())
      g.media_types.push_back({{e.key.Str(), e.key.pos()}, {e.value.Str(), e.value.pos()}});
  }
  return g;
}

}  // namespace

DecorationConfig LoadDecorationConfig(const yaml::Node& node, Diagnostics& diag) {
  DecorationConfig c;
  if (!ExpectMap(node, "\"decoration_config\"", diag)) return c;
  c.gcs_credentials_secret = ReadString(node, "gcs_credentials_secret", diag);
  c.s3_credentials_secret = ReadString(node, "s3_credentials_secret", diag);
  c.default_service_account_name = ReadString(node, "default_service_account_name", diag);
  c.cookiefile_secret = ReadString(node, "cookiefile_secret", diag);
  c.oauth_token_secret = SecretName(node, "oauth_token_secret", diag);
  c.github_app_private_key_secret = SecretName(node, "github_app_private_key_secret", diag);
  c.ssh_key_secrets = ReadStringList(node, "ssh_key_secrets", diag);
  c.skip_cloning = ReadBool(node, "skip_cloning", diag);
  const yaml::Node images = node.Get("utility_images");
  DecorationChecks checks;
  if (images.IsMap()) checks.utility_images_key = node.Key("utility_images").pos();
  checks.gcs_configuration = LoadGcs(node, diag);
  checks.timeout = ReadDuration(node, "timeout", diag);
  checks.grace_period = ReadDuration(node, "grace_period", diag);
  for (const char* key : {"pod_pending_timeout", "pod_running_timeout", "pod_unscheduled_timeout"})
    if (auto d = ReadDuration(node, key, diag)) checks.pod_timeouts.emplace_back(key, *d);
  if (checks.utility_images_key || checks.gcs_configuration || checks.timeout ||
      checks.grace_period || !checks.pod_timeouts.empty())
    c.checks = std::make_shared<const DecorationChecks>(std::move(checks));
  if (ExpectMap(images, "\"utility_images\"", diag)) {
    for (const char* image : {"clonerefs", "initupload", "entrypoint", "sidecar"}) {
      if (auto ref = ReadString(images, image, diag)) c.utility_images.emplace_back(image, *ref);
    }
  }
  return c;
}

namespace {

// plank.default_decoration_configs (2020-2021): a map by "*", org or org/repo.
void LoadByRepo(const yaml::Node& by_repo, Diagnostics& diag, std::vector<DecorationDefault>& out) {
  if (ExpectMap(by_repo, "\"default_decoration_configs\"", diag)) {
    // Prow orders the map as "*", then orgs, then org/repos (each sorted), so
    // narrower entries apply later and win.
    std::vector<const yaml::Entry*> sorted;
    for (const yaml::Entry& e : by_repo.Entries()) sorted.push_back(&e);
    auto rank = [](std::string_view key) {
      return key == "*" ? 0 : key.find('/') == std::string_view::npos ? 1 : 2;
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const yaml::Entry* a, const yaml::Entry* b) {
      const auto ra = rank(a->key.Text());
      const auto rb = rank(b->key.Text());
      return ra != rb ? ra < rb : a->key.Text() < b->key.Text();
    });
    for (const yaml::Entry* e : sorted) {
      out.push_back({e->key.pos(),
                     e->key.Str(),
                     "",
                     LoadDecorationConfig(e->value, diag),
                     DecorationDefaultForm::kByRepo,
                     {}});
    }
  }
}

// plank.default_decoration_config_entries (2021 on): a list of repo and
// cluster selectors.
void LoadEntries(const yaml::Node& entries, Diagnostics& diag, std::vector<DecorationDefault>& out) {
  if (ExpectSeq(entries, "\"default_decoration_config_entries\"", diag)) {
    for (const yaml::Node& item : entries.Items()) {
      if (!ExpectMap(item, "a decoration config entry", diag)) continue;
      DecorationDefault d;
      d.pos = item.pos();
      if (auto repo = ReadString(item, "repo", diag)) d.repo = repo->value;
      d.form = DecorationDefaultForm::kEntries;
      if (auto cluster = ReadString(item, "cluster", diag)) {
        d.cluster = cluster->value;
        d.cluster_pos = cluster->pos;
      }
      d.config = LoadDecorationConfig(item.Get("config"), diag);
      out.push_back(std::move(d));
    }
  }
}

}  // namespace

std::vector<DecorationDefault> LoadDecorationDefaults(const yaml::Node& plank, Diagnostics& diag) {
  std::vector<DecorationDefault> out;
  if (!ExpectMap(plank, "\"plank\"", diag)) return out;

  // 2018-2020: one config for every job; it acts as the "*" entry.
  const yaml::Node legacy = plank.Get("default_decoration_config");
  if (legacy.IsMap()) {
    out.push_back({plank.Key("default_decoration_config").pos(),
                   "*",
                   "",
                   LoadDecorationConfig(legacy, diag),
                   DecorationDefaultForm::kLegacy,
                   {}});
  } else {
    ExpectMap(legacy, "\"default_decoration_config\"", diag);
  }

  // Both later forms at once are refused by Prow (config-field-conflict
  // reports it); both are loaded so the other rules still see every default.
  const yaml::Node by_repo = plank.Get("default_decoration_configs");
  const yaml::Node entries = plank.Get("default_decoration_config_entries");

  LoadByRepo(by_repo, diag, out);
  LoadEntries(entries, diag, out);
  return out;
}

}  // namespace prowlint
