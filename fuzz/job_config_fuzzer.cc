// SPDX-License-Identifier: Apache-2.0
// Fuzzes the job-config loaders: one input as a job-config file or as
// config.yaml (chosen by the first byte), then presets and decoration
// applied as for a real run.
#include <cstdint>

#include "fuzz/fuzz_util.h"
#include "lint/load/load_deploy.h"
#include "lint/prow/finalize_jobs.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  std::uint8_t selector = 0;
  const std::string_view text = fuzz::Text(data, size, &selector);
  Diagnostics diag;
  JobConfig jobs;
  ProwConfig config;
  bool sensitive = false;
  if (selector & 1) {
    config = LoadConfigText(text, 0, jobs, diag, sensitive);
  } else {
    jobs = LoadJobConfigText(text, 0, diag, sensitive);
  }
  fuzz::CheckErrors(diag);
  FinalizeJobs(config, jobs.presets, jobs.jobs);
  return 0;
}
