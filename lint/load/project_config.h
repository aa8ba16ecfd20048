// SPDX-License-Identifier: Apache-2.0
// .prowlint.yaml: a repository's defaults for `prowlint lint`, so the command
// alone works there. Keys mirror the flags; paths are relative to the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/input_boundary.h"
#include "lint/base/position.h"
#include "lint/base/source_set.h"
#include "lint/engine/allow_list.h"
#include "lint/engine/policy.h"

namespace prowlint {

struct ProjectConfig {
  std::string path;  // the file read
  // Inputs, as paths relative to the working directory.
  std::optional<std::string> config_path;
  std::optional<std::string> plugin_config;  // plugins.yaml
  std::vector<std::string> job_config_paths;
  std::vector<std::string> kubeconfigs;
  std::optional<std::string> kubeconfig_dir;
  std::optional<std::string> kubeconfig_suffix;
  std::optional<std::string> build_cluster;
  std::vector<std::pair<std::string, std::string>> inventories;  // alias, path
  std::optional<std::string> target_version;
  std::optional<std::string> service_cluster;
  std::vector<std::string> deploy_dirs;
  std::vector<std::string> deploy_manifests;
  std::vector<std::string> prow_image_prefixes;
  std::optional<bool> no_in_cluster_config;
  std::optional<Located<std::string>> fail_on;
  // Rules, positioned for errors about them.
  std::vector<Located<std::string>> disable;
  std::vector<std::pair<Located<std::string>, Located<std::string>>> severity;  // id, level
  /// Globs (gitignore-style `*`, `**`) over paths relative to the working
  /// directory: findings in matching files are suppressed.
  std::vector<std::string> ignore_paths;
  /// The deployment policy keys (lint/engine/policy.h), rule options rather than
  /// flag defaults.
  DeploymentPolicy policy;
  // Accepted findings: a baseline file (a path) and allow-list entries.
  std::optional<std::string> baseline;
  std::vector<AllowEntry> allow;
};

/// The nearest .prowlint.yaml from `dir` upward, stopping at the first
/// directory holding .git, as a path relative to `dir` ("" when none).
std::string FindProjectConfig(const std::string& dir);

/// Reads `path`. Unknown keys and values of the wrong shape are errors with
/// their position (with a suggestion for a misspelt key), and so is a path
/// `boundary` forbids (input_boundary.h; default: any path).
ProjectConfig LoadProjectConfig(const std::string& path, SourceSet& sources, Diagnostics& diag,
                                const InputBoundary& boundary = {});

/// LoadProjectConfig for `text`, the contents of `path`, registered as `file`,
/// with `boundary` for its paths (default: any path). Reads no file: for
/// tests and fuzzing.
ProjectConfig ParseProjectConfig(std::string_view text, const std::string& path, FileId file,
                                 Diagnostics& diag, const InputBoundary& boundary = {});

}  // namespace prowlint
