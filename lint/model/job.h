// SPDX-License-Identifier: Apache-2.0
// A Prow job (presubmit, postsubmit or periodic) as loaded, and, after
// FinalizeJobs, as Prow would run it: defaults, decoration and presets applied.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"
#include "lint/model/boxed.h"
#include "lint/model/decoration.h"
#include "lint/model/job_fields.h"
#include "lint/model/pod_spec.h"
#include "lint/model/preset.h"

namespace prowlint {

enum class JobKind { kPresubmit, kPostsubmit, kPeriodic };

/// "presubmit", "postsubmit", "periodic".
const char* JobKindName(JobKind kind);

// Members are grouped so that small ones share padding: a Job is stored for
// every job of the deployment (issue 12's memory limit).
struct Job {
  Located<std::string> name;
  /// Read from a repository's .prow.yaml or .prow/ (--prow-yaml-repo-name),
  /// not from the central job config.
  bool in_repo = false;
  /// "org/repo" for pre- and postsubmits (their config key); for periodics
  /// the first extra_ref, or "" (Prow matches decoration defaults with it).
  std::string repo;
  std::optional<Located<std::string>> cluster;  // as written
  std::string agent = "kubernetes";
  Position agent_pos;  // where `agent` is written; unknown when defaulted
  JobKind kind = JobKind::kPresubmit;
  std::vector<Label> labels;
  std::vector<Located<std::string>> annotation_keys;  // Prow checks keys only
  std::optional<Located<bool>> decorate;
  /// `ProwMultipleContainerSupport: "Yes, I know what I'm doing."`, which
  /// Prow required for several containers from 2020-07-27 to 2020-08-11.
  bool multi_container_annotation = false;
  bool has_extra_refs = false;
  Boxed<DecorationConfig> decoration_config;  // the job's own
  std::optional<PodSpec> spec;
  Boxed<JobTriggers> triggers;
  Boxed<JobBaseFields> base;

  // Filled in by FinalizeJobs.
  /// The cluster alias Prow uses: `cluster`, or "default" when absent (then
  /// positioned at the job's name) or empty (positioned at the `cluster:` value).
  Located<std::string> alias;
  bool decorated = false;
  /// The effective decoration config, when decorated (else null). Jobs that
  /// merge the same defaults and write none of their own share one.
  std::shared_ptr<const DecorationConfig> decoration;
  std::vector<int> presets;     // indices of the presets applied

  /// Whether Prow places the job through its cluster alias: every agent but
  /// jenkins (checkconfig's validate-cluster-field flags cluster: on those).
  bool UsesClusterAlias() const { return agent != "jenkins"; }

  /// Whether the decorated pod gets a clonerefs container: pre/postsubmits
  /// (which have refs) and jobs with extra_refs, unless skip_cloning.
  bool Clones() const;
};

}  // namespace prowlint
