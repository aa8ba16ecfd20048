// Helpers shared by the tests: run the CLI in-process or the built binary,
// read fixtures.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostics.h"
#include "lint/position.h"

namespace prowlint::testing {

/// The date in-process runs see (suppressions with until=).
inline constexpr const char* kTestToday = "2026-01-01";

struct RunResult {
  int code = -1;
  std::string out;
  std::string err;
};

/// Runs RunCli in-process with `args` (without the program name) from
/// directory `cwd`, with an empty environment except `env` ("NAME=value").
RunResult RunInProcess(const std::vector<std::string>& args, const std::string& cwd,
                       const std::vector<std::string>& env = {});

/// Runs the built prowlint binary through /bin/sh from `cwd`, with `env`
/// ("NAME=value ...") added to the environment; stdout and stderr are
/// captured separately (stdout is a pipe, never a terminal).
RunResult RunBinary(const std::string& args, const std::string& cwd = ".",
                    const std::string& env = "");

/// Runs a shell command from `cwd`, capturing stdout and stderr apart.
RunResult RunCommand(const std::string& command, const std::string& cwd = ".");

/// The repository root (PROWLINT_SOURCE_DIR).
std::string SourceDir();
/// ../shared beside the repository.
std::string SharedDir();
/// True when ../shared is missing and PROWLINT_SKIP_SHARED=1 (set by .ci/test
/// in a clone without it) allows skipping what needs it. Without the variable
/// a missing ../shared fails those tests: CI must not pass them vacuously.
///   if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
bool SkipWithoutShared();
std::string ReadFileOrDie(const std::string& path);
/// Splits a fixture's `args` file on whitespace; lines starting with # are comments.
std::vector<std::string> ReadArgs(const std::string& path);

/// "file:line:column" with the numeric FileId, for assertion messages.
std::string Str(const Position& p);
/// Every InputError as "file:line:column message", one per line.
std::string Errors(const Diagnostics& diag);
/// Standard base64 with padding (to build Secret fixtures and canary forms).
std::string Base64(std::string_view in);

}  // namespace prowlint::testing
