// SPDX-License-Identifier: Apache-2.0
// See read_policy.h.
#include "lint/load/read_policy.h"

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
  void Named(const yaml::Node& root, const char* key, const std::vector<std::string>& keys, Fn fn) {
    const yaml::Node node = root.Get(key);
    if (!ExpectMap(node, Quote(key), diag_)) return;
    for (const yaml::Entry& e : node.Entries()) {
      const std::string where = std::string(key) + "." + e.key.Str();
      if (!e.value.IsNull() && !e.value.IsMap()) {
        diag_.Error(e.value.pos(),
                    Quote(where) + " must be a mapping, found " + e.value.Describe());
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
  static const std::vector<std::string> keys = {
      "trusted-clusters", "clusters", "restricted-secrets", "resources", "expiry-warning",
      "max-prow-age"};
  return keys;
}

namespace {

void ReadTrusted(const yaml::Node& root, PolicyReader& r, DeploymentPolicy& policy,
                 Diagnostics& diag) {
  if (!root.Get("trusted-clusters").Present()) return;
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
                         "on " +
                             Quote(t.alias.value));
            policy.trusted_clusters->push_back(std::move(t));
          });
}

void ReadClusters(const yaml::Node& root, PolicyReader& r, DeploymentPolicy& policy,
                  Diagnostics& diag) {
  const yaml::Node clusters = root.Get("clusters");
  if (!ExpectMap(clusters, "\"clusters\"", diag)) return;
  r.CheckKeys(clusters, "\"clusters\"", kClusterKeys);
  if (clusters.Get("allowed").Present()) policy.allowed_clusters = r.Strings(clusters, "allowed");
  policy.deprecated_clusters = r.Strings(clusters, "deprecated");
}

void ReadSecrets(const yaml::Node& root, PolicyReader& r, DeploymentPolicy& policy,
                 Diagnostics& diag) {
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
              diag.Error(s.secret.pos, Quote(where) +
                                           " allows every job: give repos, paths "
                                           "or kinds");
            policy.restricted_secrets.push_back(std::move(s));
          });
}

void ReadResources(const yaml::Node& root, PolicyReader& r, DeploymentPolicy& policy,
                   Diagnostics& diag) {
  r.Named(root, "resources", kResourceKeys,
          [&](Located<std::string> alias, const yaml::Node& body, const std::string& where) {
            ClusterResources c;
            c.alias = std::move(alias);
            const auto require = ReadString(body, "require", diag);
            if (!require) {
              diag.Error(c.alias.pos, Quote(where) +
                                          " needs \"require\": requests or "
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
}

// A number of days (0 to 99999) under `key`.
std::optional<Located<int>> ReadDays(const yaml::Node& root, const char* key, Diagnostics& diag) {
  const yaml::Node days = root.Get(key);
  if (!days.Present()) return std::nullopt;
  const std::string text = days.Str();
  if (days.IsScalar() && !text.empty() && text.size() <= 5 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return Located<int>{std::stoi(text), days.pos()};
  diag.Error(days.pos(), "\"" + std::string(key) + "\" must be a number of days (0 to 99999)");
  return std::nullopt;
}

}  // namespace

DeploymentPolicy ReadPolicy(const yaml::Node& root, const fs::path& base, Diagnostics& diag) {
  DeploymentPolicy policy;
  PolicyReader r(base, diag);
  ReadTrusted(root, r, policy, diag);
  ReadClusters(root, r, policy, diag);
  ReadSecrets(root, r, policy, diag);
  ReadResources(root, r, policy, diag);
  policy.expiry_warning_days = ReadDays(root, "expiry-warning", diag);
  policy.max_prow_age_days = ReadDays(root, "max-prow-age", diag);
  return policy;
}

}  // namespace prowlint
