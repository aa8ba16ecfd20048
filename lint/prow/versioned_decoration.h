// SPDX-License-Identifier: Apache-2.0
// A job's decoration as a given Prow version finalizes it: which of plank's
// default forms that version reads, whether decorate_all_jobs exists, and
// the merged config Prow's validation then sees (pkg/config/config.go
// setPresubmitDecorationDefaults, mergeDefaultDecorationConfig).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "lint/model/job.h"
#include "lint/model/prow_config.h"
#include "lint/prow/validation_table.h"

namespace prowlint {

struct VersionedDecoration {
  bool decorated = false;
  /// Prow's `job.DecorationConfig != nil` after finalizing: decorated, or an
  /// undecorated job that writes its own decoration_config (validated alone).
  bool present = false;
  DecorationConfig merged;
  /// The defaults merged in, lowest priority first.
  std::vector<const DecorationDefault*> applied;
};

/// Whether `version` reads plank's decoration defaults written in `form`.
bool ReadsForm(DecorationDefaultForm form, const ValidationRules& rules);

VersionedDecoration DecorationFor(const Job& job, const ProwConfig& config,
                                  const ValidationRules& rules);

/// Whether `version` decorates `job` (its `decorate`, else decorate_all_jobs).
bool IsDecorated(const Job& job, const ProwConfig& config, const ValidationRules& rules);

/// DecorationFor for many jobs: jobs without a decoration_config of their
/// own share the merge of their (repo, cluster) defaults.
class VersionedDecorations {
 public:
  VersionedDecorations(const ProwConfig& config, const ValidationRules& rules)
      : config_(config), rules_(rules) {}
  /// Valid until the next call.
  const VersionedDecoration& For(const Job& job);

 private:
  const ProwConfig& config_;
  const ValidationRules& rules_;
  std::map<std::pair<std::string, std::string>, VersionedDecoration> shared_;
  VersionedDecoration own_;
};

}  // namespace prowlint
