// SPDX-License-Identifier: Apache-2.0
// Bad input in every input slot, through the built binary under a timeout:
// a hang fails the test instead of stalling the suite. An input slot puts
// the bad file where one flag (or .prowlint.yaml, or .prowignore) reads it,
// beside good companions, in a fresh temporary directory. The catalogue of
// cases and what each must do in each slot is testdata/bad/catalogue.txt.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "lint/testing/test_util.h"

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
    "periodics:\n- name: good\n  interval: 1h\n  spec:\n    containers:\n    - image: alpine\n";

// Where a bad file goes, the command line that makes prowlint read it, and
// a valid input for the slot (which the good:... cases change).
// How a slot reads its file: as patterns (.prowignore), or as YAML through
// yaml-cpp or LibYAML (manifests; see YamlParser), which word errors
// differently.
enum class Reads { kPatterns, kYamlCpp, kLibyaml };

struct Slot {
  const char* name;
  const char* bad;   // path of the bad file, relative to the run's directory
  const char* args;  // after "lint"
  Reads reads;       // how the bad file is read
  int error_exit;    // the exit code when the bad file cannot be used
  const char* good;
  const char* json;  // `good` as one line of JSON
};

const char kGoodJobs[] =
    "periodics:\n- name: from-the-slot\n  interval: 1h\n  spec:\n    containers:\n"
    "    - image: alpine\n";
const char kGoodJobsJson[] =
    "{\"periodics\":[{\"name\":\"from-the-slot\",\"interval\":\"1h\",\"spec\":{\"containers\":"
    "[{\"image\":\"alpine\"}]}}]}";
const char kGoodKubeconfigJson[] =
    "{\"apiVersion\":\"v1\",\"kind\":\"Config\",\"clusters\":[{\"name\":\"build\",\"cluster\":{"
    "\"server\":\"https://build.example\"}}],\"contexts\":[{\"name\":\"default\",\"context\":{"
    "\"cluster\":\"build\"}}],\"current-context\":\"default\"}";
const char kGoodInventory[] =
    "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ServiceAccount\n  metadata:\n"
    "    name: default\n    namespace: test-pods\n";
const char kGoodInventoryJson[] =
    "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":"
    "\"ServiceAccount\",\"metadata\":{\"name\":\"default\",\"namespace\":\"test-pods\"}}]}";

const char kGoodManifest[] =
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-the-slot\n  namespace: default\n";
const char kGoodManifestJson[] =
    "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"from-the-slot\","
    "\"namespace\":\"default\"}}";

// .prowlint.yaml problems are usage errors (exit 2): the run never starts.
const std::vector<Slot>& Slots() {
  static const std::vector<Slot> slots = {
      {"config_path", "bad.yaml", "--config-path bad.yaml", Reads::kYamlCpp, 3, kConfig,
       "{\"prowjob_namespace\":\"default\",\"pod_namespace\":\"test-pods\"}"},
      {"job_config_file", "bad.yaml", "--config-path config.yaml --job-config-path bad.yaml",
       Reads::kYamlCpp, 3, kGoodJobs, kGoodJobsJson},
      {"job_config_dir_entry", "jobs/bad.yaml", "--config-path config.yaml --job-config-path jobs",
       Reads::kYamlCpp, 3, kGoodJobs, kGoodJobsJson},
      {"kubeconfig", "bad.yaml", "--config-path config.yaml --kubeconfig bad.yaml", Reads::kYamlCpp,
       3, kKubeconfig, kGoodKubeconfigJson},
      {"kubeconfig_dir_entry", "kubeconfigs/bad.yaml",
       "--config-path config.yaml --kubeconfig-dir kubeconfigs", Reads::kYamlCpp, 3, kKubeconfig,
       kGoodKubeconfigJson},
      {"build_cluster", "bad.yaml", "--config-path config.yaml --build-cluster bad.yaml",
       Reads::kYamlCpp, 3, "default:\n  endpoint: https://build.example\n",
       "{\"default\":{\"endpoint\":\"https://build.example\"}}"},
      {"inventory", "bad.yaml",
       "--config-path config.yaml --kubeconfig kubeconfig.yaml --inventory default=bad.yaml",
       Reads::kYamlCpp, 3, kGoodInventory, kGoodInventoryJson},
      {"rules_config", "bad.yaml", "--rules-config bad.yaml --config-path config.yaml",
       Reads::kYamlCpp, 2, "fail-on: error\n", "{\"fail-on\":\"error\"}"},
      {"prowlint_yaml", ".prowlint.yaml", "--config-path config.yaml", Reads::kYamlCpp, 2,
       "fail-on: error\n", "{\"fail-on\":\"error\"}"},
      {"prowignore", "jobs/.prowignore", "--config-path config.yaml --job-config-path jobs",
       Reads::kPatterns, 3, "*.tmp\n", "*.tmp\n"},
      {"deploy_manifest", "bad.yaml", "--config-path config.yaml --deploy-manifest bad.yaml",
       Reads::kLibyaml, 3, kGoodManifest, kGoodManifestJson},
      {"deploy_dir_entry", "deploy/bad.yaml", "--config-path config.yaml --deploy-dir deploy",
       Reads::kLibyaml, 3, kGoodManifest, kGoodManifestJson},
      {"inventory_dir_entry", "inventory/bad.yaml",
       "--config-path config.yaml --kubeconfig kubeconfig.yaml --inventory default=inventory",
       Reads::kYamlCpp, 3, kGoodInventory, kGoodInventoryJson},
      {"baseline", "bad.yaml", "--config-path config.yaml --baseline bad.yaml", Reads::kYamlCpp, 3,
       "version: \"1\"\nfindings: []\n", "{\"version\":\"1\",\"findings\":[]}"},
  };
  return slots;
}

// A run directory with the good companions of every slot. The kubeconfig in
// --kubeconfig-dir names another context than the bad file's good content,
// which a second definition of would stop Prow.
void WriteCompanions(const TempDir& dir) {
  dir.Write("config.yaml", kConfig);
  dir.Write("kubeconfig.yaml", kKubeconfig);
  dir.Write("jobs/good.yaml", kJobs);
  std::string other = kKubeconfig;
  other.replace(other.find("name: default"), 13, "name: other");
  other.replace(other.find("current-context: default"), 24, "current-context: other");
  dir.Write("kubeconfigs/good.yaml", other);
  dir.Write("deploy/good.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: good\n  namespace: default\n");
  dir.Write("inventory/good.yaml", kGoodInventory);
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

// ---------------------------------------------------------------------------
// Regression tests of issue 12, named after the defects.

// yaml-cpp's document loop never passed a lone ',' (hang, ~600 MB/s); as
// the only document read it passed as an empty file.
TEST(BadInputE2e, StrayCommaHungOrPassedInEveryYamlSlot) {
  for (const Slot& slot : Slots()) {
    if (slot.reads == Reads::kPatterns) continue;
    SCOPED_TRACE(slot.name);
    TempDir dir;
    const auto r = RunSlot(
        slot, [](const std::string& p) { testing::WriteFile(p, ","); }, dir);
    EXPECT_EQ(r.code, slot.error_exit) << r.out << r.err;
    // LibYAML refuses the ',' itself, in go-yaml's words.
    const char* message =
        slot.reads == Reads::kLibyaml ? "did not find expected node content" : "stray ','";
    EXPECT_NE(r.err.find(std::string(slot.bad) + ":1:1: error: " + message), std::string::npos)
        << r.err;
  }
}

// `kubectl get -o json | jq -c` with a trailing comma after the List.
TEST(BadInputE2e, JsonInventoryWithTrailingCommaHung) {
  const Slot& inventory = Slots()[6];
  ASSERT_STREQ(inventory.name, "inventory");
  TempDir dir;
  const std::string json = std::string(kGoodInventoryJson) + ",\n";
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

// ---------------------------------------------------------------------------
// The catalogue: testdata/bad/catalogue.txt.

const std::string kBadDir = testing::SourceDir() + "/testdata/bad";

// One expectation: an exit code and, for an error exit, where the error is.
struct Expected {
  int exit = -1;
  std::string where;  // "L:C", "file" (the whole file), or "" (no error exit)

  static Expected Parse(const std::string& cell) {
    Expected e;
    const auto at = cell.find('@');
    e.exit = std::stoi(cell.substr(0, at));
    if (at != std::string::npos) e.where = cell.substr(at + 1);
    return e;
  }
  std::string Str() const { return std::to_string(exit) + (where.empty() ? "" : "@" + where); }
};

struct Case {
  std::string name;
  std::string source;
  std::vector<Expected> expected;  // per slot, in Slots() order
};

// gtest prints a failing parameter with this.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

std::vector<Case> ReadCatalogue() {
  std::vector<Case> cases;
  std::ifstream in(kBadDir + "/catalogue.txt");
  EXPECT_TRUE(in.good()) << "cannot read the catalogue";
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream words(line.substr(0, line.find(" #")));
    Case c;
    words >> c.name >> c.source;
    for (std::string cell; words >> cell;) c.expected.push_back(Expected::Parse(cell));
    cases.push_back(std::move(c));
  }
  return cases;
}

// Slot-independent generated inputs: too big or too odd to commit.
std::string Generate(const std::string& name) {
  if (name == "binary") {
    std::mt19937 random(12);  // fixed: the same bytes every run
    std::string out(4096, '\0');
    for (char& c : out) c = static_cast<char>(random() & 0xFF);
    return out;
  }
  if (name == "deep-list") return std::string(10000, '[') + std::string(10000, ']') + "\n";
  if (name == "deep-map") {
    std::string out;
    for (int i = 0; i < 10000; ++i) out += "{a: ";
    return out + "x" + std::string(10000, '}') + "\n";
  }
  if (name == "alias-bomb") {
    // "Billion laughs": ten levels of ten aliases to the level below, about
    // 10^10 nodes when expanded, from under 1 KB.
    std::string out = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int level = 1; level < 10; ++level) {
      const std::string below = "*a" + std::to_string(level - 1);
      out += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
      for (int i = 0; i < 10; ++i) out += (i ? ", " : "") + below;
      out += "]\n";
    }
    return out;
  }
  if (name == "merge-bomb") {
    // Merge keys whose mappings merge the level below ten times each.
    std::string out = "m0: &m0 {k0: v, j0: v}\n";
    for (int level = 1; level < 20; ++level) {
      const std::string below = "*m" + std::to_string(level - 1);
      out += "m" + std::to_string(level) + ": &m" + std::to_string(level) + " {<<: [";
      for (int i = 0; i < 10; ++i) out += (i ? ", " : "") + below;
      out += "], k" + std::to_string(level) + ": v}\n";
    }
    return out;
  }
  if (name == "huge-line") {
    // 2 MB on one line: what `jq -c` makes of a big file.
    std::string out = "{\"items\":[";
    for (int i = 0; out.size() < (2u << 20); ++i)
      out += (i ? "," : "") + std::string("{\"kind\":\"Secret\",\"metadata\":{\"name\":\"s") +
             std::to_string(i) + "\"}}";
    return out + "]}";
  }
  ADD_FAILURE() << "no generator " << name;
  return "";
}

// The slot's valid input, changed by `transform`.
std::string Transform(const Slot& slot, const std::string& transform) {
  const std::string good = slot.good;
  if (transform == "good") return good;
  if (transform == "crlf" || transform == "lone-cr") {
    std::string out;
    for (char c : good)
      out += c == '\n' ? (transform == "crlf" ? "\r\n" : "\r") : std::string(1, c);
    return out;
  }
  if (transform == "bom") return "\xEF\xBB\xBF" + good;
  if (transform == "json") return slot.json;
  if (transform == "json-trailing-comma") return std::string(slot.json) + ",";
  if (transform == "duplicate-keys") return good + good;
  if (transform == "multi-document") return good + "---\n" + good;
  if (transform == "broken-second-document") return good + "---\nkey: [never, closed\n";
  ADD_FAILURE() << "no transform " << transform;
  return "";
}

// Makes the bad file at `path` for `source` in `slot`.
void Make(const std::string& source, const Slot& slot, const std::string& path) {
  fs::create_directories(fs::path(path).parent_path());
  const auto colon = source.find(':');
  const std::string kind = colon == std::string::npos ? "" : source.substr(0, colon);
  const std::string name = source.substr(colon + 1);
  if (kind.empty()) {
    testing::WriteFile(path, testing::ReadFileOrDie(kBadDir + "/" + source));
  } else if (kind == "gen") {
    testing::WriteFile(path, Generate(name));
  } else if (kind == "good") {
    testing::WriteFile(path, Transform(slot, name));
  } else if (name == "directory") {
    fs::create_directories(path);
  } else if (name == "fifo") {
    ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
  } else if (name == "missing") {
    // nothing
  } else if (name == "dangling-symlink") {
    fs::create_symlink("nowhere.yaml", path);
  } else if (name == "symlink-loop") {
    fs::create_symlink(fs::path(path).filename(), path);
  } else {
    ADD_FAILURE() << "no source " << source;
  }
}

// What happened, in the catalogue's notation: the exit code and, for an
// error exit, where the first error about the bad file is.
Expected Observe(const Slot& slot, const testing::RunResult& r) {
  Expected e;
  e.exit = r.code;
  if (r.code != 2 && r.code != 3) return e;
  const std::string prefix = std::string(slot.bad) + ":";
  for (std::size_t at = r.err.find(prefix); at != std::string::npos;
       at = r.err.find(prefix, at + 1)) {
    if (at > 0 && r.err[at - 1] != '\n') continue;  // only at the start of a line
    const std::string rest = r.err.substr(at + prefix.size(), 40);
    if (rest.rfind(" error:", 0) == 0) return e.where = "file", e;
    int line = 0, column = 0;
    char c1 = 0, c2 = 0;
    std::istringstream in(rest);
    if (in >> line >> c1 >> column >> c2 && c1 == ':' && c2 == ':')
      return e.where = std::to_string(line) + ":" + std::to_string(column), e;
  }
  e.where = "nowhere";  // an error exit that names no place in the bad file
  return e;
}

class CatalogueTest : public ::testing::TestWithParam<Case> {};

TEST_P(CatalogueTest, EverySlot) {
  const Case& c = GetParam();
  EXPECT_EQ(c.expected.size(), Slots().size()) << c.name << ": one expectation per slot";
  std::string actual_row;
  for (std::size_t i = 0; i < Slots().size(); ++i) {
    const Slot& slot = Slots()[i];
    SCOPED_TRACE(c.name + " in " + slot.name);
    TempDir dir;
    const auto r = RunSlot(
        slot, [&](const std::string& path) { Make(c.source, slot, path); }, dir);
    const Expected got = Observe(slot, r);
    actual_row += " " + got.Str();
    EXPECT_NE(r.code, 137) << "killed after " << kDeadlineSeconds << " s: a hang";
    if (i < c.expected.size()) {
      EXPECT_EQ(got.Str(), c.expected[i].Str()) << r.out << r.err;
    }
  }
  // The row as it is, to paste into the catalogue after review.
  if (::testing::Test::HasFailure()) std::cerr << c.name << " " << c.source << actual_row << "\n";
}

INSTANTIATE_TEST_SUITE_P(Bad, CatalogueTest, ::testing::ValuesIn(ReadCatalogue()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           std::string name = info.param.name;
                           for (char& ch : name)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return name;
                         });

TEST(CatalogueTest, CoversEveryCaseTheIssueNames) {
  std::map<std::string, bool> seen;
  for (const Case& c : ReadCatalogue()) seen[c.name] = true;
  for (const char* name : {"empty",
                           "binary",
                           "non-utf8",
                           "scalar-root",
                           "list-root",
                           "wrong-types",
                           "deep-list",
                           "deep-map",
                           "alias-bomb",
                           "alias-cycle",
                           "merge-bomb",
                           "duplicate-keys",
                           "crlf",
                           "bom",
                           "tabs",
                           "multi-document",
                           "broken-second-document",
                           "unterminated-quote",
                           "one-line-json",
                           "directory",
                           "fifo",
                           "missing",
                           "dangling-symlink",
                           "symlink-loop",
                           "huge-line"})
    EXPECT_TRUE(seen[name]) << name;
}

}  // namespace
}  // namespace prowlint
