// SPDX-License-Identifier: Apache-2.0
// See policy.h. Every key is checked: a misspelt policy key would silently
// allow what it meant to forbid.
#include "lint/engine/policy.h"

#include <algorithm>

#include "lint/base/gitignore.h"
#include "lint/base/text.h"

namespace prowlint {
namespace fs = std::filesystem;

bool PathMatches(const PathGlob& glob, const std::string& path) {
  const fs::path p(path);
  const std::string absolute = (p.is_absolute() ? p : fs::absolute(p)).lexically_normal().string();
  return GlobMatch(glob.absolute, absolute);
}

bool DeploymentPolicy::IsTrusted(std::string_view alias) const {
  if (trusted_clusters) return Trusted(alias) != nullptr;
  // "trusted" anywhere but in "untrusted" (kyma's untrusted-workload).
  for (auto at = alias.find("trusted"); at != std::string_view::npos;
       at = alias.find("trusted", at + 1))
    if (at < 2 || alias.substr(at - 2, 2) != "un") return true;
  return false;
}

const TrustedCluster* DeploymentPolicy::Trusted(std::string_view alias) const {
  if (!trusted_clusters) return nullptr;
  for (const TrustedCluster& t : *trusted_clusters)
    if (t.alias.value == alias) return &t;
  return nullptr;
}

bool DeploymentPolicy::IsDeprecated(std::string_view alias) const {
  return std::any_of(deprecated_clusters.begin(), deprecated_clusters.end(),
                     [&](const Located<std::string>& d) { return d.value == alias; });
}

const ClusterResources* DeploymentPolicy::ResourcesFor(std::string_view alias) const {
  for (const ClusterResources& r : resources)
    if (r.alias.value == alias) return &r;
  return nullptr;
}

namespace {

std::string List(const std::vector<Located<std::string>>& items) {
  std::string out = "[";
  for (const auto& i : items) out += (out.size() > 1 ? ", " : "") + i.value;
  return out + "]";
}

std::string Globs(const std::vector<PathGlob>& globs) {
  std::string out = "[";
  for (const auto& g : globs) out += (out.size() > 1 ? ", " : "") + g.written.value;
  return out + "]";
}

}  // namespace

std::string DescribePolicyValue(const DeploymentPolicy& p, std::string_view key) {
  std::string out;
  if (key == "expiry-warning") {
    return p.expiry_warning_days ? std::to_string(p.expiry_warning_days->value) : "";
  }
  if (key == "max-prow-age") {
    return p.max_prow_age_days ? std::to_string(p.max_prow_age_days->value) : "";
  }
  if (key == "trusted-clusters") {
    if (!p.trusted_clusters) return "";
    for (const TrustedCluster& t : *p.trusted_clusters) {
      out += "\n  " + t.alias.value + ":";
      if (!t.allowed_paths.empty()) out += " allowed-paths: " + Globs(t.allowed_paths);
      if (t.required) out += ", required: true";
    }
    return out.empty() ? "{}" : out;
  }
  if (key == "clusters.allowed") return p.allowed_clusters ? List(*p.allowed_clusters) : "";
  if (key == "clusters.deprecated")
    return p.deprecated_clusters.empty() ? "" : List(p.deprecated_clusters);
  if (key == "restricted-secrets") {
    for (const SecretRestriction& s : p.restricted_secrets) {
      out += "\n  " + s.secret.value + ":";
      if (!s.repos.empty()) out += " repos: " + List(s.repos);
      if (!s.paths.empty()) out += " paths: " + Globs(s.paths);
      if (!s.kinds.empty()) {
        out += " kinds: [";
        for (std::size_t i = 0; i < s.kinds.size(); ++i)
          out += (i ? ", " : "") + std::string(JobKindName(s.kinds[i])) + "s";
        out += "]";
      }
    }
    return out;
  }
  if (key == "resources") {
    for (const ClusterResources& r : p.resources) {
      out += "\n  " + r.alias.value + ": require: " +
             (r.require == ResourceRequirement::kRequests ? "requests" : "requests-equal-limits");
      if (!r.except_service_accounts.empty())
        out += ", except-service-accounts: " + List(r.except_service_accounts);
    }
    return out;
  }
  return "";
}

}  // namespace prowlint
