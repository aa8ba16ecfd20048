// SPDX-License-Identifier: Apache-2.0
// See load_merge_policy.h. Keys as Prow's JSON tags: pkg/config/
// branch_protection.go (Policy, BranchProtection) and pkg/config/tide.go
// (TideContextPolicy and its org/repo/branch levels).
#include "lint/load/load_merge_policy.h"

#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// Policy fields Prow's Policy.defined() counts besides the ones kept.
const char* const kOtherPolicyFields[] = {
    "enforce_admins",          "restrictions",       "required_pull_request_reviews",
    "required_linear_history", "allow_force_pushes", "allow_deletions",
    "require_signed_commits"};

ProtectionLevel LoadProtectionLevel(const yaml::Node& map, Position pos, Diagnostics& diag) {
  ProtectionLevel level;
  level.pos = pos;
  if (!map.IsMap()) return level;
  level.protect = ReadBool(map, "protect", diag);
  level.unmanaged = ReadBool(map, "unmanaged", diag);
  level.require_manually_triggered_jobs = ReadBool(map, "require_manually_triggered_jobs", diag);
  const yaml::Node checks = map.Get("required_status_checks");
  if (checks.Present() && !checks.IsNull()) {
    level.status_checks = true;
    if (ExpectMap(checks, "\"required_status_checks\"", diag))
      level.contexts = ReadStringList(checks, "contexts", diag);
  }
  level.include = ReadStringList(map, "include", diag);
  level.exclude = ReadStringList(map, "exclude", diag);
  for (const char* key : kOtherPolicyFields) {
    const yaml::Node v = map.Get(key);
    level.other_fields = level.other_fields || (v.Present() && !v.IsNull());
  }
  return level;
}

// Calls `each(name, value, key position)` for every entry of map[key].
template <typename Each>
void ForEntries(const yaml::Node& map, std::string_view key, Diagnostics& diag, Each each) {
  const yaml::Node entries = map.Get(key);
  if (!entries.Present() || entries.IsNull()) return;
  if (!ExpectMap(entries, "\"" + std::string(key) + "\"", diag)) return;
  for (const yaml::Entry& e : entries.Entries()) each(e.key.Str(), e.value, e.key.pos());
}

BranchProtection LoadBranchProtection(const yaml::Node& bp, Diagnostics& diag) {
  BranchProtection out;
  if (!bp.IsMap()) return out;
  out.policy = LoadProtectionLevel(bp, bp.pos(), diag);
  auto flag = [&](const char* key) {
    const auto v = ReadBool(bp, key, diag);
    if (v) out.settings_written[key] = bp.Key(key).pos();
    return v && v->value;
  };
  out.protect_tested_repos = flag("protect-tested-repos");
  out.allow_disabled_policies = flag("allow_disabled_policies");
  out.allow_disabled_job_policies = flag("allow_disabled_job_policies");
  out.protect_repos_with_optional_jobs = flag("protect_repos_with_optional_jobs");
  ForEntries(bp, "orgs", diag, [&](std::string org, const yaml::Node& o, Position at) {
    ProtectedOrg& po = out.orgs[org];
    po.policy = LoadProtectionLevel(o, at, diag);
    if (!o.IsMap()) return;
    ForEntries(o, "repos", diag, [&](std::string repo, const yaml::Node& r, Position rat) {
      ProtectedRepo& pr = po.repos[repo];
      pr.policy = LoadProtectionLevel(r, rat, diag);
      if (!r.IsMap()) return;
      ForEntries(r, "branches", diag, [&](std::string branch, const yaml::Node& b, Position bat) {
        pr.branches[branch] = LoadProtectionLevel(b, bat, diag);
      });
    });
  });
  return out;
}

ContextOptions LoadContextOptions(const yaml::Node& map, Position pos, Diagnostics& diag) {
  ContextOptions level;
  level.pos = pos;
  if (!map.IsMap()) return level;
  level.from_branch_protection = ReadBool(map, "from-branch-protection", diag);
  level.required = ReadStringList(map, "required-contexts", diag);
  level.required_if_present = ReadStringList(map, "required-if-present-contexts", diag);
  level.optional = ReadStringList(map, "optional-contexts", diag);
  level.optional_regex = ReadStringList(map, "optional-regex-contexts", diag);
  return level;
}

TideContextOptions LoadTideContextOptions(const yaml::Node& co, Diagnostics& diag) {
  TideContextOptions out;
  if (!co.IsMap()) return out;
  out.options = LoadContextOptions(co, co.pos(), diag);
  ForEntries(co, "orgs", diag, [&](std::string org, const yaml::Node& o, Position at) {
    ContextOptionsOrg& oo = out.orgs[org];
    oo.options = LoadContextOptions(o, at, diag);
    if (!o.IsMap()) return;
    ForEntries(o, "repos", diag, [&](std::string repo, const yaml::Node& r, Position rat) {
      ContextOptionsRepo& ro = oo.repos[repo];
      ro.options = LoadContextOptions(r, rat, diag);
      if (!r.IsMap()) return;
      ForEntries(r, "branches", diag, [&](std::string branch, const yaml::Node& b, Position bat) {
        ro.branches[branch] = LoadContextOptions(b, bat, diag);
      });
    });
  });
  return out;
}

}  // namespace

MergePolicy LoadMergePolicy(const yaml::Node& root, Diagnostics& diag) {
  MergePolicy out;
  if (!root.IsMap()) return out;
  out.branch_protection = LoadBranchProtection(root.Get("branch-protection"), diag);
  const yaml::Node tide = root.Get("tide");
  if (!tide.IsMap()) return out;
  out.context_options = LoadTideContextOptions(tide.Get("context_options"), diag);
  const yaml::Node queries = tide.Get("queries");
  if (queries.IsSeq()) {
    auto names = [&](const yaml::Node& q, const char* key) {
      std::vector<std::string> out;
      for (const auto& v : ReadStringList(q, key, diag)) out.push_back(v.value);
      return out;
    };
    for (const yaml::Node& q : queries.Items())
      if (q.IsMap())
        out.tide_queries.push_back({names(q, "orgs"), names(q, "repos"), names(q, "excludedRepos")});
  }
  return out;
}

}  // namespace prowlint
