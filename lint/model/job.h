// A Prow job (presubmit, postsubmit or periodic) as loaded, and, after
// FinalizeJobs, as Prow would run it: defaults, decoration and presets applied.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/model/decoration.h"
#include "lint/model/job_fields.h"
#include "lint/model/pod_spec.h"
#include "lint/model/preset.h"
#include "lint/position.h"

namespace prowlint {

enum class JobKind { kPresubmit, kPostsubmit, kPeriodic };

/// "presubmit", "postsubmit", "periodic".
const char* JobKindName(JobKind kind);

struct Job {
  JobKind kind = JobKind::kPresubmit;
  Located<std::string> name;
  /// "org/repo" for pre- and postsubmits (their config key); for periodics
  /// the first extra_ref, or "" (Prow matches decoration defaults with it).
  std::string repo;
  std::optional<Located<std::string>> cluster;  // as written
  std::string agent = "kubernetes";
  std::vector<Label> labels;
  std::optional<Located<bool>> decorate;
  std::optional<DecorationConfig> decoration_config;  // the job's own
  bool has_extra_refs = false;
  std::optional<PodSpec> spec;
  JobTriggers triggers;
  JobBaseFields base;

  // Filled in by FinalizeJobs.
  /// The cluster alias Prow uses: `cluster`, or "default" when absent (then
  /// positioned at the job's name) or empty (positioned at the `cluster:` value).
  Located<std::string> alias;
  bool decorated = false;
  DecorationConfig decoration;  // effective, when decorated
  std::vector<int> presets;     // indices of the presets applied

  /// Whether Prow places the job through its cluster alias: every agent but
  /// jenkins (checkconfig's validate-cluster-field flags cluster: on those).
  bool UsesClusterAlias() const { return agent != "jenkins"; }

  /// Whether the decorated pod gets a clonerefs container: pre/postsubmits
  /// (which have refs) and jobs with extra_refs, unless skip_cloning.
  bool Clones() const;
};

}  // namespace prowlint
