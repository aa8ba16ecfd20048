// SPDX-License-Identifier: Apache-2.0
// Fuzzes the whole pipeline: the CLI runs in-process (RunCli) on files made
// from one input, split at lines "#@@" into config.yaml, jobs/a.yaml,
// jobs/.prowignore, kubeconfig.yaml, clusters.yaml, inventory.yaml,
// .prowlint.yaml and deploy.yaml (a deploy manifest), in a fresh directory (a
// tmpfs when there is one). The first byte chooses the output format and
// which inputs are given.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cmd/prowlint/cli.h"
#include "fuzz/fuzz_util.h"

namespace {

namespace fs = std::filesystem;

const char* const kFiles[] = {"config.yaml",     "jobs/a.yaml",   "jobs/.prowignore",
                              "kubeconfig.yaml", "clusters.yaml", "inventory.yaml",
                              ".prowlint.yaml"};
const char* const kFormats[] = {"text", "json", "sarif", "github", "junit"};

// The run directory, made once and removed at exit; every input rewrites
// its files.
class RunDirectory {
 public:
  RunDirectory() {
    const fs::path base =
        fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string tmpl = (base / "prowlint-fuzz-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) std::abort();
    path_ = tmpl;
    fs::create_directories(fs::path(path_) / "jobs");
    fs::create_directories(fs::path(path_) / ".git");  // .prowlint.yaml is searched up to here
  }
  ~RunDirectory() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  std::uint8_t selector = 0;
  const std::string_view text = prowlint::fuzz::Text(data, size, &selector);
  const std::vector<std::string_view> parts = fuzz::Split(text, "\n#@@\n", std::size(kFiles));
  static const RunDirectory run_dir;
  const std::string& dir = run_dir.path();
  for (std::size_t i = 0; i < std::size(kFiles); ++i) {
    const std::string path = dir + "/" + kFiles[i];
    // A .prowlint.yaml may name any path (job-config-path: /usr would walk
    // the whole tree): keep it inside the run directory.
    const bool confined = std::string_view(kFiles[i]) != ".prowlint.yaml" ||
                          (i < parts.size() && parts[i].find('/') == std::string_view::npos &&
                           parts[i].find("..") == std::string_view::npos);
    if (i < parts.size() && confined) {
      std::ofstream(path, std::ios::binary | std::ios::trunc)
          .write(parts[i].data(), static_cast<std::streamsize>(parts[i].size()));
    } else {
      std::error_code ec;
      fs::remove(path, ec);
    }
  }
  std::vector<std::string> args = {
      "prowlint",          "lint", "--config-path", "config.yaml",
      "--job-config-path", "jobs", "--format",      kFormats[selector % std::size(kFormats)],
      "--fail-on",         "info", "--threads",     "1"};
  if (selector & 0x08) args.insert(args.end(), {"--kubeconfig", "kubeconfig.yaml"});
  if (selector & 0x10) args.insert(args.end(), {"--build-cluster", "clusters.yaml"});
  if (selector & 0x20) args.insert(args.end(), {"--inventory", "default=inventory.yaml"});
  if (selector & 0x40) args.insert(args.end(), {"--target-version", "v20190208-c35c7e3"});
  if (selector & 0x80) args.insert(args.end(), {"--deploy-manifest", "deploy.yaml"});
  std::ostringstream out, err;
  Io io{out, err, [](const std::string&) { return std::string(); }, false, false, "2026-01-01"};
  // RunCli reads relative paths: run from the directory, as a user would.
  const fs::path old = fs::current_path();
  fs::current_path(dir);
  const int code = RunCli(args, io);
  fs::current_path(old);
  if (code < 0 || code > 3) std::abort();
  return 0;
}
