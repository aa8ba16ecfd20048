// SPDX-License-Identifier: Apache-2.0
// The top-level Prow config.yaml fields that decide where and how job pods run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"
#include "lint/model/component_keys.h"
#include "lint/model/decoration.h"
#include "lint/model/merge_policy.h"
#include "lint/model/shard_problem.h"

namespace prowlint {

struct ProwConfig {
  bool given = false;  // --config-path was passed
  Position file;       // the file itself (line 0), when given
  /// Top-level keys Prow's config knows (tide, plank, presubmits, ...); 0 for
  /// a file that is empty or holds something else.
  std::size_t prow_keys = 0;
  /// Namespace of every test pod in every build cluster (default "default").
  Located<std::string> pod_namespace{"default", {}};
  /// Namespace of ProwJobs and of Prow's own components (default "default").
  Located<std::string> prowjob_namespace{"default", {}};
  /// The only default for `decorate`; honoured only in config.yaml (§3.1).
  std::optional<Located<bool>> decorate_all_jobs;
  /// Contexts dropped when Prow loads kubeconfigs (since 2023-09-27).
  std::vector<Located<std::string>> disabled_clusters;
  /// plank's decoration defaults, in the order Prow applies them.
  std::vector<DecorationDefault> decoration_defaults;
  /// Component keys Prow validates in combination, and aliases named outside jobs.
  ComponentKeys components;
  /// branch-protection and tide.context_options: which contexts Tide requires.
  MergePolicy merge_policy;
  /// Supplemental configs read and merged in (--supplemental-prow-config-dir).
  std::vector<FileId> shards;
  std::vector<ShardProblem> shard_problems;
};

}  // namespace prowlint
