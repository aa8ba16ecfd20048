// SPDX-License-Identifier: Apache-2.0
// Issue 14's input checks through the built binary: a file of the wrong
// kind where a Prow file is expected stops the run (exit 3), a job file
// reached through two --job-config-paths is read once and said once, and
// plugins.yaml comes from --plugin-config or .prowlint.yaml.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;

class ValidationInputs : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(tmp_.path());
    fs::create_directories(dir_ / ".git");  // no .prowlint.yaml from above
    Write("config.yaml", "pod_namespace: test-pods\n");
    Write("plugins.yaml", "plugins:\n  org/repo:\n    plugins: [trigger]\n");
    Write("jobs/sig-a/a.yaml",
          "periodics:\n- name: a\n  interval: 1h\n  spec:\n    containers:\n    - image: x\n");
    Write("jobs/sig-b/b.yaml",
          "periodics:\n- name: b\n  interval: 1h\n  spec:\n    containers:\n    - image: x\n");
  }
  void Write(const std::string& path, const std::string& text) { tmp_.Write(path, text); }
  testing::TempDir tmp_;
  fs::path dir_;
};

TEST_F(ValidationInputs, PluginsYamlAsConfigPathIsAnInputError) {
  const auto r = RunBinary("lint --config-path plugins.yaml", dir_.string());
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_NE(r.err.find("plugins.yaml:1:1: error: --config-path holds no Prow config: none of its "
                       "keys is a config.yaml key (it looks like plugins.yaml)"),
            std::string::npos)
      << r.err;
}

TEST_F(ValidationInputs, ConfigYamlAsPluginConfigIsAnInputError) {
  Write("config.yaml", "plank:\n  max_concurrency: 10\n");
  const auto r = RunBinary("lint --plugin-config config.yaml", dir_.string());
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_NE(r.err.find("(it looks like config.yaml)"), std::string::npos) << r.err;
}

TEST_F(ValidationInputs, ASingleJobFileOfAnotherKindIsAnInputError) {
  Write("OWNERS.yaml", "approvers: [alice]\n");
  const auto r =
      RunBinary("lint --config-path config.yaml --job-config-path OWNERS.yaml", dir_.string());
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_NE(r.err.find("--job-config-path OWNERS.yaml holds no Prow job config"), std::string::npos)
      << r.err;
}

TEST_F(ValidationInputs, AFileReachedTwiceIsReadOnceAndSaidOnce) {
  const auto r = RunBinary(
      "lint --config-path config.yaml --job-config-path jobs --job-config-path jobs/sig-a "
      "--job-config-path ./jobs/sig-b --format json",
      dir_.string());
  ASSERT_EQ(r.code, 0) << r.err << r.out;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("summary").at("jobs"), 2);
  int said = 0;
  for (const auto& n : doc.at("notes")) {
    const std::string note = n.get<std::string>();
    if (note.find("already read through --job-config-path jobs") == std::string::npos) continue;
    ++said;
    EXPECT_NE(note.find("reaches 1 file"), std::string::npos) << note;
  }
  EXPECT_EQ(said, 2) << doc.at("notes").dump(2);  // once for each later path
  // No duplicate-name finding for the file read twice.
  for (const auto& f : doc.at("findings")) EXPECT_NE(f.at("rule"), "job-name-duplicate");
}

TEST_F(ValidationInputs, PluginConfigFromProwlintYaml) {
  Write("plugins.yaml", "plugins:\n  org/repo:\n    plugins: [triggr]\n");
  Write(".prowlint.yaml", "config-path: config.yaml\nplugin-config: plugins.yaml\n");
  const auto r = RunBinary("lint --only plugin-unknown", dir_.string());
  EXPECT_EQ(r.code, 1) << r.err << r.out;
  EXPECT_NE(r.out.find("plugin \"triggr\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("did you mean \"trigger\"?"), std::string::npos) << r.out;
}

TEST_F(ValidationInputs, APluginConfigAloneIsSomethingToLint) {
  const auto r = RunBinary("lint --plugin-config plugins.yaml", dir_.string());
  EXPECT_EQ(r.code, 0) << r.err << r.out;
}

}  // namespace
}  // namespace prowlint
