// SPDX-License-Identifier: Apache-2.0
// One finding per cause across bumps: a version rule's finding names its
// cause without a tag, so the same skew on the next partial bump is
// "existing" under `lint --base ... --new-only`, not new on every bump.
// Each case is a failing fixture (the base) and the same tree with every
// tag moved on (the head).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;

// Copies `from` to `to`, replacing each of `tags`' keys by its value in
// every file.
void CopyRetagged(const fs::path& from, const fs::path& to,
                  const std::vector<std::pair<std::string, std::string>>& tags) {
  for (const auto& e : fs::recursive_directory_iterator(from)) {
    const fs::path target = to / fs::relative(e.path(), from);
    if (e.is_directory()) {
      fs::create_directories(target);
      continue;
    }
    std::string text = testing::ReadFileOrDie(e.path().string());
    for (const auto& [old_tag, new_tag] : tags)
      for (std::size_t at; (at = text.find(old_tag)) != std::string::npos;)
        text.replace(at, old_tag.size(), new_tag);
    testing::WriteFile(target.string(), text);
  }
}

struct Bump {
  std::string rule;
  std::string fixture;
  std::vector<std::pair<std::string, std::string>> tags;  // base tag -> head tag
};

void PrintTo(const Bump& b, std::ostream* os) { *os << b.rule << "/" << b.fixture; }

class BumpCausesTest : public ::testing::TestWithParam<Bump> {};

TEST_P(BumpCausesTest, TheSameSkewAfterTheNextBumpIsExisting) {
  const Bump& b = GetParam();
  const fs::path fixture =
      fs::path(testing::SourceDir()) / "testdata" / "rules" / b.rule / b.fixture;
  testing::TempDir tmp;
  CopyRetagged(fixture, tmp / "base", {});
  CopyRetagged(fixture, tmp / "head", b.tags);
  std::vector<std::string> args{"lint",     "--only", b.rule,   "--no-rules-config",
                                "--format", "json",   "--base", "../base"};
  for (const std::string& a : testing::ReadArgs((fixture / "args").string())) args.push_back(a);
  const auto all = testing::RunInProcess(args, tmp / "head");
  const auto doc = nlohmann::json::parse(all.out);
  ASSERT_FALSE(doc.at("findings").empty()) << all.out << all.err;
  // The head's findings are about the head's tags, and the base had their causes.
  const std::string first = doc.at("findings")[0].at("message");
  EXPECT_NE(first.find(b.tags.front().second), std::string::npos) << first;
  for (const auto& f : doc.at("findings")) EXPECT_EQ(f.at("change"), "existing") << f.dump();
}

INSTANTIATE_TEST_SUITE_P(VersionRules, BumpCausesTest,
                         ::testing::Values(Bump{"pod-utilities-skew",
                                                "fail-partial-bump",
                                                {{"v20220224-0123456789", "v20220301-0123456789"},
                                                 {"prow-controller-manager:v20220301-0123456789",
                                                  "prow-controller-manager:v20220310-0123456789"}}},
                                           Bump{"prow-version-mixed",
                                                "fail-partial-bump",
                                                {{"v20190208-c35c7e3", "v20190220-0a1b2c3"},
                                                 {"v20190206-b01b288", "v20190208-c35c7e3"}}},
                                           Bump{
                                               "prow-tool-image-skew",
                                               "fail-staging-many-jobs",
                                               {{"v20240801-a5d9345e59", "v20240901-0123456789"}}}),
                         [](const ::testing::TestParamInfo<Bump>& info) {
                           std::string name = info.param.rule;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace prowlint
