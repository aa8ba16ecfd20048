// SPDX-License-Identifier: Apache-2.0
// argv → options → subcommand → exit code.
#pragma once

#include <string>
#include <vector>

#include "cmd/prowlint/io.h"

namespace prowlint {

/// Runs prowlint with `args` (args[0] is the program name). Never throws,
/// never calls exit().
int RunCli(const std::vector<std::string>& args, Io& io);

}  // namespace prowlint
