// SPDX-License-Identifier: Apache-2.0
// A repository's in-repo config, read as Prow's inrepoconfig and checkconfig
// read it (kubernetes-sigs/prow pkg/config/inrepoconfig.go; checkconfig's
// --prow-yaml-repo-name and --prow-yaml-path): the `.prow/` directory when
// there is one, else the `.prow.yaml` file, at the repository's root.
#pragma once

#include <string>

#include "lint/base/diagnostics.h"
#include "lint/load/load_job_config.h"
#include "lint/model/deploy.h"

namespace prowlint {

struct InRepoPaths {
  /// --prow-yaml-repo-name: "org/repo" (the jobs' repository); "" = none.
  std::string repo;
  /// The repository's root: where `.prow/` or `.prow.yaml` is looked for.
  std::string root;
};

/// Loads every in-repo config file under `paths.root`: `.prow/` walked as a
/// job-config directory (.yaml and .yml files, .prowignore honoured), which
/// wins over `.prow.yaml`. Neither there is no error, as in Prow: a note
/// says so. The files are registered in `deploy.sources`.
JobConfig LoadInRepoJobs(const InRepoPaths& paths, Deploy& deploy, Diagnostics& diag);

}  // namespace prowlint
