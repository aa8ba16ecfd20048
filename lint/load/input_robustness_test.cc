// SPDX-License-Identifier: Apache-2.0
// Regression tests for issue 12 ("unbreakable on bad input"), one per defect
// and named after it, like LevelDB's issues/issueNNN_test.cc. Each of them
// failed, or hung and was stopped by its deadline, before its fix.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/gitignore.h"
#include "lint/base/read_file.h"
#include "lint/load/job_config_tree.h"
#include "lint/load/load_credentials.h"
#include "lint/load/load_deploy.h"
#include "lint/load/load_manifests.h"
#include "lint/load/project_config.h"
#include "lint/testing/test_util.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::Errors;
using testing::FinishesWithin;
using testing::Str;
using testing::TempDir;

constexpr FileId kFile = 5;
const char kStrayComma[] = "stray ',' outside a flow collection ([...] or {...})";
const char kFifo[] = "is a named pipe (FIFO), expected a regular file";

Position At(int line, int column) { return Position{kFile, line, column}; }

struct Parsed {
  std::vector<yaml::Document> docs;
  Diagnostics diag;
};

Parsed Parse(std::string_view text, bool first_document_only = false) {
  YamlParseOptions options;
  options.first_document_only = first_document_only;
  Parsed p;
  p.docs = ParseYaml(text, kFile, options, p.diag);
  return p;
}

void MakeFifo(const std::string& path) {
  fs::create_directories(fs::path(path).parent_path());
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0) << path;
}

// The error text for `path` in `diag`, or "" when there is none.
std::string ErrorFor(const Diagnostics& diag, const SourceSet& sources, const std::string& path) {
  for (const InputError& e : diag.errors)
    if (e.pos.Known() && sources.Path(e.pos.file) == path) return e.message;
  return "";
}

// yaml-cpp emits a null document at a ',' without consuming it, so the
// multi-document loop parsed the same byte forever, allocating as it went.
TEST(Issue12, StrayCommaHungTheMultiDocumentLoop) {
  struct Case {
    const char* text;
    Position pos;
    std::size_t docs_before;
  };
  for (const Case& c :
       {Case{",", At(1, 1), 0}, Case{"{\"kind\": \"List\", \"items\": []},", At(1, 30), 1},
        Case{"a: 1\n---\n,\n", At(3, 1), 1}, Case{"--- ,\n", At(1, 5), 0}}) {
    SCOPED_TRACE(c.text);
    ASSERT_TRUE(FinishesWithin(20, [&] { Parse(c.text); })) << "hangs";
    const Parsed p = Parse(c.text);
    ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
    EXPECT_EQ(p.diag.errors[0].pos, c.pos) << Str(p.diag.errors[0].pos);
    EXPECT_EQ(p.diag.errors[0].message, kStrayComma);
    EXPECT_EQ(p.docs.size(), c.docs_before);
  }
}

// The same byte as the first (and only read) document of config.yaml or a
// job file read as an empty file: exit 0 with nothing checked.
TEST(Issue12, StrayCommaPassedSilentlyAsAnEmptyConfigOrJobFile) {
  for (const char* text : {",", "\n  ,\n", "--- ,"}) {
    SCOPED_TRACE(text);
    const Parsed p = Parse(text, /*first_document_only=*/true);
    ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
    EXPECT_EQ(p.diag.errors[0].message, kStrayComma);
  }
  EXPECT_EQ(Parse("\n  ,\n", true).diag.errors.at(0).pos, At(2, 3));

  TempDir dir;
  InputPaths paths;
  paths.config_path = dir.Write("config.yaml", ",");
  paths.job_config_paths = {dir.Write("jobs/a.yaml", ",\n")};
  Deploy deploy;
  Diagnostics diag;
  LoadDeploy(paths, 1, deploy, diag);
  ASSERT_EQ(diag.errors.size(), 2u) << Errors(diag);
  for (const InputError& e : diag.errors) {
    EXPECT_EQ(e.pos.line, 1);
    EXPECT_EQ(e.pos.column, 1);
    EXPECT_EQ(e.message, kStrayComma);
  }
}

// Found while fixing the above: yaml-cpp reads `[a, , b]` as three items, the
// middle one null, and `{a: 1, , b: 2}` with a null key; go-yaml (Prow)
// refuses both.
TEST(Issue12, EmptyFlowEntryWasReadAsNull) {
  const Parsed p = Parse("args: [a, , b]\n");
  ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
  EXPECT_EQ(p.diag.errors[0].pos, At(1, 11));
  EXPECT_EQ(p.diag.errors[0].message, "empty item in a [...] list (a ',' with nothing before it)");
  EXPECT_EQ(Parse("[, a]").diag.errors.at(0).pos, At(1, 2));
  const Parsed map = Parse("{a: 1, , b: 2}");
  ASSERT_EQ(map.diag.errors.size(), 1u) << Errors(map.diag);
  EXPECT_EQ(map.diag.errors[0].pos, At(1, 8));
  EXPECT_EQ(map.diag.errors[0].message,
            "empty entry in a {...} mapping (a ',' with nothing before it)");
  // A trailing comma is fine in YAML and in go-yaml.
  const Parsed ok = Parse("args: [a, b, ]\nmap: {a: , b: 1}\n");
  EXPECT_FALSE(ok.diag.HasErrors()) << Errors(ok.diag);
}

// Found by the catalogue (testdata/bad, alias-bomb and merge-bomb): a
// billion laughs passed as a config, and the loaders expanded what they read
// of it. Prow's decoder refuses documents that are mostly alias expansion.
TEST(Issue12, AliasBombPassedAsAConfig) {
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int level = 1; level < 10; ++level) {
    const std::string below = "*a" + std::to_string(level - 1);
    bomb += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", " : "") + below;
    bomb += "]\n";
  }
  ASSERT_TRUE(FinishesWithin(10, [&] { Parse(bomb, true); }));
  const Parsed p = Parse(bomb, true);
  ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
  // The third alias in a3 takes the aliased share past 99% (4,983 of 5,025).
  EXPECT_EQ(p.diag.errors[0].pos, At(4, 20));
  EXPECT_EQ(p.diag.errors[0].message,
            "document contains excessive aliasing (an alias bomb); Prow's YAML decoder refuses it");
}

TEST(Issue12, SharedAnchorsAreNotABomb) {
  // A preset-like anchor used by every job: most of the document is aliases,
  // but under go-yaml's 99%.
  std::string text = "common: &c {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}\njobs:\n";
  for (int i = 0; i < 2000; ++i) text += "- {name: job" + std::to_string(i) + ", spec: *c}\n";
  const Parsed p = Parse(text, true);
  EXPECT_FALSE(p.diag.HasErrors()) << Errors(p.diag);
  // The same with 99.5% of the nodes through aliases is refused.
  std::string heavy = "common: &c [";
  for (int i = 0; i < 200; ++i) heavy += (i ? ", " : "") + std::string("x");
  heavy += "]\nuses: [";
  for (int i = 0; i < 1000; ++i) heavy += (i ? ", " : "") + std::string("*c");
  heavy += "]\n";
  EXPECT_TRUE(Parse(heavy, true).diag.HasErrors());
}

// Found by the catalogue (deep-list): yaml-cpp's nesting error carries the
// position its scanner had read to, often the end of the file.
TEST(Issue12, NestingErrorPointedAtTheEndOfTheFile) {
  const Parsed p = Parse(std::string(10000, '[') + std::string(10000, ']') + "\n");
  ASSERT_EQ(p.diag.errors.size(), 1u) << Errors(p.diag);
  EXPECT_EQ(p.diag.errors[0].pos, At(1, 499));
  EXPECT_EQ(p.diag.errors[0].message, "nesting deeper than yaml-cpp's limit of 500 levels");
}

// ReadFile opened anything with fopen: a named pipe with no writer blocked
// every input slot forever.
TEST(Issue12, FifoHungReadFile) {
  TempDir dir;
  const std::string fifo = dir / "pipe.yaml";
  MakeFifo(fifo);
  std::string text, error;
  ASSERT_TRUE(FinishesWithin(10, [&] { ReadFile(fifo, text, error); })) << "hangs";
  EXPECT_FALSE(ReadFile(fifo, text, error));
  EXPECT_EQ(error, kFifo);
  // Symlinks are followed first.
  fs::create_symlink(fifo, dir / "link.yaml");
  EXPECT_FALSE(ReadFile(dir / "link.yaml", text, error));
  EXPECT_EQ(error, kFifo);
}

// A device read as a file: /dev/null as an empty input, /dev/zero without end.
TEST(Issue12, DeviceWasReadAsAFile) {
  std::string text, error;
  EXPECT_FALSE(ReadFile("/dev/null", text, error));
  EXPECT_EQ(error, "is a character device, expected a regular file");
  ASSERT_TRUE(FinishesWithin(10, [&] { ReadFile("/dev/zero", text, error); })) << "hangs";
  EXPECT_FALSE(ReadFile("/dev/zero", text, error));
}

// Found while confining the pipeline fuzzer: /proc/kmsg is a "regular" file that
// blocks its reader, and .prowlint.yaml may name it.
TEST(Issue12, ProcFileWasReadAsAFile) {
  std::string text, error;
  EXPECT_FALSE(ReadFile("/proc/self/status", text, error));
  EXPECT_EQ(error, "is a file of a kernel pseudo-filesystem (/proc, /sys), not an input file");
}

TEST(Issue12, SocketGotAnUnclearError) {
  TempDir dir;
  const std::string path = dir / "socket.yaml";
  const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof addr.sun_path);
  path.copy(addr.sun_path, path.size());
  ASSERT_EQ(bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr), 0);
  std::string text, error;
  EXPECT_FALSE(ReadFile(path, text, error));
  EXPECT_EQ(error, "is a socket, expected a regular file");
  close(fd);
}

TEST(Issue12, FifoInJobConfigDirectoryHung) {
  TempDir dir;
  dir.Write("jobs/a.yaml", "periodics: []\n");
  MakeFifo(dir / "jobs/b.yaml");
  InputPaths paths;
  paths.job_config_paths = {dir / "jobs"};
  ASSERT_TRUE(FinishesWithin(20, [&] {
    Deploy deploy;
    Diagnostics diag;
    LoadDeploy(paths, 2, deploy, diag);
  })) << "hangs";
  Deploy deploy;
  Diagnostics diag;
  LoadDeploy(paths, 2, deploy, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(ErrorFor(diag, deploy.sources, dir / "jobs/b.yaml"),
            std::string("cannot read job config: ") + kFifo);
}

// fs::is_regular_file said no, so a .prowignore that is a pipe (or a
// directory) was skipped and every file it meant to hide was loaded.
TEST(Issue12, ProwignoreThatIsNotAFileWasSkippedSilently) {
  TempDir dir;
  dir.Write("jobs/a.yaml", "periodics: []\n");
  MakeFifo(dir / "jobs/.prowignore");
  fs::create_directories(dir / "jobs/sub/.prowignore");
  dir.Write("jobs/sub/b.yaml", "periodics: []\n");
  SourceSet sources;
  Diagnostics diag;
  std::vector<std::string> files;
  ASSERT_TRUE(FinishesWithin(10, [&] {
    SourceSet s;
    Diagnostics d;
    ListJobConfigFiles(dir / "jobs", s, d);
  })) << "hangs";
  files = ListJobConfigFiles(dir / "jobs", sources, diag);
  ASSERT_EQ(diag.errors.size(), 2u) << Errors(diag);
  EXPECT_EQ(ErrorFor(diag, sources, dir / "jobs/.prowignore"),
            std::string("cannot read .prowignore: ") + kFifo);
  EXPECT_EQ(ErrorFor(diag, sources, dir / "jobs/sub/.prowignore"),
            "cannot read .prowignore: is a directory, expected a file");
}

TEST(Issue12, FifoInKubeconfigDirHung) {
  TempDir dir;
  dir.Write("kubeconfigs/a.yaml",
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
            "https://c.example\ncontexts:\n- name: default\n  context:\n    cluster: c\n");
  MakeFifo(dir / "kubeconfigs/b.yaml");
  CredentialPaths paths;
  paths.kubeconfig_dir = dir / "kubeconfigs";
  ASSERT_TRUE(FinishesWithin(10, [&] {
    SourceSet s;
    Diagnostics d;
    LoadCredentials(paths, s, d);
  })) << "hangs";
  SourceSet sources;
  Diagnostics diag;
  const Credentials creds = LoadCredentials(paths, sources, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(ErrorFor(diag, sources, dir / "kubeconfigs/b.yaml"),
            std::string("cannot read a kubeconfig: ") + kFifo);
  EXPECT_EQ(creds.kubeconfig.size(), 1u);
}

// Prow lists --kubeconfig-dir without following symlinks: a symlink to a
// directory is a candidate file, and reading it stops Prow.
TEST(Issue12, SymlinkedDirectoryInKubeconfigDirWasSkipped) {
  TempDir dir;
  dir.Write("kubeconfigs/a.yaml",
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
            "https://c.example\ncontexts:\n- name: default\n  context:\n    cluster: c\n");
  fs::create_directories(dir / "elsewhere");
  fs::create_directory_symlink(dir / "elsewhere", dir / "kubeconfigs/b.yaml");
  fs::create_directories(dir / "kubeconfigs/real-dir");  // skipped, as by Prow
  CredentialPaths paths;
  paths.kubeconfig_dir = dir / "kubeconfigs";
  SourceSet sources;
  Diagnostics diag;
  LoadCredentials(paths, sources, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(ErrorFor(diag, sources, dir / "kubeconfigs/b.yaml"),
            "cannot read a kubeconfig: is a directory, expected a file");
}

TEST(Issue12, ProwlintYamlThatIsNotAFileWasSkippedSilently) {
  TempDir dir;
  fs::create_directories(dir / ".git");
  MakeFifo(dir / ".prowlint.yaml");
  const std::string found = FindProjectConfig(dir.path());
  ASSERT_EQ(found, ".prowlint.yaml");
  ASSERT_TRUE(FinishesWithin(10, [&] {
    SourceSet s;
    Diagnostics d;
    LoadProjectConfig(dir / found, s, d);
  })) << "hangs";
  SourceSet sources;
  Diagnostics diag;
  LoadProjectConfig(dir / found, sources, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].message, std::string("cannot read prowlint config: ") + kFifo);
}

// Found by the catalogue (testdata/bad, huge-line as a kubeconfig): a List of
// Secrets without data loaded as credentials with no context, silently.
TEST(Issue12, SecretWithoutDataPassedAsCredentials) {
  for (const char* text : {"{\"items\":[{\"kind\":\"Secret\",\"metadata\":{\"name\":\"s\"}}]}",
                           "kind: Secret\nmetadata:\n  name: s\n"}) {
    SCOPED_TRACE(text);
    SourceSet sources;
    const FileId file = sources.Add("creds.yaml", true);
    Diagnostics diag;
    LoadCredentialText(text, file, CredentialSlot::kKubeconfig, sources, diag);
    ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
    EXPECT_EQ(diag.errors[0].pos, (Position{file, 1, 1}));
    EXPECT_EQ(diag.errors[0].message,
              "no data in this Secret or ConfigMap, expected a kubeconfig in a data key");
  }
}

// One line of kubectl's JSON (`-o json | jq -c`): every position scanned the
// line from its start, so time grew with the square of the line's length.
TEST(Issue12, ColumnMappingWasQuadraticInLineLength) {
  std::string text = "{\"kind\":\"List\",\"items\":[";
  text += "{\"kind\":\"Secret\",\"metadata\":{\"name\":\"caf\xC3\xA9\"}}";  // not ASCII
  const int kItems = 40000;                                                 // about 2.4 MB
  for (int i = 0; i < kItems; ++i)
    text += ",{\"kind\":\"Secret\",\"metadata\":{\"name\":\"secret-" + std::to_string(i) +
            "\",\"namespace\":\"test-pods\"}}";
  const std::size_t last = text.rfind("\"secret-");
  text += "]}";
  ASSERT_TRUE(FinishesWithin(30, [&] { Parse(text); })) << "too slow: quadratic?";
  const Parsed p = Parse(text);
  ASSERT_FALSE(p.diag.HasErrors()) << Errors(p.diag);
  const yaml::Node items = p.docs.at(0).root().Get("items");
  ASSERT_EQ(items.Items().size(), static_cast<std::size_t>(kItems + 1));
  // Byte `last` is column last + 1, less one for the two bytes of "é".
  EXPECT_EQ(items.Items().back().Get("metadata").Get("name").pos(), At(1, static_cast<int>(last)));
}

// Found after issue 12, feeding `kubectl get configmaps -o json | jq -c` as a
// manifest: every ConfigMap and Secret indexed the lines of the whole file
// anew, and on a one-line file each then searched to the end for its line's
// end. 40,000 ConfigMaps took over a minute; one index serves them all now.
TEST(Issue12, SecretLinesWereIndexedOncePerObject) {
  auto config_map = [](int i) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm-" +
           std::to_string(i) + "\",\"namespace\":\"default\"},\"data\":{\"k\":\"v\"}}";
  };
  const int kItems = 40000;
  std::string one_line = "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[";
  std::string many_lines = "apiVersion: v1\nkind: List\nitems:\n";
  for (int i = 0; i < kItems; ++i) {
    one_line += (i ? "," : "") + config_map(i);
    many_lines += "- " + config_map(i) + "\n";
  }
  one_line += "]}";
  for (const std::string* text : {&one_line, &many_lines}) {
    SourceSet sources;
    const FileId file = sources.Add("configmaps.json");
    Manifests m;
    Diagnostics diag;
    auto load = [&] { LoadManifestText(*text, file, {}, m, sources, diag); };
    ASSERT_TRUE(FinishesWithin(30, load)) << "too slow: quadratic?";
    load();  // again here: the child's results stay in the child
    EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
    EXPECT_EQ(m.objects.size(), static_cast<std::size_t>(kItems));
  }
}

// `*` tried every split of the rest of the name: exponential in the number
// of stars that can match.
TEST(Issue12, GlobBacktrackedExponentially) {
  const std::string name(40, 'a');
  const std::string slashed = "a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a";
  bool star = true, double_star = true, ignored = true;
  ASSERT_TRUE(FinishesWithin(10, [&] {
    GlobMatch("*a*a*a*a*a*a*a*a*a*a*b", name);
    GlobMatch("**a**a**a**a**a**a**a**a**a**a**b", slashed);
    GlobMatch("**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b", slashed);
  })) << "too slow: exponential?";
  star = GlobMatch("*a*a*a*a*a*a*a*a*a*a*b", name);
  double_star = GlobMatch("**a**a**a**a**a**a**a**a**a**a**b", slashed);
  ignored = IgnoreFile::Parse("*a*a*a*a*a*a*a*a*a*a*b\n").Match(name, false).has_value();
  EXPECT_FALSE(star);
  EXPECT_FALSE(double_star);
  EXPECT_FALSE(GlobMatch("**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b", slashed));
  EXPECT_FALSE(ignored);
  EXPECT_TRUE(GlobMatch("*a*a*a*a*a*a*a*a*a*a*b", name + "b"));
  EXPECT_TRUE(GlobMatch("**a**a**a**a**a**a**a**a**a**a**b", slashed + "/b"));
}

}  // namespace
}  // namespace prowlint
