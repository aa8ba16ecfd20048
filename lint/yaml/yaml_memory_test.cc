// SPDX-License-Identifier: Apache-2.0
// Regression tests for issue 23 item 5 ("memory bounded by the text"). Each
// failed before its fix: by running out of memory, or by reading without end.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lint/testing/test_util.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

using testing::Errors;
using testing::RunCommand;
using testing::RunResult;
using testing::TempDir;

constexpr FileId kFile = 5;
const char kConfig[] = "prowjob_namespace: default\npod_namespace: test-pods\n";

std::vector<yaml::Document> Parse(std::string_view text, Diagnostics& diag) {
  return ParseYaml(text, kFile, YamlParseOptions{}, diag);
}

// A 1 MB label value, anchored once and aliased by `aliases` jobs: the
// shape that took 2.75 GB (each job's model and each message copied it).
std::string LongLabelAliasedByJobs(int aliases) {
  std::string text = "presubmits:\n  org/repo:\n  - name: anchor\n    labels: {l: &big \"";
  text += std::string(1000000, 'x') + "\"}\n";
  for (int i = 0; i < aliases; ++i)
    text += "  - name: job-" + std::to_string(i) + "\n    labels: {l: *big}\n";
  return text;
}

TEST(Issue23, AliasesShareTheAnchorsNode) {
  const std::string text = "a: &x " + std::string(100000, 'y') + "\nb: [*x, *x, *x]\n";
  Diagnostics diag;
  const auto docs = Parse(text, diag);
  ASSERT_TRUE(diag.errors.empty()) << Errors(diag);
  const yaml::Node a = docs.at(0).root().Get("a");
  for (const yaml::Node& alias : docs[0].root().Get("b").Items()) {
    EXPECT_EQ(alias.Text().data(), a.Text().data());  // the same bytes, not a copy
    EXPECT_EQ(alias.pos().line, 2);                   // positioned where it is used
  }
}

TEST(Issue23, AliasExpansionPastTheBudgetIsAnInputError) {
  // 1 MB aliased 7 times: past 4 MiB plus twice the text.
  std::string text = "a: &x " + std::string(1000000, 'y') + "\nb:\n";
  for (int i = 0; i < 10; ++i) text += "- *x\n";
  Diagnostics diag;
  Parse(text, diag);
  ASSERT_EQ(diag.errors.size(), 1u) << Errors(diag);
  EXPECT_EQ(diag.errors[0].pos, (Position{kFile, 9, 3}));
  EXPECT_EQ(diag.errors[0].message,
            "aliases expand to more than 5.9 MiB of text (4 MiB plus twice the file's size), "
            "prowlint's bound on alias expansion; write fewer aliases of long values");
}

TEST(Issue23, FewAliasesOfALongScalarAreFine) {
  std::string text = "a: &x " + std::string(1000000, 'y') + "\nb: [*x, *x, *x, *x]\n";
  Diagnostics diag;
  Parse(text, diag);
  EXPECT_TRUE(diag.errors.empty()) << Errors(diag);
}

// Through the binary, under 512 MiB of address space: before the budget it
// ran out of memory (bad_alloc at 4 GiB) instead of naming the file.
TEST(Issue23, LongScalarAliasedByManyJobsIsRefusedInLittleMemory) {
  TempDir dir;
  dir.Write("config.yaml", kConfig);
  dir.Write("jobs/aliases.yaml", LongLabelAliasedByJobs(2000));
  const RunResult r = RunCommand(
      testing::AddressSpaceLimit(524288) + "timeout -s KILL 60 '" PROWLINT_BINARY
      "' lint --threads 1 --config-path config.yaml --job-config-path jobs",
      dir.path());
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("jobs/aliases.yaml:18:17: error: aliases expand to more than"),
            std::string::npos)
      << r.err;
}

// `yes` never ends: the cap stops the read at 1 MiB (before, standard input
// was read without bound: 1.68 GB after 10 s).
TEST(Issue23, EndlessStandardInputStopsAtTheCap) {
  TempDir dir;
  dir.Write("config.yaml", kConfig);
  const RunResult r = RunCommand("yes | timeout -s KILL 20 '" PROWLINT_BINARY
                                 "' lint --config-path config.yaml --deploy-manifest - "
                                 "--max-input-size 1",
                                 dir.path());
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("<stdin>: error: cannot read manifest: standard input is over the cap of "
                       "1 MiB per input (--max-input-size MIB raises it)"),
            std::string::npos)
      << r.err;
}

// A sparse 2 GiB file is refused by its size, unread: within seconds and
// 256 MiB of address space (before, it was read whole first).
TEST(Issue23, FileOverTheCapIsRefusedByItsSize) {
  TempDir dir;
  dir.Write("config.yaml", kConfig);
  dir.Write("jobs/good.yaml", "periodics: []\n");
  const RunResult r = RunCommand(
      "truncate -s 2G jobs/zeros.yaml && " + testing::AddressSpaceLimit(262144) +
          "timeout -s KILL 10 '" PROWLINT_BINARY
          "' lint --threads 1 --config-path config.yaml --job-config-path jobs",
      dir.path());
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("jobs/zeros.yaml: error: cannot read job config: is 2147483648 bytes, "
                       "over the cap of 256 MiB per input (--max-input-size MIB raises it)"),
            std::string::npos)
      << r.err;
}

TEST(Issue23, TheFlagRaisesTheCap) {
  TempDir dir;
  dir.Write("config.yaml", kConfig);
  // 1.5 MiB of comments: over a 1 MiB cap, under 2.
  dir.Write("jobs/long.yaml", std::string(3 << 19, '#') + "\nperiodics: []\n");
  const std::string lint =
      "'" PROWLINT_BINARY "' lint --config-path config.yaml --job-config-path jobs --max-input-size ";
  const RunResult over = RunCommand(lint + "1", dir.path());
  EXPECT_EQ(over.code, 3) << over.err;
  EXPECT_NE(over.err.find("over the cap of 1 MiB"), std::string::npos) << over.err;
  const RunResult under = RunCommand(lint + "2", dir.path());
  EXPECT_EQ(under.code, 0) << under.err;
}

}  // namespace
}  // namespace prowlint
