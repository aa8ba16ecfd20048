// SPDX-License-Identifier: Apache-2.0
// Small behaviours of the model types, each a rule of Prow's own.
#include <algorithm>

#include "lint/model/credentials.h"
#include "lint/model/decoration.h"
#include "lint/model/job.h"
#include "lint/model/merge_policy.h"
#include "lint/model/pod_spec.h"

namespace prowlint {

const char* ObjectKindName(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::kSecret:
      return "secret";
    case ObjectKind::kConfigMap:
      return "config map";
    case ObjectKind::kServiceAccount:
      return "service account";
  }
  return "object";
}

const char* JobKindName(JobKind kind) {
  switch (kind) {
    case JobKind::kPresubmit:
      return "presubmit";
    case JobKind::kPostsubmit:
      return "postsubmit";
    case JobKind::kPeriodic:
      return "periodic";
  }
  return "job";
}

bool Job::Clones() const {
  // Prow (pkg/pod-utils/decorate/podspec.go): clonerefs runs only when there
  // are refs to clone and skip_cloning is not set.
  const bool has_refs = kind != JobKind::kPeriodic || has_extra_refs;
  const bool skip = decoration && decoration->skip_cloning && decoration->skip_cloning->value;
  return has_refs && !skip;
}

void DecorationConfig::ApplyDefault(const DecorationConfig& lower) {
  // Prow's ApplyDefault (pkg/apis/prowjobs/v1/types.go): a pointer field is
  // inherited only when unset; a slice only when empty.
  auto inherit = [](auto& mine, const auto& theirs) {
    if (!mine) mine = theirs;
  };
  inherit(gcs_credentials_secret, lower.gcs_credentials_secret);
  inherit(s3_credentials_secret, lower.s3_credentials_secret);
  inherit(default_service_account_name, lower.default_service_account_name);
  inherit(cookiefile_secret, lower.cookiefile_secret);
  inherit(oauth_token_secret, lower.oauth_token_secret);
  inherit(github_app_private_key_secret, lower.github_app_private_key_secret);
  inherit(skip_cloning, lower.skip_cloning);
  if (ssh_key_secrets.empty()) ssh_key_secrets = lower.ssh_key_secrets;
  // The checks' parts merge the same way; a merge makes a new copy, else
  // the lower one is shared.
  if (lower.checks) {
    if (!checks) {
      checks = lower.checks;
    } else {
      auto merged = std::make_shared<DecorationChecks>(*checks);
      merged->ApplyDefault(*lower.checks);
      checks = std::move(merged);
    }
  }
  // utility_images is a struct merged per image; "" counts as unset.
  for (const auto& [image, ref] : lower.utility_images) {
    bool have = false;
    for (auto& mine : utility_images) {
      if (mine.first != image) continue;
      have = true;
      if (mine.second.value.empty()) mine.second = ref;
    }
    if (!have) utility_images.emplace_back(image, ref);
  }
}

void DecorationChecks::ApplyDefault(const DecorationChecks& lower) {
  auto inherit = [](auto& mine, const auto& theirs) {
    if (!mine) mine = theirs;
  };
  inherit(utility_images_key, lower.utility_images_key);
  inherit(timeout, lower.timeout);
  inherit(grace_period, lower.grace_period);
  for (const auto& [name, value] : lower.pod_timeouts) {
    bool have = false;
    for (const auto& mine : pod_timeouts) have = have || mine.first == name;
    if (!have) pod_timeouts.emplace_back(name, value);
  }
  // gcs_configuration is a struct merged per field ("" counts as unset).
  if (!gcs_configuration) {
    gcs_configuration = lower.gcs_configuration;
  } else if (lower.gcs_configuration) {
    auto fill = [](auto& mine, const auto& theirs) {
      if (!mine || mine->value.empty()) mine = theirs;
    };
    const GcsConfiguration& l = *lower.gcs_configuration;
    fill(gcs_configuration->bucket, l.bucket);
    fill(gcs_configuration->path_strategy, l.path_strategy);
    fill(gcs_configuration->default_org, l.default_org);
    fill(gcs_configuration->default_repo, l.default_repo);
    for (const auto& m : l.media_types) {
      bool have = false;
      for (const auto& mine : gcs_configuration->media_types)
        have = have || mine.first.value == m.first.value;
      if (!have) gcs_configuration->media_types.push_back(m);
    }
  }
}

bool DecorationDefault::Matches(std::string_view job_repo, std::string_view alias) const {
  // Prow's matches() (pkg/config/config.go): "" and "*" match everything; the
  // cluster is an exact alias compared after defaulting.
  if (!cluster.empty() && cluster != "*" && cluster != alias) return false;
  if (repo.empty() || repo == "*") return true;
  if (repo.find('/') != std::string::npos) return repo == job_repo;
  return job_repo.substr(0, job_repo.find('/')) == repo;
}

std::string InContainer(const std::string& container) {
  return container.empty() ? "" : " (in " + container + ")";
}

DefectEffect EffectOf(CredentialDefect defect) {
  switch (defect) {
    case CredentialDefect::kUserEntryMissing:  // loads without credentials
    case CredentialDefect::kServerNotHttps:    // loads, talks plain HTTP
    case CredentialDefect::kNoEndpoint:        // legacy: requests go nowhere
      return DefectEffect::kUnusable;
    case CredentialDefect::kClusterEntryMissing:  // ConfirmUsable: empty cluster
    case CredentialDefect::kNoServer:             // ConfirmUsable: no server
    case CredentialDefect::kCertificateWithoutKey:  // validateAuthInfo
      return DefectEffect::kContextFails;
    case CredentialDefect::kNotBase64:  // []byte fields fail to unmarshal
      return DefectEffect::kFileFails;
    case CredentialDefect::kNoCertificate:  // transport: no root or leaf certificate
    case CredentialDefect::kCertificateUnparsable:
    case CredentialDefect::kKeyUnparsable:  // tls.X509KeyPair
      return DefectEffect::kClientFails;
  }
  return DefectEffect::kUnusable;
}

DefectEffect ClusterContext::WorstEffect() const {
  DefectEffect worst = DefectEffect::kUnusable;
  for (const CredentialProblem& p : problems) worst = std::max(worst, EffectOf(p.defect));
  return worst;
}

bool ClusterContext::HasProblem(DefectEffect effect) const {
  for (const CredentialProblem& p : problems)
    if (EffectOf(p.defect) == effect) return true;
  return false;
}

std::string RedactUrl(const std::string& url) {
  // Query strings and fragments can carry tokens (?access_token=...): drop them.
  std::string u = url.substr(0, url.find_first_of("?#"));
  const auto scheme = u.find("://");
  const auto start = scheme == std::string::npos ? 0 : scheme + 3;
  // The last '@' anywhere: a '/' in a password must not hide user info (a
  // path with '@' loses its head, the safe direction).
  const auto at = u.rfind('@');
  if (at == std::string::npos || at < start) return u;
  return u.substr(0, start) + u.substr(at + 1);
}

// Tide's query scope (pkg/config/tide.go TideQuery): its repos, and its
// orgs less excludedRepos.
bool MergePolicy::TideMerges(const std::string& org_repo) const {
  const std::string org = org_repo.substr(0, org_repo.find('/'));
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  for (const TideQueryScope& q : tide_queries)
    if (has(q.repos, org_repo) || (has(q.orgs, org) && !has(q.excluded_repos, org_repo)))
      return true;
  return false;
}

}  // namespace prowlint
