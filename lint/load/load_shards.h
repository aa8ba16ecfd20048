// SPDX-License-Identifier: Apache-2.0
// Supplemental ("sharded") Prow config: the files under each
// --supplemental-prow-config-dir whose path ends with the suffix, merged into
// config.yaml before anything else reads it (pkg/config/config.go loadConfig
// and ProwConfig.mergeFrom). openshift/release keeps its branch protection
// and Tide queries that way, one shard per repository.
#pragma once

#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/model/plugin_config.h"
#include "lint/model/prow_config.h"

namespace prowlint {

struct ShardPaths {
  std::vector<std::string> prow_dirs;              // --supplemental-prow-config-dir
  std::string prow_suffix = "_prowconfig.yaml";    // --supplemental-prow-configs-filename-suffix
  std::vector<std::string> plugin_dirs;            // --supplemental-plugin-config-dir
  /// --supplemental-plugin-configs-filename-suffix; "" = the dirs are skipped, as in Prow.
  std::string plugin_suffix = "_pluginconfig.yaml";
};

/// Reads every shard as Prow does (recursively, in lexical order, names
/// starting with ".." skipped, the first YAML document only) and merges what
/// shards may set into `config`: tide.queries appended, tide.merge_method and
/// slack_reporter_configs keys and branch-protection policies added. What
/// Prow refuses to merge is kept in config.shard_problems for the rule
/// config-shard-invalid. A directory that cannot be walked, or a shard that
/// cannot be read or parsed, is an input error. Returns the files read.
std::size_t LoadProwConfigShards(const ShardPaths& paths, ProwConfig& config, SourceSet& sources,
                                 Diagnostics& diag);

/// The same for plugins.yaml shards (pkg/plugins Load and
/// Configuration.mergeFrom): approve, bugzilla, external_plugins,
/// label.restricted_labels, lgtm, plugins, triggers and welcome merge; a
/// `plugins` or `external_plugins` key set twice, or any other field, is kept
/// in plugins.shard_problems. The enabled plugins and external plugins of the
/// shards join the main config's. Returns the files read.
std::size_t LoadPluginConfigShards(const ShardPaths& paths, PluginConfig& plugins,
                                   SourceSet& sources, Diagnostics& diag);

}  // namespace prowlint
