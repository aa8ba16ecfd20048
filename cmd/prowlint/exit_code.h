// SPDX-License-Identifier: Apache-2.0
// The one place that names prowlint's exit codes (the CLI contract).
#pragma once

namespace prowlint {

enum ExitCode : int {
  kExitClean = 0,       // nothing at or above --fail-on
  kExitFindings = 1,    // findings at or above --fail-on
  kExitUsage = 2,       // bad flag or value
  kExitInputError = 3,  // an input could not be found, read or parsed (or an internal error)
};

}  // namespace prowlint
