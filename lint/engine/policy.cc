// SPDX-License-Identifier: Apache-2.0
// See policy.h. Every key is checked: a misspelt policy key would silently
// allow what it meant to forbid.
#include "lint/engine/policy.h"

#include <algorithm>

#include "lint/base/gitignore.h"
#include "lint/base/text.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kTrustedKeys = {"allowed-paths", "required"};
const std::vector<std::string> kClusterKeys = {"allowed", "deprecated"};
const std::vector<std::string> kSecretKeys = {"repos", "paths", "kinds"};
const std::vector<std::string> kResourceKeys = {"require", "except-service-accounts"};
const std::vector<std::string> kKinds = {"presubmits", "postsubmits", "periodics"};
const std::vector<std::string> kRequirements = {"requests", "requests-equal-limits"};

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string guess = ClosestMatch(word, candidates);
  return guess.empty() ? "" : "; did you mean " + Quote(guess) + "?";
}

class PolicyReader {
 public:
  PolicyReader(const fs::path& base, Diagnostics& diag) : base_(base), diag_(diag) {}

  // The entries of `node` must be among `keys`.
  void CheckKeys(const yaml::Node& node, const std::string& where,
                 const std::vector<std::string>& keys) {
    for (const yaml::Entry& e : node.Entries()) {
      if (std::find(keys.begin(), keys.end(), e.key.Text()) != keys.end()) continue;
      diag_.Error(e.key.pos(), "unknown key " + Quote(e.key.Text()) + " in " + where +
                                   DidYouMean(e.key.Str(), keys));
    }
  }

  // A string or a list of strings.
  std::vector<Located<std::string>> Strings(const yaml::Node& map, const char* key) {
    const yaml::Node node = map.Get(key);
    if (node.IsScalar()) return {{node.Str(), node.pos()}};
    return ReadStringList(map, key, diag_);
  }

  std::vector<PathGlob> Globs(const yaml::Node& map, const char* key) {
    std::vector<PathGlob> out;
    for (Located<std::string>& g : Strings(map, key)) {
      const fs::path p(g.value);
      const std::string absolute =
          (p.is_absolute() ? p : fs::absolute(base_ / p)).lexically_normal().string();
      out.push_back({std::move(g), absolute});
    }
    return out;
  }

  // A mapping of name -> mapping, each checked against `keys`.
  template <typename Fn>
  void Named(const yaml::Node& root, const char* key, const std::vector<std::string>& keys,
             Fn fn) {
    const yaml::Node node = root.Get(key);
    if (!ExpectMap(node, Quote(key), diag_)) return;
    for (const yaml::Entry& e : node.Entries()) {
      const std::string where = std::string(key) + "." + e.key.Str();
      if (!e.value.IsNull() && !e.value.IsMap()) {
        diag_.Error(e.value.pos(), Quote(where) + " must be a mapping, found " + e.value.Describe());
        continue;
      }
      CheckKeys(e.value, Quote(where), keys);
      fn(Located<std::string>{e.key.Str(), e.key.pos()}, e.value, where);
    }
  }

  Diagnostics& diag() { return diag_; }

 private:
  fs::path base_;
  Diagnostics& diag_;
};

}  // namespace

const std::vector<std::string>& PolicyKeys() {
  static const std::vector<std::string> keys = {"trusted-clusters", "clusters",
                                                "restricted-secrets", "resources",
                                                "expiry-warning"};
  return keys;
}

DeploymentPolicy ReadPolicy(const yaml::Node& root, const fs::path& base, Diagnostics& diag) {
  DeploymentPolicy policy;
  PolicyReader r(base, diag);

  if (root.Get("trusted-clusters").Present()) {
    policy.trusted_clusters.emplace();
    r.Named(root, "trusted-clusters", kTrustedKeys,
            [&](Located<std::string> alias, const yaml::Node& body, const std::string&) {
              TrustedCluster t;
              t.alias = std::move(alias);
              t.allowed_paths = r.Globs(body, "allowed-paths");
              if (auto b = ReadBool(body, "required", diag)) t.required = b->value;
              if (t.required && t.allowed_paths.empty())
                diag.Error(body.Key("required").pos(),
                           "\"required\" needs \"allowed-paths\": the files whose jobs must run "
                           "on " + Quote(t.alias.value));
              policy.trusted_clusters->push_back(std::move(t));
            });
  }

  const yaml::Node clusters = root.Get("clusters");
  if (ExpectMap(clusters, "\"clusters\"", diag)) {
    r.CheckKeys(clusters, "\"clusters\"", kClusterKeys);
    if (clusters.Get("allowed").Present())
      policy.allowed_clusters = r.Strings(clusters, "allowed");
    policy.deprecated_clusters = r.Strings(clusters, "deprecated");
  }

  r.Named(root, "restricted-secrets", kSecretKeys,
          [&](Located<std::string> secret, const yaml::Node& body, const std::string& where) {
            SecretRestriction s;
            s.secret = std::move(secret);
            s.repos = r.Strings(body, "repos");
            s.paths = r.Globs(body, "paths");
            for (const Located<std::string>& kind : r.Strings(body, "kinds")) {
              const auto it = std::find(kKinds.begin(), kKinds.end(), kind.value);
              if (it == kKinds.end()) {
                diag.Error(kind.pos, Quote(kind.value) + " is not a job kind in " + Quote(where) +
                                         " (presubmits, postsubmits, periodics)" +
                                         DidYouMean(kind.value, kKinds));
                continue;
              }
              // kKinds is in JobKind's order.
              s.kinds.push_back(static_cast<JobKind>(it - kKinds.begin()));
            }
            if (s.repos.empty() && s.paths.empty() && s.kinds.empty())
              diag.Error(s.secret.pos, Quote(where) + " allows every job: give repos, paths "
                                       "or kinds");
            policy.restricted_secrets.push_back(std::move(s));
          });

  r.Named(root, "resources", kResourceKeys,
          [&](Located<std::string> alias, const yaml::Node& body, const std::string& where) {
            ClusterResources c;
            c.alias = std::move(alias);
            const auto require = ReadString(body, "require", diag);
            if (!require) {
              diag.Error(c.alias.pos, Quote(where) + " needs \"require\": requests or "
                                      "requests-equal-limits");
              return;
            }
            if (require->value == "requests") {
              c.require = ResourceRequirement::kRequests;
            } else if (require->value == "requests-equal-limits") {
              c.require = ResourceRequirement::kRequestsEqualLimits;
            } else {
              diag.Error(require->pos, Quote(require->value) + " is not a requirement in " +
                                           Quote(where) + " (requests, requests-equal-limits)" +
                                           DidYouMean(require->value, kRequirements));
              return;
            }
            c.except_service_accounts = r.Strings(body, "except-service-accounts");
            policy.resources.push_back(std::move(c));
          });

  const yaml::Node days = root.Get("expiry-warning");
  if (days.Present()) {
    int value = -1;
    const std::string text = days.Str();
    if (days.IsScalar() && !text.empty() && text.size() <= 5 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
      value = std::stoi(text);
    if (value < 0) {
      diag.Error(days.pos(), "\"expiry-warning\" must be a number of days (0 to 99999)");
    } else {
      policy.expiry_warning_days = Located<int>{value, days.pos()};
    }
  }
  return policy;
}

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

std::vector<PolicyOption> PolicyOptionsFor(std::string_view rule_id) {
  const std::string trusted_default = "none: aliases whose name contains \"trusted\" are trusted";
  if (rule_id == "credential-expiring")
    return {{"expiry-warning", std::to_string(kDefaultExpiryWarningDays) +
                                   " (--expiry-warning DAYS overrides it)"}};
  if (rule_id == "presubmit-on-trusted-cluster") return {{"trusted-clusters", trusted_default}};
  if (rule_id == "trusted-cluster-path")
    return {{"trusted-clusters", "none: nothing to check"}};
  if (rule_id == "cluster-not-allowed")
    return {{"clusters.allowed", "none: every alias is allowed"},
            {"clusters.deprecated", "none (deprecated aliases are cluster-deprecated's)"}};
  if (rule_id == "cluster-deprecated") return {{"clusters.deprecated", "none"}};
  if (rule_id == "secret-restricted") return {{"restricted-secrets", "none"}};
  if (rule_id == "job-resources-unset")
    return {{"resources", "none: CPU and memory requests everywhere, as a warning"}};
  return {};
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
