// SPDX-License-Identifier: Apache-2.0
// See job_configs.h.
#include "lint/testing/job_configs.h"

#include <gtest/gtest.h>

#include <vector>

#include "lint/load/load_prow_config.h"
#include "lint/prow/finalize_jobs.h"
#include "lint/testing/test_util.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint::testing {

JobConfig LoadJobs(std::string_view text, Diagnostics& diag, PlainScalars presets, FileId file) {
  YamlParseOptions options;
  options.first_document_only = true;
  std::vector<yaml::Document> docs = ParseYaml(text, file, options, diag);
  EXPECT_FALSE(diag.HasErrors()) << "YAML must parse: " << Errors(diag);
  return LoadJobConfig(docs.empty() ? yaml::Node() : docs.front().root(), presets, diag);
}

JobConfig LoadJobsOk(std::string_view text, PlainScalars presets) {
  Diagnostics diag;
  JobConfig config = LoadJobs(text, diag, presets);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  EXPECT_TRUE(diag.duplicate_keys.empty());
  return config;
}

ProwConfig LoadProw(std::string_view text, Diagnostics& diag) {
  YamlParseOptions options;
  options.first_document_only = true;
  std::vector<yaml::Document> docs = ParseYaml(text, kConfigFile, options, diag);
  EXPECT_FALSE(diag.HasErrors()) << "YAML must parse: " << Errors(diag);
  return LoadProwConfig(docs.empty() ? yaml::Node() : docs.front().root(), diag);
}

ProwConfig LoadProwOk(std::string_view text) {
  Diagnostics diag;
  ProwConfig config = LoadProw(text, diag);
  EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
  return config;
}

Finalized Finalize(std::string_view config_yaml, std::string_view jobs_yaml) {
  Finalized f;
  f.prow = LoadProwOk(config_yaml);
  f.jobs = LoadJobsOk(jobs_yaml);
  FinalizeJobs(f.prow, f.jobs.presets, f.jobs.jobs);
  return f;
}

const Job& JobNamed(const JobConfig& config, const std::string& name) {
  for (const Job& j : config.jobs)
    if (j.name.value == name) return j;
  ADD_FAILURE() << "no job " << name;
  static const Job kNone;
  return kNone;
}

}  // namespace prowlint::testing
