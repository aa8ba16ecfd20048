// See test_util.h.
#include "lint/test_util.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cmd/prowlint/cli.h"

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

RunResult RunBinary(const std::string& args, const std::string& cwd, const std::string& env) {
  return RunCommand("env " + env + " '" PROWLINT_BINARY "' " + args, cwd);
}

RunResult RunCommand(const std::string& command, const std::string& cwd) {
  const std::string err_file = std::filesystem::temp_directory_path() /
                               ("prowlint-test-err-" + std::to_string(getpid()));
  const std::string cmd = "cd '" + cwd + "' && " + command + " 2>'" + err_file + "'";
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

}  // namespace prowlint::testing
