// prowlint's entry point: wires the real streams and environment to RunCli.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cmd/prowlint/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  prowlint::Io io{std::cout, std::cerr,
                  [](const std::string& name) {
                    const char* v = std::getenv(name.c_str());
                    return std::string(v ? v : "");
                  },
                  isatty(STDOUT_FILENO) == 1};
  const int code = prowlint::RunCli(std::vector<std::string>(argv, argv + argc), io);
  std::cout.flush();
  return code;
}
