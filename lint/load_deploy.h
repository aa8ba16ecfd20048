// Loads every input of a run into a Deploy, the way Prow's components would
// read them. The only place that knows which loader reads which input.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "lint/deploy.h"
#include "lint/diagnostics.h"
#include "lint/load_credentials.h"
#include "lint/load_manifests.h"

namespace prowlint {

struct InputPaths {
  std::string config_path;                    // "" = none
  std::vector<std::string> job_config_paths;  // files or directories
  CredentialPaths credentials;
  std::vector<std::pair<std::string, std::string>> inventories;  // alias, file
  ManifestInputs manifests;
};

/// Called with (files done, files in all) while job-config files load, from
/// one thread at a time.
using LoadProgress = std::function<void(std::size_t, std::size_t)>;

/// Loads into `deploy` (jobs finalized) and reports every problem to `diag`.
/// Job-config files are read and parsed on up to `threads` threads (0 = one
/// per core); the result does not depend on the number.
void LoadDeploy(const InputPaths& paths, unsigned threads, Deploy& deploy, Diagnostics& diag,
                const LoadProgress& progress = {});

}  // namespace prowlint
