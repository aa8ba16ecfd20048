// SPDX-License-Identifier: Apache-2.0
// See test_util.h.
#include "lint/testing/test_util.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "cmd/prowlint/cli.h"
#include "lint/base/calendar.h"

// Sanitizers reserve terabytes of address space: no address-space caps then.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define PROWLINT_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PROWLINT_SANITIZED 1
#endif

namespace prowlint::testing {

RunResult RunInProcess(const std::vector<std::string>& args, const std::string& cwd,
                       const std::vector<std::string>& env) {
  std::ostringstream out, err;
  Io io{out, err,
        [&env](const std::string& name) {
          for (const std::string& e : env)
            if (e.rfind(name + "=", 0) == 0) return e.substr(name.size() + 1);
          return std::string();
        },
        false, false, kTestToday};
  std::vector<std::string> argv{"prowlint"};
  argv.insert(argv.end(), args.begin(), args.end());
  const auto old = std::filesystem::current_path();
  std::filesystem::current_path(cwd);
  RunResult r;
  r.code = RunCli(argv, io);
  std::filesystem::current_path(old);
  r.out = out.str();
  r.err = err.str();
  return r;
}

namespace {

RunResult RunShell(const std::string& cmd_in_cwd, const std::string& cwd) {
  const std::string err_file = std::filesystem::temp_directory_path() /
                               ("prowlint-test-err-" + std::to_string(getpid()));
  const std::string cmd = "cd '" + cwd + "' && " + cmd_in_cwd + " 2>'" + err_file + "'";
  RunResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, n);
  const int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = ReadFileOrDie(err_file);
  std::filesystem::remove(err_file);
  return r;
}

}  // namespace

RunResult RunCommand(const std::string& command, const std::string& cwd) {
  return RunShell(command, cwd);
}

RunResult RunBinary(const std::string& args, const std::string& cwd, const std::string& env) {
  return RunShell("env " + env + " '" PROWLINT_BINARY "' " + args, cwd);
}

std::string RunDateEnv(const std::string& iso) {
  const std::optional<std::int64_t> day = DayNumber(iso);
  EXPECT_TRUE(day.has_value()) << iso;
  return "SOURCE_DATE_EPOCH=" + std::to_string(day.value_or(0) * 86400);
}

RunResult RunBinaryWithin(int seconds, const std::string& args, const std::string& cwd) {
  // An endless allocation stops at 4 GiB.
  return RunShell(AddressSpaceLimit(4194304) + "timeout -s KILL " + std::to_string(seconds) + " '" PROWLINT_BINARY "' " +
                      args,
                  cwd);
}

std::string AddressSpaceLimit(std::size_t kib) {
#ifdef PROWLINT_SANITIZED
  (void)kib;
  return "";
#else
  return "ulimit -v " + std::to_string(kib) + " && ";
#endif
}

std::string SourceDir() { return PROWLINT_SOURCE_DIR; }
std::string SharedDir() { return PROWLINT_SHARED_DIR; }

bool SkipWithoutShared() {
  const char* skip = std::getenv("PROWLINT_SKIP_SHARED");
  return skip && std::string(skip) == "1" && !std::filesystem::exists(SharedDir());
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> ReadArgs(const std::string& path) {
  std::vector<std::string> args;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::istringstream words(line);
    std::string w;
    while (words >> w) args.push_back(w);
  }
  return args;
}

std::string Str(const Position& p) {
  return std::to_string(p.file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string Errors(const Diagnostics& diag) {
  std::string out;
  for (const InputError& e : diag.errors) out += Str(e.pos) + " " + e.message + "\n";
  return out;
}

std::string Base64(std::string_view in) {
  static const char* kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  unsigned int buffer = 0;
  int bits = 0;
  for (unsigned char c : in) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kAlphabet[(buffer >> bits) & 0x3F]);
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (6 - bits)) & 0x3F]);
  while (out.size() % 4) out.push_back('=');
  return out;
}

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "prowlint-test-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void WriteFile(const std::string& path, std::string_view text) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  EXPECT_TRUE(out.good()) << "cannot write " << path;
}

std::string TempDir::Write(const std::string& name, std::string_view text) const {
  const std::string p = *this / name;
  WriteFile(p, text);
  return p;
}

bool FinishesWithin(int seconds, const std::function<void()>& fn) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) {
    ADD_FAILURE() << "fork failed";
    return false;
  }
  if (pid == 0) {
#ifndef PROWLINT_SANITIZED
    // Sanitizers reserve terabytes of address space; elsewhere an endless
    // allocation stops at 4 GiB instead of taking the machine.
    const rlimit limit{4ull << 30, 4ull << 30};
    setrlimit(RLIMIT_AS, &limit);
#endif
    std::signal(SIGALRM, SIG_DFL);
    alarm(static_cast<unsigned>(seconds));
    // The child must never return into the test runner: it would go on to
    // run the remaining tests a second time.
    try {
      fn();
    } catch (...) {
      std::_Exit(1);
    }
    std::_Exit(0);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// kubernetes-sigs/prow's integration deployment runs images built from the
// tree (no tag): judged as today's Prow. Its config/prow/cluster holds three
// alternative starters for another config, not this deployment's manifests.
std::string CorpusManifestArgs(const std::string& dir, const std::string& config) {
  static const std::map<std::string, std::string> kDirs = {
      {"kubernetes__test-infra__2026-03-13", "--deploy-dir config/prow/cluster"},
      {"kubernetes__test-infra__2021-04-09/before", "--deploy-dir config/prow/cluster"},
      {"kubernetes__test-infra__2020-03-23/before", "--deploy-dir prow/cluster"},
      {"kubernetes__test-infra__2019-02-08/after", "--deploy-dir prow/cluster"},
      {"knative__infra", "--deploy-dir prow/cluster"},
      {"kubevirt__project-infra", "--deploy-dir github/ci/prow-deploy/kustom"},
      {"gardener__ci-infra", "--deploy-dir deploy/prow"},
      {"kyma-project__test-infra__2022-06-01", "--deploy-dir prow/cluster"},
      {"metal3-io__project-infra", "--deploy-dir prow/manifests"},
      {"GoogleCloudPlatform__oss-test-infra",
       "--deploy-dir prow/oss/cluster "
       "--prow-image-prefix us-central1-docker.pkg.dev/gob-prow/prow-images/"},
  };
  if (dir == "istio__test-infra")
    return "--deploy-dir " + std::filesystem::path(config).parent_path().string() + "/cluster";
  auto it = kDirs.find(dir);
  return it == kDirs.end() ? "" : it->second;
}

std::string BumpCorpusDir() {
  return SharedDir() + "/corpus/kubernetes__test-infra__2019-02-08";
}

std::string IncidentBuildClusterSecret() {
  return SourceDir() + "/testdata/incidents/2019-02-08/cluster/build-cluster.yaml";
}

std::vector<CorpusDeployment> CorpusDeployments() {
  std::vector<CorpusDeployment> out;
  std::ifstream in(SharedDir() + "/corpus/DEPLOYMENTS.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    std::istringstream words(line);
    CorpusDeployment d;
    words >> d.dir >> d.config >> d.jobs;
    out.push_back(d);
  }
  return out;
}

}  // namespace prowlint::testing
