// Regression tests for issue 23 item 5 ("memory bounded by the text"). Each
// failed before its fix: by running out of memory, or by reading without end.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lint/test_util.h"
#include "lint/yaml_loader.h"

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
      "ulimit -v 524288 && timeout -s KILL 60 '" PROWLINT_BINARY
      "' lint --threads 1 --config-path config.yaml --job-config-path jobs",
      dir.path());
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("jobs/aliases.yaml:18:17: error: aliases expand to more than"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace prowlint
