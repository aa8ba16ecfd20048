// SPDX-License-Identifier: Apache-2.0
// prowlint's entry point: wires the real streams, environment and clock to RunCli.
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "cmd/prowlint/cli.h"
#include "lint/base/mapped_file.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // Large deploy manifests are mapped, not copied (lint/base/mapped_file.h):
  // the program, not the library, takes SIGBUS for that.
  prowlint::EnableMappedInputs();
  char today[11];
  const std::time_t now = std::time(nullptr);
  std::strftime(today, sizeof today, "%Y-%m-%d", std::gmtime(&now));
  prowlint::Io io{std::cout,
                  std::cerr,
                  [](const std::string& name) {
                    const char* v = std::getenv(name.c_str());
                    return std::string(v ? v : "");
                  },
                  isatty(STDOUT_FILENO) == 1,
                  isatty(STDERR_FILENO) == 1,
                  today,
                  &std::cin,
                  isatty(STDIN_FILENO) == 1};
  const int code = prowlint::RunCli(std::vector<std::string>(argv, argv + argc), io);
  std::cout.flush();
  return code;
}
