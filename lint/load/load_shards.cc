// SPDX-License-Identifier: Apache-2.0
// See load_shards.h.
#include "lint/load/load_shards.h"

#include <algorithm>
#include <filesystem>

#include "lint/base/read_file.h"
#include "lint/base/text.h"
#include "lint/load/load_component_keys.h"
#include "lint/load/load_merge_policy.h"
#include "lint/load/load_plugin_config.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

using Kind = ShardProblem::Kind;

// The shard files of `dir`, as filepath.Walk visits them (lexical order;
// entries whose name starts with ".." skipped, as a mounted ConfigMap's
// internals are). Symlinked directories are not descended.
std::vector<std::string> ListShards(const std::string& dir, const std::string& suffix,
                                    const char* flag, SourceSet& sources, Diagnostics& diag) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diag.Error(Position{sources.Add(dir), 0, 0},
               "cannot read " + std::string(flag) + ": " +
                   std::string(fs::exists(dir, ec) ? "not a directory" : "No such file or directory"));
    return out;
  }
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("..", 0) == 0) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    const std::string path = it->path().string();
    if (it->is_directory(ec) || path.size() < suffix.size() ||
        path.compare(path.size() - suffix.size(), std::string::npos, suffix) != 0)
      continue;
    if (!sources.boundary().MayRead(path)) {
      diag.notes.Add(NotReadOutside(sources.Display(path)));
      continue;
    }
    out.push_back(path);
  }
  std::sort(out.begin(), out.end());
  return out;
}

class Merger {
 public:
  Merger(ProwConfig& config) : config_(config) {}

  // ProwConfig.mergeFrom for one shard's root mapping.
  void Merge(const yaml::Node& root, Diagnostics& diag) {
    for (const yaml::Entry& e : root.Entries()) {
      const std::string key = e.key.Str();
      if (e.value.IsNull()) continue;  // a zero value: nothing set
      if (key == "tide") {
        for (const yaml::Entry& t : e.value.Entries())
          if (!t.value.IsNull() && t.key.Str() != "merge_method" && t.key.Str() != "queries")
            Problem(Kind::kNotMergeable, t.key.pos(), "tide." + t.key.Str());
      } else if (key != "branch-protection" && key != "slack_reporter_configs") {
        Problem(Kind::kNotMergeable, e.key.pos(), key);
      }
    }
    ComponentKeys keys = LoadComponentKeys(root);
    MergePolicy policy = LoadMergePolicy(root, diag);
    for (auto& q : keys.tide_queries) config_.components.tide_queries.push_back(std::move(q));
    for (auto& q : policy.tide_queries) config_.merge_policy.tide_queries.push_back(std::move(q));
    auto& methods = config_.components.tide_merge_methods;
    for (auto& entry : keys.tide_merge_methods) {
      const Located<std::string>& target = entry.first;
      auto it = std::find_if(methods.begin(), methods.end(),
                             [&](const auto& m) { return m.first.value == target.value; });
      if (it != methods.end()) {
        Problem(Kind::kSetTwice, target.pos, "tide.merge_method for " + Quote(target.value),
                it->first.pos);
      } else {
        methods.push_back(std::move(entry));
      }
    }
    auto& slack = config_.components.slack_reporter_keys;
    for (auto& k : keys.slack_reporter_keys) {
      auto it = std::find_if(slack.begin(), slack.end(),
                             [&](const auto& s) { return s.value == k.value; });
      if (it != slack.end()) {
        Problem(Kind::kSetTwice, k.pos, "slack_reporter_configs for " + Quote(k.value), it->pos);
      } else {
        slack.push_back(std::move(k));
      }
    }
    MergeBranchProtection(std::move(policy.branch_protection));
  }

 private:
  void Problem(Kind kind, Position pos, std::string field, Position first = {}) {
    config_.shard_problems.push_back({kind, pos, std::move(field), first});
  }

  // A policy level: taken when the main config leaves it unset, a problem
  // when both set it (BranchProtection.merge).
  void MergeLevel(ProtectionLevel& into, ProtectionLevel&& from, const std::string& field) {
    if (!from.Defined()) return;
    if (into.Defined()) {
      Problem(Kind::kSetTwice, from.pos, field, into.pos);
    } else {
      into = std::move(from);
    }
  }

  void MergeBranchProtection(BranchProtection&& from) {
    BranchProtection& into = config_.merge_policy.branch_protection;
    MergeLevel(into.policy, std::move(from.policy), "branch-protection policy");
    for (const auto& [setting, pos] : from.settings_written) {
      auto it = into.settings_written.find(setting);
      if (it != into.settings_written.end()) {
        Problem(Kind::kSetTwice, pos, "branch-protection " + setting, it->second);
        continue;
      }
      into.settings_written[setting] = pos;
    }
    into.protect_tested_repos = into.protect_tested_repos || from.protect_tested_repos;
    into.allow_disabled_policies = into.allow_disabled_policies || from.allow_disabled_policies;
    into.allow_disabled_job_policies =
        into.allow_disabled_job_policies || from.allow_disabled_job_policies;
    into.protect_repos_with_optional_jobs =
        into.protect_repos_with_optional_jobs || from.protect_repos_with_optional_jobs;
    for (auto& [org, o] : from.orgs) {
      ProtectedOrg& io = into.orgs[org];
      MergeLevel(io.policy, std::move(o.policy), "branch-protection policy of org " + Quote(org));
      for (auto& [repo, r] : o.repos) {
        ProtectedRepo& ir = io.repos[repo];
        const std::string name = org + "/" + repo;
        MergeLevel(ir.policy, std::move(r.policy),
                   "branch-protection policy of repository " + Quote(name));
        for (auto& [branch, b] : r.branches)
          MergeLevel(ir.branches[branch], std::move(b),
                     "branch-protection policy of branch " + Quote(branch) + " of " + Quote(name));
      }
    }
  }

  ProwConfig& config_;
};

// Every shard of `dirs` (as ListShards finds them), read and parsed as Prow
// decodes one (go-yaml's Unmarshal: the first document); `merge` gets the
// file and its root mapping. Returns the files read.
template <typename Merge>
std::size_t ForEachShard(const std::vector<std::string>& dirs, const std::string& suffix,
                         const char* flag, const char* what, SourceSet& sources,
                         Diagnostics& diag, Merge merge) {
  std::size_t read = 0;
  for (const std::string& dir : dirs) {
    for (const std::string& path : ListShards(dir, suffix, flag, sources, diag)) {
      const FileId file = sources.Add(path);
      std::string text;
      if (!ReadInput(path, file, what, text, diag)) continue;
      ++read;
      YamlParseOptions options;
      options.first_document_only = true;
      std::vector<yaml::Document> docs = ParseYaml(text, file, options, diag);
      if (docs.empty() || docs.front().root().IsNull()) {
        merge(file, yaml::Node());
        continue;
      }
      const yaml::Node root = docs.front().root();
      if (!root.IsMap()) {
        diag.Error(root.pos(), "a " + std::string(what) + " must be a mapping");
        continue;
      }
      merge(file, root);
    }
  }
  return read;
}

}  // namespace

std::size_t LoadProwConfigShards(const ShardPaths& paths, ProwConfig& config, SourceSet& sources,
                                 Diagnostics& diag) {
  Merger merger(config);
  return ForEachShard(paths.prow_dirs, paths.prow_suffix, "--supplemental-prow-config-dir",
                      "supplemental Prow config", sources, diag,
                      [&](FileId file, const yaml::Node& root) {
                        config.shards.push_back(file);
                        if (root.IsMap()) merger.Merge(root, diag);
                      });
}

namespace {

// Configuration.mergeFrom's check: what a plugin shard may set.
bool MergesIntoPlugins(const yaml::Entry& e) {
  static const char* const kMerged[] = {"approve", "bugzilla", "external_plugins", "lgtm",
                                        "plugins", "triggers",  "welcome"};
  const std::string key = e.key.Str();
  for (const char* k : kMerged)
    if (key == k) return true;
  return false;
}

// A key of `targets` (plugins or external_plugins, by org or org/repo) that
// the main config or an earlier shard already has: Prow refuses to merge it.
template <typename Targets>
void MergeTargets(Targets& into, Targets&& from, const char* what, PluginConfig& plugins) {
  for (auto& entry : from) {
    const Located<std::string>& target = entry.target;
    auto it = std::find_if(into.begin(), into.end(),
                           [&](const auto& t) { return t.target.value == target.value; });
    if (it != into.end()) {
      plugins.shard_problems.push_back({ShardProblem::Kind::kSetTwice, target.pos,
                                        std::string(what) + " for " + Quote(target.value),
                                        it->target.pos, ShardOf::kPluginConfig});
      continue;
    }
    into.push_back(std::move(entry));
  }
}

// Configuration.mergeFrom for one plugin shard's root mapping.
void MergePluginShard(const yaml::Node& root, PluginConfig& plugins, Diagnostics& diag) {
  for (const yaml::Entry& e : root.Entries()) {
    if (e.value.IsNull() || MergesIntoPlugins(e)) continue;
    if (e.key.Str() == "label") {
      // Only restricted_labels merges (additional_labels is refused).
      for (const yaml::Entry& l : e.value.Entries())
        if (!l.value.IsNull() && l.key.Str() != "restricted_labels")
          plugins.shard_problems.push_back({ShardProblem::Kind::kNotMergeable, l.key.pos(),
                                            "label." + l.key.Str(), {},
                                            ShardOf::kPluginConfig});
      continue;
    }
    plugins.shard_problems.push_back({ShardProblem::Kind::kNotMergeable, e.key.pos(),
                                      e.key.Str(), {}, ShardOf::kPluginConfig});
  }
  KeyUses keys;  // shards are decoded leniently: no unknown-key findings
  PluginConfig shard = LoadPluginConfig(root, diag, keys);
  MergeTargets(plugins.plugins, std::move(shard.plugins), "plugins", plugins);
  MergeTargets(plugins.external_plugins, std::move(shard.external_plugins),
               "external_plugins", plugins);
  for (auto& r : shard.regexps) plugins.regexps.push_back(std::move(r));
}

}  // namespace

std::size_t LoadPluginConfigShards(const ShardPaths& paths, PluginConfig& plugins,
                                   SourceSet& sources, Diagnostics& diag) {
  if (paths.plugin_suffix.empty()) return 0;  // Prow skips the directories then
  return ForEachShard(
      paths.plugin_dirs, paths.plugin_suffix, "--supplemental-plugin-config-dir",
      "supplemental plugin config", sources, diag, [&](FileId file, const yaml::Node& root) {
        plugins.shards.push_back(file);
        if (root.IsMap()) MergePluginShard(root, plugins, diag);
      });
}

}  // namespace prowlint
