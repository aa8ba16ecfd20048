// SPDX-License-Identifier: Apache-2.0
// Job configs and config.yaml from YAML text, loaded as the CLI loads them,
// for the tests of the loaders and of what is built on them (job needs).
#pragma once

#include <string>
#include <string_view>

#include "lint/base/diagnostics.h"
#include "lint/load/load_job_config.h"
#include "lint/load/load_pod_spec.h"
#include "lint/model/prow_config.h"

namespace prowlint::testing {

inline constexpr FileId kJobsFile = 1;    // the job-config text's file
inline constexpr FileId kConfigFile = 2;  // config.yaml's

/// A job-config file's text, first document only; the YAML must parse.
JobConfig LoadJobs(std::string_view text, Diagnostics& diag,
                   PlainScalars presets = PlainScalars::kCoerce, FileId file = kJobsFile);
/// LoadJobs that expects no error and no duplicate key.
JobConfig LoadJobsOk(std::string_view text, PlainScalars presets = PlainScalars::kCoerce);
/// config.yaml's text, first document only; the YAML must parse.
ProwConfig LoadProw(std::string_view text, Diagnostics& diag);
/// LoadProw that expects no error.
ProwConfig LoadProwOk(std::string_view text);

/// Jobs and config.yaml loaded, then FinalizeJobs.
struct Finalized {
  ProwConfig prow;
  JobConfig jobs;
};
Finalized Finalize(std::string_view config_yaml, std::string_view jobs_yaml);

/// The job named `name` (a test failure, and an empty job, if none is).
const Job& JobNamed(const JobConfig& config, const std::string& name);

}  // namespace prowlint::testing
