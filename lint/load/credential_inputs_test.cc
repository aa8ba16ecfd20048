// SPDX-License-Identifier: Apache-2.0
// Regression tests of issue 12 ("unbreakable on bad input") for credential files and directories,
// one per defect and named after it. Each failed, or hung and was stopped by its deadline, before
// its fix.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "lint/load/load_credentials.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::Errors;
using testing::FinishesWithin;
using testing::TempDir;

const char kFifo[] = "is a named pipe (FIFO), expected a regular file";

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

TEST(CredentialInput, FifoInKubeconfigDirHung) {
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
TEST(CredentialInput, SymlinkedDirectoryInKubeconfigDirWasSkipped) {
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

// Found by the catalogue (testdata/bad, huge-line as a kubeconfig): a List of
// Secrets without data loaded as credentials with no context, silently.
TEST(CredentialInput, SecretWithoutDataPassedAsCredentials) {
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

}  // namespace
}  // namespace prowlint
