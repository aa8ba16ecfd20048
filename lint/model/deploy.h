// SPDX-License-Identifier: Apache-2.0
// What was read: the loaded inputs of one side of a run, as Prow would read
// them. What the run chose lives in RunContext, what was derived for a
// version in ClusterResolution; rules see all three through Analysis.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"
#include "lint/model/credentials.h"
#include "lint/model/inventory.h"
#include "lint/model/job.h"
#include "lint/model/job_file.h"
#include "lint/model/key_use.h"
#include "lint/model/manifest.h"
#include "lint/model/plugin_config.h"
#include "lint/model/preset.h"
#include "lint/model/prow_config.h"

namespace prowlint {

/// A --job-config-path as given, and how many jobs it yielded.
struct JobConfigRoot {
  Located<std::string> path;  // positioned at the path itself (line 0)
  std::size_t jobs = 0;
};

struct Deploy {
  Deploy() = default;
  // Cluster resolutions and reports point into the credentials and sources:
  // a copy would leave them pointing into the original.
  Deploy(const Deploy&) = delete;
  Deploy& operator=(const Deploy&) = delete;

  SourceSet sources;
  std::size_t files_read = 0;
  ProwConfig config;
  std::vector<Job> jobs;  // finalized
  std::vector<JobConfigRoot> job_config_roots;
  std::vector<Preset> presets;
  Credentials credentials;
  std::map<std::string, Inventory> inventories;  // by --inventory alias
  Manifests manifests;  // the deploy itself (--deploy-dir, --deploy-manifest)
  std::vector<DuplicateKey> duplicate_keys;
  std::vector<Suppression> suppressions;  // `# prowlint:ignore=` directives
  // What Prow validates when it loads (issue 14).
  PluginConfig plugins;             // --plugin-config
  std::vector<JobFile> job_files;   // in read order
  bool job_config_given = false;    // some --job-config-path was passed
  KeyUses keys;                     // config keys as written
};

}  // namespace prowlint
