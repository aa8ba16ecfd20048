// SPDX-License-Identifier: Apache-2.0
// prowlint in checkconfig's place: checkconfig's command line runs as it
// is, errors (Prow's refusals) always fail, and under --strict the warnings
// of the checkconfig warnings enabled fail too, prowlint's others not.
#include <gtest/gtest.h>

#include <string>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

// A config.yaml with a key Prow does not read (config-field-unknown, a
// warning: checkconfig's unknown-fields) and a job over 63 characters
// (job-name-invalid's warning: checkconfig's long-job-names).
struct Config {
  testing::TempDir dir;
  Config() {
    dir.Write("config.yaml",
              "plank:\n  job_url_prefix_config:\n    '*': https://prow.example.com/view/\n"
              "tide:\n  sync_periodd: 1m\n");
    dir.Write("jobs/a.yaml",
              "periodics:\n- name: a-periodic-job-whose-name-is-longer-than-sixty-three-"
              "characters-in-all\n  interval: 1h\n  spec:\n    containers:\n    - image: "
              "alpine\n      command: [true]\n");
  }
  testing::RunResult Lint(const std::string& flags) const {
    return testing::RunBinary(
        "lint --no-rules-config --only config-field-unknown --only "
        "job-name-invalid --config-path config.yaml --job-config-path "
        "jobs " +
            flags,
        dir.path());
  }
};

TEST(Checkconfig, WarningsFailOnlyUnderStrict) {
  Config c;
  const auto plain = c.Lint("");
  EXPECT_EQ(plain.code, 0) << plain.err;
  EXPECT_NE(plain.out.find("[config-field-unknown]"), std::string::npos) << plain.out;
  EXPECT_EQ(c.Lint("--strict").code, 1);
}

TEST(Checkconfig, OnlyTheEnabledWarningsFailUnderStrict) {
  Config c;
  // --warnings alone leaves the defaults (unknown-fields, long-job-names) off.
  const auto other = c.Lint("--strict --warnings=missing-trigger");
  EXPECT_EQ(other.code, 0) << other.out;
  EXPECT_NE(other.out.find("note: --strict: the warnings of no rule fail the run"),
            std::string::npos)
      << other.out;
  EXPECT_EQ(c.Lint("--strict --warnings=long-job-names").code, 1);
  EXPECT_EQ(c.Lint("--strict --warnings=missing-trigger --include-default-warnings").code, 1);
}

TEST(Checkconfig, AnExcludedWarningLeavesItsRuleOut) {
  Config c;
  const auto r =
      c.Lint("--strict --exclude-warning=unknown-fields --exclude-warning=long-job-names");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.find("[config-field-unknown]"), std::string::npos) << r.out;
  // long-job-names is part of job-name-invalid, whose errors are refusals:
  // the rule runs, and its warning no longer fails the run.
  EXPECT_NE(r.out.find("[job-name-invalid]"), std::string::npos) << r.out;
}

TEST(Checkconfig, AWarningNameCheckconfigDoesNotKnowIsAUsageError) {
  Config c;
  const auto r = c.Lint("--exclude-warning=unknwon-fields");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("no checkconfig warning \"unknwon-fields\"; did you mean "
                       "\"unknown-fields\"?"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(c.Lint("--warnings=nope").code, 2);
  EXPECT_EQ(c.Lint("--strict --fail-on none").code, 2);
  EXPECT_EQ(c.Lint("--prow-yaml-path .prow.yaml").code, 2);
}

// A flag's value is quoted on one line: a newline in it starts no GitHub
// workflow command in the log.
TEST(Checkconfig, AHostileNameInAUsageErrorStaysOnOneLine) {
  Config c;
  for (const char* flag : {"--exclude-warning", "--only"}) {
    const auto r = c.Lint(std::string(flag) + " \"$(printf 'x\\n::error::y')\"");
    EXPECT_EQ(r.code, 2) << flag;
    EXPECT_EQ(r.err.find("\n::"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("x\\n::error::y"), std::string::npos) << r.err;
  }
}

// kubernetes/test-infra's own checkconfig presubmit, its arguments as they
// are, passes on the real config as checkconfig does there.
TEST(Checkconfig, TestInfrasCheckconfigCommandLinePasses) {
  if (testing::SkipWithoutShared()) GTEST_SKIP() << "needs ../shared";
  const std::string dir = testing::SharedDir() + "/corpus/kubernetes__test-infra";
  const auto r = testing::RunBinary(
      "lint --no-rules-config --config-path=config/prow/config.yaml "
      "--job-config-path=config/jobs --plugin-config=config/prow/plugins.yaml --strict "
      "--warnings=mismatched-tide-lenient --warnings=missing-trigger "
      "--warnings=needs-ok-to-test --warnings=tide-strict-branch --warnings=unknown-fields "
      "--warnings=validate-owners --warnings=validate-urls --quiet",
      dir, testing::RunDateEnv("2026-12-07"));
  EXPECT_EQ(r.code, 0) << r.out << r.err;
}

// checkconfig's default warning tide-context-policy is tide-context-conflict:
// under --strict a collision fails, and excluding the warning leaves it out.
TEST(Checkconfig, TideContextPolicyIsTideContextConflict) {
  const std::string dir =
      testing::SourceDir() + "/testdata/rules/tide-context-conflict/fail";
  const std::string flags =
      "lint --no-rules-config --config-path config.yaml --job-config-path jobs "
      "--disable job-resources-unset ";
  EXPECT_EQ(testing::RunBinary(flags, dir).code, 0);
  const auto strict = testing::RunBinary(flags + "--strict", dir);
  EXPECT_EQ(strict.code, 1) << strict.out;
  EXPECT_NE(strict.out.find("[tide-context-conflict]"), std::string::npos) << strict.out;
  const auto excluded =
      testing::RunBinary(flags + "--strict --exclude-warning tide-context-policy", dir);
  EXPECT_EQ(excluded.code, 0) << excluded.out;
  EXPECT_EQ(excluded.out.find("[tide-context-conflict]"), std::string::npos) << excluded.out;
}

// --required-job-annotations as checkconfig: its warning fails under --strict
// and not without it.
TEST(Checkconfig, RequiredJobAnnotationsFailUnderStrict) {
  const std::string dir = testing::SourceDir() + "/testdata/rules/job-annotation-missing/fail";
  const std::string flags =
      "lint --no-rules-config --config-path config.yaml --disable job-resources-unset "
      "--required-job-annotations prow.k8s.io/maintainer ";
  const auto plain = testing::RunBinary(flags, dir);
  EXPECT_EQ(plain.code, 0) << plain.out;
  EXPECT_NE(plain.out.find("3 jobs: no annotation \"prow.k8s.io/maintainer\""), std::string::npos)
      << plain.out;
  EXPECT_EQ(testing::RunBinary(flags + "--strict", dir).code, 1);
  EXPECT_EQ(
      testing::RunBinary(flags + "--strict --exclude-warning required-job-annotations", dir).code,
      0);
}

}  // namespace
}  // namespace prowlint
