// SPDX-License-Identifier: Apache-2.0
// Prow's plugins.yaml (--plugin-config), as far as the validation rules need
// it: which plugins are enabled where, and config_updater, the plugin that
// copies config and job files into ConfigMaps on merge.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"
#include "lint/model/shard_problem.h"

namespace prowlint {

/// `plugins:` for one org or org/repo, in either of Prow's two forms (a list,
/// or {plugins, excluded_repos} since 2021-02-23).
struct EnabledPlugins {
  Located<std::string> target;  // "org" or "org/repo"
  std::vector<Located<std::string>> plugins;
  std::vector<Located<std::string>> excluded_repos;  // repo names of the org
};

/// `external_plugins:` for one org or org/repo.
struct ExternalPlugins {
  Located<std::string> target;
  std::vector<Located<std::string>> names;
};

/// One `clusters:` entry of a config_updater map: alias → namespaces.
struct ConfigMapCluster {
  Located<std::string> alias;
  std::vector<Located<std::string>> namespaces;  // "" = prowjob_namespace
};

/// One `config_updater.maps` entry: files matching `pattern` go into ConfigMap
/// `name` in each cluster and namespace.
struct ConfigUpdaterMap {
  Located<std::string> pattern;  // a zglob over paths in the repository
  std::optional<Located<std::string>> name;
  std::optional<Located<std::string>> key;  // one key for every file
  std::optional<Located<std::string>> ns;   // the namespace form (until 2020-11-10)
  std::vector<Located<std::string>> partitioned_names;
  std::vector<ConfigMapCluster> clusters;
  bool clusters_given = false;
  std::vector<Located<std::string>> cluster_groups;
  std::optional<Located<bool>> gzip;
  std::optional<Located<bool>> use_full_path_as_key;
};

/// `config_updater.cluster_groups`: a name for clusters × namespaces.
struct ConfigUpdaterClusterGroup {
  Located<std::string> name;
  std::vector<Located<std::string>> clusters;
  std::vector<Located<std::string>> namespaces;
};

/// A regexp a plugin's config holds, which hook compiles as it loads it.
struct PluginRegexp {
  std::string key;  // "blockades[0].branchregexp"
  Located<std::string> pattern;
};

struct PluginConfig {
  bool given = false;  // --plugin-config was passed
  FileId file = kNoFile;
  std::vector<EnabledPlugins> plugins;
  std::vector<ExternalPlugins> external_plugins;
  /// config_updater.
  bool config_updater_given = false;
  std::optional<Located<bool>> gzip;
  std::vector<ConfigUpdaterMap> maps;
  std::vector<ConfigUpdaterClusterGroup> cluster_groups;

  // Values hook checks as it loads the plugin config (config-value-invalid).
  std::vector<PluginRegexp> regexps;
  std::optional<Located<std::string>> blunderbuss_request_count;  // as written
  /// size: s, m, l, xl, xxl thresholds as written, in that order; absent
  /// ones are left out.
  std::vector<std::pair<std::string, Located<std::string>>> size_thresholds;
  /// Supplemental plugin configs read and merged in
  /// (--supplemental-plugin-config-dir), and what Prow refuses to merge.
  std::vector<FileId> shards;
  std::vector<ShardProblem> shard_problems;
};

}  // namespace prowlint
