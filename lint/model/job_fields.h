// SPDX-License-Identifier: Apache-2.0
// The job fields Prow's validation reads beyond where and how a job's pod
// runs (issue 14): what triggers it, what it reports to, and the JobBase
// settings checked at load (pkg/config/jobs.go, config.go validateJobBase).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"

namespace prowlint {

/// A rerun_auth_config: who may rerun a job (deck's or a job's own).
struct RerunAuth {
  Position pos;  // the mapping
  std::optional<Located<bool>> allow_anyone;
  /// github_users, github_team_ids, github_team_slugs or github_orgs non-empty.
  bool restricts = false;
};

/// When a job runs and where it reports: Prow's Brancher,
/// RegexpChangeMatcher, Reporter and trigger fields, and periodic schedules.
struct JobTriggers {
  std::optional<Located<bool>> always_run;
  std::optional<Located<std::string>> run_if_changed;
  std::optional<Located<std::string>> skip_if_only_changed;
  std::vector<Located<std::string>> branches;
  std::vector<Located<std::string>> skip_branches;
  std::optional<Located<std::string>> trigger;
  std::optional<Located<std::string>> rerun_command;
  std::optional<Located<std::string>> context;
  std::optional<Located<bool>> skip_report;
  std::optional<Located<bool>> optional;  // presubmits: not required to merge
  // Periodics.
  std::optional<Located<std::string>> cron;
  std::optional<Located<std::string>> interval;
  std::optional<Located<std::string>> minimum_interval;
  std::optional<Located<std::string>> retry_interval;  // retry.interval
};

/// The rest of JobBase that Prow validates and few jobs write (the common
/// parts, agent and annotations, are in Job itself).
struct JobBaseFields {
  std::optional<Located<std::string>> ns;  // `namespace`
  std::optional<Located<long long>> max_concurrency;
  std::optional<Located<bool>> error_on_eviction;
  std::optional<Located<std::string>> job_queue_name;
  std::optional<Located<std::string>> clone_uri;
  std::vector<Located<std::string>> extra_ref_clone_uris;
  std::optional<RerunAuth> rerun_auth;
  /// pipeline_run_spec or tekton_pipeline_run_spec is written.
  std::optional<Position> pipeline_run_spec;
  /// build_spec is written (agent knative-build, until 2019-11-01).
  std::optional<Position> build_spec;
};

}  // namespace prowlint
