// SPDX-License-Identifier: Apache-2.0
// What Prow's config-updater plugin does with the job-config files read
// (pkg/plugins/updateconfig): which config_updater map matches each file,
// under which ConfigMap key, in which cluster and namespace. Shared by the
// config-updater-* rules; derived from a Deploy, never stored in it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/model/deploy.h"

namespace prowlint {

/// mattn/go-zglob's Match, as config-updater matches map keys against
/// repository paths: `**/` spans any directories (or none), `*` and `?` stay
/// within one, `{a,b}` alternatives, `[...]` classes; the whole path must match.
bool ZglobMatch(std::string_view pattern, std::string_view path);

/// One ConfigMap a map writes: name (or one of its partitions), cluster
/// alias, namespace ("" = prowjob_namespace).
struct ConfigMapTarget {
  std::string name;
  std::string cluster;
  std::string ns;
  bool partitioned = false;  // `name` lists partitioned_names
  std::size_t partitions = 1;
};

/// The ConfigMaps `map` writes, after Prow's defaults ({default: [""]}) and
/// cluster groups.
std::vector<ConfigMapTarget> Targets(const ConfigUpdaterMap& map, const PluginConfig& plugins);

struct UpdatedFile {
  const JobFile* file = nullptr;
  std::string path;                           // relative to the repository root
  std::vector<const ConfigUpdaterMap*> maps;  // every map whose pattern matches
};

struct ConfigUpdaterView {
  /// False when there is nothing to judge; `why_not` says why.
  bool judged = false;
  std::string why_not;
  /// The repository root the map patterns are read against.
  std::string root;
  std::vector<UpdatedFile> files;
};

/// Matches every job file read against config_updater's maps. The
/// repository root is the ancestor of the job files under which the maps
/// match the most job files (then the config and plugin files).
ConfigUpdaterView ViewConfigUpdater(const Deploy& deploy);

/// config-updater's key for `path` in `map`: `key`, else the base name, or
/// the path with '/' made '-' under use_full_path_as_key.
std::string ConfigMapKey(const ConfigUpdaterMap& map, const std::string& path);

}  // namespace prowlint
