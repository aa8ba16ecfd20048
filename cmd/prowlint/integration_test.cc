// The ready-made integrations hold together: the Prow presubmit definition
// lints cleanly, the pre-commit hook's entry runs, the reusable workflow
// uploads SARIF, and the man page documents every flag of `prowlint lint`.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <regex>
#include <set>

#include "lint/test_util.h"

namespace prowlint {
namespace {

using testing::RunBinary;
const std::string kSource = testing::SourceDir();

TEST(Integration, ProwPresubmitLintsCleanly) {
  const auto r = RunBinary(
      "lint --job-config-path testdata/integration/prow-presubmit.yaml --fail-on info", kSource);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 errors, 0 warnings in 1 file (1 job)"), std::string::npos) << r.out;
  // Not vacuous: the file really holds the presubmit.
  const YAML::Node job =
      YAML::LoadFile(kSource + "/testdata/integration/prow-presubmit.yaml")["presubmits"]
                    ["example-org/prow-config"][0];
  EXPECT_EQ(job["spec"]["containers"][0]["command"][0].as<std::string>(), "prowlint");
}

TEST(Integration, PreCommitHookEntryRuns) {
  const YAML::Node hooks = YAML::LoadFile(kSource + "/.pre-commit-hooks.yaml");
  ASSERT_EQ(hooks.size(), 1u);
  EXPECT_EQ(hooks[0]["id"].as<std::string>(), "prowlint");
  EXPECT_EQ(hooks[0]["language"].as<std::string>(), "system");
  EXPECT_FALSE(hooks[0]["pass_filenames"].as<bool>());
  std::string entry = hooks[0]["entry"].as<std::string>();
  ASSERT_EQ(entry.rfind("prowlint ", 0), 0u);
  // pre-commit runs the entry in the repository; .prowlint.yaml gives the inputs.
  const auto r = RunBinary(entry.substr(9), kSource + "/testdata/suppressions");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("[config-duplicate-key]"), std::string::npos);
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos);
  EXPECT_TRUE(std::regex_search("config/jobs/a.yaml", std::regex(hooks[0]["files"].as<std::string>())));
}

TEST(Integration, ReusableWorkflowUploadsSarif) {
  const YAML::Node wf = YAML::LoadFile(kSource + "/.github/workflows/prowlint.yml");
  ASSERT_TRUE(wf["on"]["workflow_call"]) << "callable from other repositories";
  bool lint = false, upload = false;
  for (const auto& step : wf["jobs"]["prowlint"]["steps"]) {
    if (step["run"] && step["run"].as<std::string>().find("--format sarif --output ../prowlint.sarif") != std::string::npos)
      lint = step["run"].as<std::string>().find("--format github") != std::string::npos;
    if (step["uses"] && step["uses"].as<std::string>().rfind("github/codeql-action/upload-sarif", 0) == 0)
      upload = step["with"]["sarif_file"].as<std::string>() == "prowlint.sarif";
  }
  EXPECT_TRUE(lint);
  EXPECT_TRUE(upload);
  const YAML::Node ci = YAML::LoadFile(kSource + "/.github/workflows/ci.yml");
  bool runs_ci = false;
  for (const auto& step : ci["jobs"]["test"]["steps"])
    runs_ci = runs_ci || (step["run"] && step["run"].as<std::string>() == ".ci/run");
  EXPECT_TRUE(runs_ci) << "the project's CI runs .ci/run";
}

TEST(Integration, ManPageDocumentsEveryLintFlag) {
  const std::string help = RunBinary("lint --help").out;
  std::string man = testing::ReadFileOrDie(kSource + "/cmd/prowlint/prowlint.1");
  // roff writes a dash as \-.
  man = std::regex_replace(man, std::regex(R"(\\-)"), "-");
  std::set<std::string> flags;
  const std::regex flag(R"(--[a-z][a-z-]+)");
  for (std::sregex_iterator it(help.begin(), help.end(), flag), end; it != end; ++it)
    flags.insert(it->str());
  flags.erase("--help");
  flags.erase("--help-all");
  ASSERT_GT(flags.size(), 15u);
  for (const std::string& f : flags) EXPECT_NE(man.find(f), std::string::npos) << f << " missing from prowlint.1";
}

}  // namespace
}  // namespace prowlint
