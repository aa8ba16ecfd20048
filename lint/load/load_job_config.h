// SPDX-License-Identifier: Apache-2.0
// YAML → jobs and presets, from config.yaml or one job-config file.
#pragma once

#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/load/load_pod_spec.h"
#include "lint/model/job.h"
#include "lint/model/key_use.h"
#include "lint/model/preset.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// Jobs and presets as written, before FinalizeJobs.
struct JobConfig {
  std::vector<Job> jobs;
  std::vector<Preset> presets;
  /// Keys as written, for config-field-unknown (filled by the text entry
  /// points, which see the whole file).
  KeyUses keys;
  /// Non-empty when the file's keys are none Prow decodes here: what it looks
  /// like instead (NotProwFile).
  std::string not_prow_file;

  void Append(JobConfig&& other);
};

/// Reads `presubmits`, `postsubmits`, `periodics` and `presets` of one file's
/// first document. Other keys are ignored, as Prow's lenient decoder does; a
/// root that is not a mapping is an error (prow-semantics §3.6). `presets`
/// says how this file's decoder treats unquoted preset label values.
JobConfig LoadJobConfig(const yaml::Node& root, PlainScalars presets, Diagnostics& diag);

/// Loads one in-repo config file (.prow.yaml, or a file under .prow/) of
/// `repo` (org/repo): `presubmits` and `postsubmits` are lists of that
/// repository's jobs, `presets` its own presets (marked in_repo), and
/// `prow_ignored` is free-form (pkg/config/inrepoconfig.go ProwYAML).
JobConfig LoadInRepoConfig(const yaml::Node& root, const std::string& repo, PlainScalars presets,
                           Diagnostics& diag);

}  // namespace prowlint
