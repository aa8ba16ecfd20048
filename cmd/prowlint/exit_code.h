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

// The codes above as help shows them (prowlint help, each command's help).
inline constexpr const char* kExitCodesHelp =
    "Exit codes:\n"
    "  0  clean: nothing at or above --fail-on\n"
    "  1  findings at or above --fail-on\n"
    "  2  usage error: a bad flag or value, or a bad .prowlint.yaml\n"
    "  3  input error: an input could not be found, read or parsed\n";

}  // namespace prowlint
