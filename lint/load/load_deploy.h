// SPDX-License-Identifier: Apache-2.0
// Loads every input of a run into a Deploy, the way Prow's components would
// read them. The only place that knows which loader reads which input.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/input_boundary.h"
#include "lint/load/in_repo_config.h"
#include "lint/load/load_credentials.h"
#include "lint/load/load_shards.h"
#include "lint/load/load_job_config.h"
#include "lint/load/load_manifests.h"
#include "lint/load/parse_cache.h"
#include "lint/model/deploy.h"

namespace prowlint {

struct InputPaths {
  std::string config_path;                    // "" = none
  std::string plugin_config;                  // plugins.yaml, "" = none
  ShardPaths shards;                          // supplemental config.yaml shards
  std::vector<std::string> job_config_paths;  // files or directories
  CredentialPaths credentials;
  /// (ALIAS or ALIAS/NAMESPACE, file): see ParseInventoryScope.
  std::vector<std::pair<std::string, std::string>> inventories;
  ManifestInputs manifests;
  /// --prow-yaml-repo-name and the root --prow-yaml-path names: one
  /// repository's .prow.yaml or .prow/ (none when `repo` is "").
  InRepoPaths in_repo;
  /// Where reading may go (input_boundary.h); default: anywhere.
  InputBoundary boundary;
};

/// Called with (files done, files in all) while job-config files load, from
/// one thread at a time.
using LoadProgress = std::function<void(std::size_t, std::size_t)>;

/// Loads into `deploy` (jobs finalized) and reports every problem to `diag`.
/// Job-config files are read and parsed on up to `threads` threads (0 = one
/// per core; at most 64); the result does not depend on the number. With
/// `cache`, job files whose path and bytes it holds are not parsed again, and
/// every file parsed is stored in it.
void LoadDeploy(const InputPaths& paths, unsigned threads, Deploy& deploy, Diagnostics& diag,
                const LoadProgress& progress = {}, ParseCache* cache = nullptr);

/// Loads `text`, the contents of `file`, as LoadDeploy loads each file of a
/// --job-config-path. Sets `sensitive` when the file holds credentials (its
/// lines must never be quoted). Reads no file: for tests and fuzzing.
JobConfig LoadJobConfigText(std::string_view text, FileId file, Diagnostics& diag,
                            bool& sensitive);

/// Loads `text`, the contents of `file`, as LoadDeploy loads --config-path:
/// returns its Prow config and appends its jobs and presets to `jobs`.
ProwConfig LoadConfigText(std::string_view text, FileId file, JobConfig& jobs, Diagnostics& diag,
                          bool& sensitive);

}  // namespace prowlint
