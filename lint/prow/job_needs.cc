// SPDX-License-Identifier: Apache-2.0
// See job_needs.h.
#include "lint/prow/job_needs.h"

#include <algorithm>

namespace prowlint {
namespace {

class NeedCollector {
 public:
  NeedCollector(const Job& job, const std::vector<Preset>& presets)
      : job_(job), presets_(presets) {}

  /// `soft`: the pod starts without it (an image pull secret).
  void Ref(const ObjectRef& ref, bool soft = false) {
    if (ref.optional) return;
    if (ref.preset == kOwn) {
      Add(ref.kind, ref.name.value, ref.name.pos, {}, ref.via, soft);
    } else {
      const Preset& p = presets_[static_cast<std::size_t>(ref.preset)];
      Add(ref.kind, ref.name.value, PresetAnchor(job_, p), ref.name.pos, ref.via + " from a preset",
          soft);
    }
  }

  // A decoration field: the job's own decoration_config, or a default.
  void Decoration(ObjectKind kind, const Located<std::string>& field, const char* name,
                  std::string secret_name) {
    if (secret_name.empty()) return;
    const std::string via = std::string("decoration ") + name;
    if (IsOwn(field)) {
      Add(kind, secret_name, field.pos, {}, via, false);
    } else {
      const Position anchor = job_.decorate ? job_.decorate->pos : job_.name.pos;
      Add(kind, secret_name, anchor, field.pos, via + " from plank's defaults", false);
    }
  }

  std::vector<Need> Take() { return std::move(needs_); }

 private:
  bool IsOwn(const Located<std::string>& field) const {
    if (!job_.decoration_config) return false;
    const DecorationConfig& own = *job_.decoration_config;
    for (const auto* f : {&own.gcs_credentials_secret, &own.s3_credentials_secret,
                          &own.default_service_account_name, &own.cookiefile_secret,
                          &own.oauth_token_secret, &own.github_app_private_key_secret}) {
      if (*f && (*f)->pos == field.pos) return true;
    }
    for (const auto& s : own.ssh_key_secrets)
      if (s.pos == field.pos) return true;
    return false;
  }

  void Add(ObjectKind kind, const std::string& name, Position pos, Position source, std::string via,
           bool soft) {
    auto same = [&](const Need& n) { return n.kind == kind && n.name == name; };
    auto it = std::find_if(needs_.begin(), needs_.end(), same);
    if (it != needs_.end()) {
      // A hard use of a secret already seen as a pull secret makes it hard.
      if (it->soft && !soft) *it = Need{kind, name, pos, source, std::move(via), false};
      return;
    }
    needs_.push_back(Need{kind, name, pos, source, std::move(via), soft});
  }

  const Job& job_;
  const std::vector<Preset>& presets_;
  std::vector<Need> needs_;
};

void CollectContainers(const std::vector<Container>& containers, NeedCollector& c) {
  for (const Container& container : containers) {
    for (const EnvVar& var : container.env)
      if (var.ref) c.Ref(*var.ref);
    for (const ObjectRef& ref : container.env_from) c.Ref(ref);
  }
}

}  // namespace

Position PresetAnchor(const Job& job, const Preset& preset) {
  for (const Label& want : preset.labels) {
    for (const Label& have : job.labels)
      if (have.key.value == want.key.value) return have.key.pos;
  }
  return job.name.pos;
}

std::vector<Need> JobNeeds(const Job& job, const std::vector<Preset>& presets) {
  if (!job.spec || job.agent != "kubernetes") return {};
  const PodSpec& pod = *job.spec;
  NeedCollector c(job, presets);
  for (const Volume& v : pod.volumes)
    for (const ObjectRef& ref : v.refs) c.Ref(ref);
  CollectContainers(pod.containers, c);
  CollectContainers(pod.init_containers, c);
  for (const ObjectRef& ref : pod.image_pull_secrets) c.Ref(ref, /*soft=*/true);
  if (pod.service_account_name) {
    ObjectRef account;
    account.kind = ObjectKind::kServiceAccount;
    account.name = *pod.service_account_name;
    account.via = "serviceAccountName";
    c.Ref(account);
  }
  if (!job.decorated) return c.Take();

  // Decoration (pkg/pod-utils/decorate/podspec.go): the upload credentials
  // when non-empty; the clone credentials only when clonerefs runs.
  const DecorationConfig& d = *job.decoration;
  if (!pod.service_account_name && d.default_service_account_name)
    c.Decoration(ObjectKind::kServiceAccount, *d.default_service_account_name,
                 "default_service_account_name", d.default_service_account_name->value);
  if (d.gcs_credentials_secret)
    c.Decoration(ObjectKind::kSecret, *d.gcs_credentials_secret, "gcs_credentials_secret",
                 d.gcs_credentials_secret->value);
  if (d.s3_credentials_secret)
    c.Decoration(ObjectKind::kSecret, *d.s3_credentials_secret, "s3_credentials_secret",
                 d.s3_credentials_secret->value);
  if (!job.Clones()) return c.Take();
  for (const auto& ssh : d.ssh_key_secrets)
    c.Decoration(ObjectKind::kSecret, ssh, "ssh_key_secrets", ssh.value);
  if (d.oauth_token_secret)
    c.Decoration(ObjectKind::kSecret, *d.oauth_token_secret, "oauth_token_secret",
                 d.oauth_token_secret->value);
  if (d.github_app_private_key_secret)
    c.Decoration(ObjectKind::kSecret, *d.github_app_private_key_secret,
                 "github_app_private_key_secret", d.github_app_private_key_secret->value);
  if (d.cookiefile_secret) {
    // "name/key": the secret is the part before the first slash.
    const std::string& v = d.cookiefile_secret->value;
    c.Decoration(ObjectKind::kSecret, *d.cookiefile_secret, "cookiefile_secret",
                 v.substr(0, v.find('/')));
  }
  return c.Take();
}

}  // namespace prowlint
