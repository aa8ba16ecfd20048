// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the tests: run the CLI in-process or the built binary,
// read fixtures.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/position.h"

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

/// "SOURCE_DATE_EPOCH=<seconds>" for RunBinary's `env`: the run date set to
/// `iso` (YYYY-MM-DD), so a frozen corpus tree is judged on its own day.
std::string RunDateEnv(const std::string& iso);

/// RunBinary without extra environment, killed after `seconds`: a hang
/// ends with code 137 (128 + SIGKILL) instead of stalling the suite.
RunResult RunBinaryWithin(int seconds, const std::string& args, const std::string& cwd);

/// "ulimit -v KIB && " to put before a command whose memory a test bounds, or
/// "" in a sanitizer build: sanitizers reserve terabytes of address space.
std::string AddressSpaceLimit(std::size_t kib);

/// Runs a shell command from `cwd`, capturing stdout and stderr apart.
RunResult RunCommand(const std::string& command, const std::string& cwd = ".");

/// The repository root (PROWLINT_SOURCE_DIR).
std::string SourceDir();
/// ../shared beside the repository.
std::string SharedDir();

/// The real kubernetes/test-infra tree of the 2019-02-08 bump
/// (../shared/corpus), and the reproduction's build-cluster Secret (a
/// literal "default" alias) that goes with it.
std::string BumpCorpusDir();
std::string IncidentBuildClusterSecret();

/// A real deployment of ../shared/corpus/DEPLOYMENTS.txt: its folder, its
/// config.yaml and its job-config directory (relative to the folder).
struct CorpusDeployment {
  std::string dir, config, jobs;
};
/// Every deployment listed (none without ../shared).
std::vector<CorpusDeployment> CorpusDeployments();

/// The flags that give a corpus deployment (DEPLOYMENTS.txt's folder and
/// config) its deploy manifests, so it is judged at the Prow version they
/// name; "" for a deployment that ships none.
std::string CorpusManifestArgs(const std::string& dir, const std::string& config);
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

/// Writes `text` to `path`, creating its parent directories.
void WriteFile(const std::string& path, std::string_view text);

/// A fresh directory under the system's temporary directory, removed with
/// everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  /// path()/name.
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }
  /// Writes `text` to path()/name (creating parent directories) and returns its path.
  std::string Write(const std::string& name, std::string_view text) const;

 private:
  std::string path_;
};

/// Runs `fn` in a forked child and returns true when the child returns within
/// `seconds`. A hang (or an endless allocation, capped at 4 GiB of address
/// space when no sanitizer needs more) ends the child and returns false, so
/// a test of a hang fails instead of stalling the suite. Assert on results
/// outside: the child's failures do not reach the parent.
bool FinishesWithin(int seconds, const std::function<void()>& fn);

}  // namespace prowlint::testing
