// SPDX-License-Identifier: Apache-2.0
// The man page generator on an App made for the test: hostile descriptions
// come out as written, without a groff warning; every kind of option shows
// what --help shows; a command sharing most options with another refers to
// it; the template's markers are each needed once.
#include "cmd/prowlint/man_page.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lint/testing/man_render.h"

namespace prowlint {
namespace {

// Two commands sharing all but one option, with what troff would misread in
// every text the page takes from the App.
struct TestApp {
  std::string path, level, hidden, input, extra, only_alpha, env_value;
  std::vector<std::string> repeated;
  bool verbose = false;
  CLI::App app{"tool: does \\things"};

  TestApp() {
    app.name("tool");
    app.set_version_flag("--version", "tool 9.9");
    for (const char* name : {"alpha", "beta"}) {
      CLI::App* cmd = app.add_subcommand(name, ".starts with a dot, like a request");
      cmd->add_option("input", input, "'what to read, first")->required();
      cmd->add_option("--path", path, ".prowignore honoured; C:\\dir\\fB; \"quoted\" -x")
          ->type_name("FILE");
      cmd->add_option("--level", level, "how loud\n.second line\n\nnew paragraph")
          ->type_name("LEVEL")
          ->default_val("3")
          ->check(CLI::IsMember({"1", "3"}));
      cmd->add_option("--repeat", repeated, "repeatable")->type_name("X");
      cmd->add_option("--env", env_value, "from the environment")->envname("TOOL_ENV");
      cmd->add_flag("-v,--verbose", verbose, "say more");
      cmd->add_option("--hidden", hidden, "never shown")->group("");
      cmd->add_option("--extra", extra, "in a group of its own")->group("extra's flags");
      if (std::string(name) == "alpha")
        cmd->add_flag("--only-alpha", verbose, "alpha's own, ^anchored~");
    }
    app.add_subcommand("gamma", "");
  }
};

const char kTemplate[] =
    ".TH TOOL 1 \"2026-01-01\" \"@VERSION@\"\n"
    ".SH NAME\n.\\\" @NAME@\n"
    ".SH SYNOPSIS\n.\\\" @SYNOPSIS@\n"
    ".SH OPTIONS\n.\\\" @OPTIONS@\n";

std::string Page(TestApp& test) {
  std::string error;
  TestApp for_version;
  const std::string page =
      FillManPage(kTemplate, MakeManSections(test.app), VersionText(for_version.app), error);
  EXPECT_EQ(error, "");
  return page;
}

TEST(ManPage, RendersHostileDescriptionsAsWrittenWithoutWarnings) {
  TestApp test;
  const std::string page = Page(test);
  for (const char* options : {"", "-rLL=300n -rHY=0", "-rLL=40n"}) {
    const testing::RunResult r = testing::RenderManSource(page, options);
    EXPECT_EQ(r.code, 0) << options;
    EXPECT_EQ(r.err, "") << options << "\n" << page;
  }
  const std::string text = testing::RenderManSource(page, "-rLL=300n -rHY=0").out;
  for (const char* shown : {
           "tool - does \\things",
           "\n   tool alpha\n       .starts with a dot, like a request\n",
           "\n       input TEXT REQUIRED\n              'what to read, first\n",
           "\n       --path FILE\n              .prowignore honoured; C:\\dir\\fB; \"quoted\" -x\n",
           // The validator's description and the default, as --help shows them.
           "\n       --level LEVEL:{1,3}=3\n              how loud\n              .second line\n\n"
           "              new paragraph\n",
           "\n       --repeat X ...\n",
           "\n       --env TEXT (Env:TOOL_ENV)\n",
           "\n       -v, --verbose\n              say more\n",
           // A later group under its name, as --help names it.
           "\n       extra's flags:\n\n       --extra TEXT\n",
           "alpha's own, ^anchored~",
       })
    EXPECT_NE(text.find(shown), std::string::npos) << shown << "\n---\n" << text;
  EXPECT_EQ(text.find("--hidden"), std::string::npos) << "hidden from --help, and from the page";
  EXPECT_NE(text.find("\ntool 9.9 "), std::string::npos) << "the footer names the version";
}

TEST(ManPage, AnOptionOnlyOneCommandHasIsListedUnderIt) {
  TestApp test;
  const std::string text = testing::RenderManSource(Page(test), "-rLL=300n -rHY=0").out;
  const std::size_t alpha = text.find("\n   tool alpha\n");
  const std::size_t beta = text.find("\n   tool beta\n");
  ASSERT_NE(alpha, std::string::npos) << text;
  ASSERT_NE(beta, std::string::npos) << text;
  // beta shares every option but one with alpha: it says so and lists none.
  const std::string beta_section = text.substr(beta);
  EXPECT_NE(beta_section.find("The options of tool alpha above, but --only-alpha.\n"),
            std::string::npos)
      << beta_section;
  EXPECT_EQ(beta_section.find("--path"), std::string::npos) << beta_section;
  EXPECT_NE(text.substr(alpha, beta - alpha).find("--only-alpha"), std::string::npos);
  // The help flags once, for every command.
  EXPECT_NE(text.find("Every command takes -h, --help too."), std::string::npos) << text;
  const std::string tag = "\n       -h, --help\n";
  EXPECT_NE(text.find(tag), std::string::npos) << text;
  EXPECT_EQ(text.find(tag), text.rfind(tag)) << text;
}

TEST(ManPage, SynopsisIsEachCommandsUsage) {
  TestApp test;
  EXPECT_EQ(MakeManSections(test.app).synopsis,
            "\\fBtool alpha\\fR [\\fIoptions\\fR] \\fIinput\\fR\n.br\n"
            "\\fBtool beta\\fR [\\fIoptions\\fR] \\fIinput\\fR\n.br\n"
            "\\fBtool gamma\\fR\n.br\n"
            "\\fBtool\\fR [\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR]\n");
  EXPECT_EQ(MakeManSections(test.app).name, "tool \\- does \\ethings\n");
}

TEST(ManPage, VersionIsWhatTheVersionFlagPrints) {
  TestApp test;
  EXPECT_EQ(VersionText(test.app), "tool 9.9");
  CLI::App bare{"no version flag"};
  EXPECT_EQ(VersionText(bare), "");
}

TEST(ManPage, EveryMarkerOnce) {
  const ManSections sections{"N\n", "S\n", "O\n"};
  std::string error;
  const std::string page = FillManPage(kTemplate, sections, "tool 1.0", error);
  EXPECT_EQ(error, "");
  EXPECT_EQ(page.rfind(".\\\" Made at build time by prowlint_manpage", 0), 0u) << page;
  EXPECT_NE(page.find(".TH TOOL 1 \"2026-01-01\" \"tool 1.0\"\n.SH NAME\nN\n.SH SYNOPSIS\nS\n"
                      ".SH OPTIONS\nO\n"),
            std::string::npos)
      << page;

  const std::string missing =
      std::string(kTemplate).substr(0, std::string(kTemplate).find(".SH OPTIONS"));
  EXPECT_EQ(FillManPage(missing, sections, "", error), "");
  EXPECT_EQ(error, "the template has 0 lines .\\\" @OPTIONS@ (want one)");
  error.clear();
  EXPECT_EQ(FillManPage(std::string(kTemplate) + ".\\\" @NAME@\n", sections, "", error), "");
  EXPECT_EQ(error, "the template has 2 lines .\\\" @NAME@ (want one)");
}

}  // namespace
}  // namespace prowlint
