// SPDX-License-Identifier: Apache-2.0
// Runs a program with an argument vector (never through a shell) and
// collects what it prints. prowlint runs one program: git, for --base-ref.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prowlint {

struct ProcessResult {
  bool started = false;  // false: the program could not be run (not installed)
  int exit_code = -1;    // -1 when it was killed by a signal
  std::string out;
  std::string err;
};

/// Runs argv[0] (searched in PATH) with `argv`, in `cwd` ("" = here), and
/// waits for it. `input` is written to its standard input (empty: standard
/// input reads as closed).
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::string& cwd = "",
                         std::string_view input = {});

}  // namespace prowlint
