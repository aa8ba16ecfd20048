// SPDX-License-Identifier: Apache-2.0
// `prowlint lint`: judge a deploy, report, map to an exit code.
#pragma once

#include <CLI/CLI.hpp>

#include "cmd/prowlint/io.h"
#include "cmd/prowlint/run_options.h"

namespace prowlint {

using LintOptions = RunOptions;

CLI::App* SetupLintCommand(CLI::App& app, LintOptions& options);
int RunLintCommand(LintOptions options, Io& io);

}  // namespace prowlint
