// Bad input in every input slot, through the built binary under a timeout:
// a hang fails the test instead of stalling the suite. Each input slot puts
// the bad file where one flag (or .prowlint.yaml, or .prowignore) reads it,
// beside good companions, in a fresh temporary directory.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "lint/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// Generous: a sanitizer build is several times slower than a release one.
constexpr int kDeadlineSeconds = 60;

const char kConfig[] = "prowjob_namespace: default\npod_namespace: test-pods\n";
const char kKubeconfig[] =
    "apiVersion: v1\nkind: Config\nclusters:\n- name: build\n  cluster:\n    server: "
    "https://build.example\ncontexts:\n- name: default\n  context:\n    cluster: build\n"
    "current-context: default\n";
const char kJobs[] =
    "periodics:\n- name: good\n  interval: 1h\n  spec:\n    containers:\n"
    "    - image: alpine\n";

// Where a bad file goes and the command line that makes prowlint read it.
struct Slot {
  const char* name;
  const char* bad;   // path of the bad file, relative to the run's directory
  const char* args;  // after "lint"
  bool yaml;         // read as YAML (.prowignore is not)
  int error_exit;    // the exit code when the bad file cannot be used
};

// .prowlint.yaml problems are usage errors (exit 2): the run never starts.
const std::vector<Slot>& Slots() {
  static const std::vector<Slot> slots = {
      {"config_path", "bad.yaml", "--config-path bad.yaml", true, 3},
      {"job_config_file", "bad.yaml", "--config-path config.yaml --job-config-path bad.yaml", true,
       3},
      {"job_config_dir_entry", "jobs/bad.yaml", "--config-path config.yaml --job-config-path jobs",
       true, 3},
      {"kubeconfig", "bad.yaml", "--config-path config.yaml --kubeconfig bad.yaml", true, 3},
      {"kubeconfig_dir_entry", "kubeconfigs/bad.yaml",
       "--config-path config.yaml --kubeconfig-dir kubeconfigs", true, 3},
      {"build_cluster", "bad.yaml", "--config-path config.yaml --build-cluster bad.yaml", true, 3},
      {"inventory", "bad.yaml",
       "--config-path config.yaml --kubeconfig kubeconfig.yaml --inventory default=bad.yaml", true,
       3},
      {"rules_config", "bad.yaml", "--rules-config bad.yaml --config-path config.yaml", true, 2},
      {"prowlint_yaml", ".prowlint.yaml", "--config-path config.yaml", true, 2},
      {"prowignore", "jobs/.prowignore", "--config-path config.yaml --job-config-path jobs", false,
       3},
  };
  return slots;
}

// A run directory with the good companions of every slot.
void WriteCompanions(const TempDir& dir) {
  dir.Write("config.yaml", kConfig);
  dir.Write("kubeconfig.yaml", kKubeconfig);
  dir.Write("jobs/good.yaml", kJobs);
  dir.Write("kubeconfigs/good.yaml", kKubeconfig);
  fs::create_directories(dir / ".git");  // .prowlint.yaml is searched up to here
}

// Runs the slot with the bad file made by `make` (given its absolute path).
testing::RunResult RunSlot(const Slot& slot, const std::function<void(const std::string&)>& make,
                           const TempDir& dir) {
  WriteCompanions(dir);
  make(dir / slot.bad);
  return testing::RunBinaryWithin(kDeadlineSeconds,
                                  std::string("lint ") + slot.args + " --color never", dir.path());
}

// yaml-cpp's document loop never passed a lone ',' (hang, ~600 MB/s); as
// the only document read it passed as an empty file.
TEST(BadInputE2e, StrayCommaHungOrPassedInEveryYamlSlot) {
  for (const Slot& slot : Slots()) {
    if (!slot.yaml) continue;
    SCOPED_TRACE(slot.name);
    TempDir dir;
    const auto r = RunSlot(
        slot, [](const std::string& p) { testing::WriteFile(p, ","); }, dir);
    EXPECT_EQ(r.code, slot.error_exit) << r.out << r.err;
    EXPECT_NE(r.err.find(std::string(slot.bad) + ":1:1: error: stray ','"), std::string::npos)
        << r.err;
  }
}

// `kubectl get -o json | jq -c` with a trailing comma after the List.
TEST(BadInputE2e, JsonInventoryWithTrailingCommaHung) {
  const Slot& inventory = Slots()[6];
  ASSERT_STREQ(inventory.name, "inventory");
  TempDir dir;
  const std::string json =
      "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[{\"kind\":\"ServiceAccount\","
      "\"metadata\":{\"name\":\"default\",\"namespace\":\"test-pods\"}}]},\n";
  const auto r = RunSlot(
      inventory, [&](const std::string& p) { testing::WriteFile(p, json); }, dir);
  EXPECT_EQ(r.code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("bad.yaml:1:" + std::to_string(json.size() - 1) + ": error: stray ','"),
            std::string::npos)
      << r.err;
}

// A named pipe with no writer blocked every input slot forever.
TEST(BadInputE2e, FifoHungEveryInputSlot) {
  for (const Slot& slot : Slots()) {
    SCOPED_TRACE(slot.name);
    TempDir dir;
    const auto r = RunSlot(
        slot,
        [](const std::string& p) {
          fs::create_directories(fs::path(p).parent_path());
          ASSERT_EQ(mkfifo(p.c_str(), 0600), 0);
        },
        dir);
    EXPECT_EQ(r.code, slot.error_exit) << r.out << r.err;
    EXPECT_NE(r.err.find(std::string(slot.bad) + ": error: cannot read"), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("is a named pipe (FIFO), expected a regular file"), std::string::npos)
        << r.err;
  }
}

}  // namespace
}  // namespace prowlint
