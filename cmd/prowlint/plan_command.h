// SPDX-License-Identifier: Apache-2.0
// `prowlint plan`: where every job lands before and after a change to the
// deploy (version, credentials, disabled_clusters, job cluster: edits), what
// moves, and which moves the rules flag.
#pragma once

#include <CLI/CLI.hpp>

#include "cmd/prowlint/io.h"
#include "cmd/prowlint/run_options.h"

namespace prowlint {

struct PlanOptions {
  RunOptions run;
  bool list_jobs = false;  // --jobs
};

CLI::App* SetupPlanCommand(CLI::App& app, PlanOptions& options);
int RunPlanCommand(PlanOptions options, Io& io);

/// The formats of `prowlint plan`.
const std::vector<Format>& PlanFormats();

}  // namespace prowlint
