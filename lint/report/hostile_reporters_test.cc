// SPDX-License-Identifier: Apache-2.0
// Hostile file names and values through every output format, each output
// read back by a real parser of its medium: the Actions log's rules for
// workflow commands, pugixml and xmllint, nlohmann's JSON parser and the
// SARIF schema, cmark-gfm. No input may become structure: a log command,
// markup, a link, HTML, a mention, a table cell, or bytes XML/JSON forbid.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "lint/report/escape_utf8.h"
#include "lint/report/github_reporter.h"
#include "lint/report/json_reporter.h"
#include "lint/report/junit_reporter.h"
#include "lint/report/markdown_reporter.h"
#include "lint/report/plan_reporters.h"
#include "lint/report/sarif_reporter.h"
#include "lint/report/text_reporter.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

// Everything a value may hold to subvert a medium, NUL included.
const std::string kHostile =
    "\n::error::pwned\r\n::add-mask::x ##[error]legacy | ) ](http://evil) "
    "<img src=x onerror=alert(1)> <details open> ` ``` @someone #123 \x01\x1b[31m "
    "www.evil.example nul:\0:after-nul bad:\xff\xfe:end"s;

struct HostileReport {
  HostileReport() {
    char tmpl[] = "/tmp/prowlint-hostile-XXXXXX";
    dir = mkdtemp(tmpl);
    // Real files, so the text report quotes their lines.
    // A name cannot hold "//": the link's target is split over a folder.
    fs::create_directory(dir + "/jobs\n::error::pwned |x| ](http:");
    const std::string newline_name =
        dir + "/jobs\n::error::pwned |x| ](http:/evil) `t` @someone #123 <b>.yaml";
    const std::string bytes_name = dir + "/bad\x01\xff\xfe.yaml";
    std::ofstream(newline_name) << "jobs:\n  - name: \"::add-mask::x ##[error]y <details open>\x01\"\n";
    std::ofstream(bytes_name) << "a: b\n";
    EXPECT_TRUE(fs::exists(newline_name) && fs::exists(bytes_name));
    const FileId jobs = sources.Add(newline_name);
    const FileId bytes = sources.Add(bytes_name);
    report.sources = &sources;
    report.tool_version = "0.1.0";
    report.tool_uri = "https://example.org/prowlint";
    report.working_dir = dir;
    report.repo_root = dir;
    report.rules = {{"job-secret-missing", "A job needs a secret.", Severity::kError,
                     "# job-secret-missing\n", true, ""},
                    {"job-cluster-unknown", "A job's alias is unknown.", Severity::kWarning,
                     "# job-cluster-unknown\n", true, ""}};
    report.notes = {"note " + kHostile};
    Finding f;
    f.rule_id = "job-secret-missing";
    f.severity = Severity::kError;
    f.pos = {jobs, 2, 11};
    f.message = "secret \"" + kHostile + "\"";
    f.hint = "hint " + kHostile;
    f.job = kHostile;
    f.subject = {"secret " + kHostile, kHostile};
    f.related = {{{bytes, 1, 1}, "related " + kHostile}};
    f.jobs = {{kHostile, {jobs, 2, 11}, kHostile, ""}, {"second" + kHostile, {bytes, 1, 1}, "b", ""}};
    Finding g = f;
    g.rule_id = "job-cluster-unknown";
    g.severity = Severity::kWarning;
    g.pos = {bytes, 1, 4};
    g.subject = {"alias " + kHostile, ""};
    report.findings = {f, g};
    report.summary.errors = 1;
    report.summary.warnings = 1;
    report.summary.files = 2;
    report.fixed = {{"job-secret-missing", Severity::kError, "fixed " + kHostile,
                     {"secret x", ""}, newline_name + ":3"}};
    errors.sources = &sources;
    errors.tool_version = "0.1.0";
    errors.input_errors = {{{jobs, 1, 1}, "input " + kHostile}, {{bytes, 0, 0}, kHostile}};
  }
  ~HostileReport() { fs::remove_all(dir); }

  std::string dir;
  SourceSet sources;
  Report report;
  Report errors;
};

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// What the Actions runner would run from a log line (actions/runner
// ActionCommand.cs): `::` after leading blanks, or `##[` anywhere.
bool IsWorkflowCommand(const std::string& line) {
  const std::size_t start = line.find_first_not_of(" \t");
  return (start != std::string::npos && line.compare(start, 2, "::") == 0) ||
         line.find("##[") != std::string::npos;
}

void ExpectPlainLines(const std::string& out) {
  for (const std::string& line : Lines(out)) {
    EXPECT_FALSE(IsWorkflowCommand(line)) << line;
    for (unsigned char c : line)
      EXPECT_TRUE(c >= 0x20 || c == '\t') << "control character " << int(c) << " in: " << line;
  }
}

TEST(HostileInput, TextLetsNoValueStartALogCommand) {
  HostileReport h;
  for (const Report* r : {&h.report, &h.errors}) {
    for (bool quiet : {false, true}) {
      std::ostringstream out;
      WriteText(*r, TextOptions{false, true, true, quiet}, out);
      ExpectPlainLines(out.str());
      EXPECT_NE(out.str().find("\\n::error::pwned"), std::string::npos) << out.str();
    }
  }
  std::ostringstream out;
  WriteText(h.report, TextOptions{false, true, false, false}, out);
  // The quoted line is shown, escaped, with the caret under the value.
  EXPECT_NE(out.str().find("   2 |   - name: \"::add-mask::x ##\\[error]y <details open>\\x01\"\n"
                           "     |           ^"),
            std::string::npos)
      << out.str();
}

TEST(HostileInput, GithubEmitsOnlyItsOwnCommands) {
  HostileReport h;
  for (const Report* r : {&h.report, &h.errors}) {
    std::ostringstream out;
    WriteGithub(*r, out);
    const std::vector<std::string> lines = Lines(out.str());
    EXPECT_EQ(lines.size(), r->findings.size() + r->input_errors.size()) << out.str();
    for (const std::string& line : lines) {
      EXPECT_TRUE(line.rfind("::error file=", 0) == 0 || line.rfind("::warning file=", 0) == 0)
          << line;
      EXPECT_EQ(line.find('\r'), std::string::npos);
      // Properties end at the first `::`: a path's colons are escaped.
      const std::size_t data = line.find("::", 2);
      EXPECT_NE(line.find(",title=", 0), std::string::npos);
      EXPECT_LT(line.find(",title="), data) << line;
    }
  }
}

TEST(HostileInput, JsonAndSarifParseAndSarifIsValid) {
  HostileReport h;
  for (const Report* r : {&h.report, &h.errors}) {
    std::ostringstream json, sarif;
    WriteJson(*r, json);
    WriteSarif(*r, sarif);
    nlohmann::json doc;
    ASSERT_NO_THROW(doc = nlohmann::json::parse(json.str())) << json.str();
    ASSERT_TRUE(nlohmann::json::accept(sarif.str()));
    // Invalid bytes are replaced visibly (U+FFFD); NUL survives, escaped.
    EXPECT_NE(json.str().find("bad:\xEF\xBF\xBD\xEF\xBF\xBD:end"), std::string::npos);
    EXPECT_NE(json.str().find("nul:\\u0000:after-nul"), std::string::npos);
    if (testing::SkipWithoutShared()) continue;
    const std::string file = h.dir + "/out.sarif";
    std::ofstream(file) << sarif.str();
    const auto check = testing::RunCommand(
        "python3 '" + testing::SourceDir() + "/testdata/reporters/validate_sarif.py' '" +
        testing::SharedDir() + "/schemas/sarif-schema-2.1.0.json' '" + file + "'");
    EXPECT_EQ(check.code, 0) << check.out << check.err;
  }
}

TEST(HostileInput, JunitIsXml) {
  HostileReport h;
  for (const Report* r : {&h.report, &h.errors}) {
    std::ostringstream out;
    WriteJunit(*r, out);
    const std::string xml = out.str();
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
    EXPECT_TRUE(parsed) << parsed.description() << "\n" << xml;
    // pugixml accepts character references XML 1.0 forbids: look for them.
    for (std::size_t at = xml.find("&#"); at != std::string::npos; at = xml.find("&#", at + 2)) {
      const int code = std::atoi(xml.c_str() + at + 2);
      EXPECT_TRUE(code == 9 || code == 10 || code == 13) << xml.substr(at, 8);
    }
    EXPECT_NE(xml.find("\\x00:after-nul"), std::string::npos) << "a NUL truncated:\n" << xml;
    EXPECT_NE(xml.find("bad:\xEF\xBF\xBD\xEF\xBF\xBD:end"), std::string::npos);
    if (std::system("command -v xmllint >/dev/null 2>&1") != 0) continue;
    const std::string file = h.dir + "/junit.xml";
    std::ofstream(file, std::ios::binary) << xml;
    const auto lint = testing::RunCommand("xmllint --noout '" + file + "'");
    EXPECT_EQ(lint.code, 0) << lint.err;
  }
}

// The Markdown as cmark-gfm parses it: no HTML from input, links only to
// where the report points, and text that shows what the input said.
pugi::xml_document ParseMarkdown(const std::string& dir, const std::string& md) {
  std::ofstream(dir + "/report.md", std::ios::binary) << md;
  const auto r = testing::RunCommand("cmark-gfm -e table -e autolink --to xml '" + dir + "/report.md'");
  EXPECT_EQ(r.code, 0) << r.err;
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(r.out.c_str())) << r.out;
  return doc;
}

void ExpectInertMarkdown(const pugi::xml_document& doc, const std::string& md) {
  EXPECT_EQ(ValidUtf8(md), md) << "not UTF-8";
  const pugi::xpath_node_set html =
      doc.select_nodes("//*[local-name()='html_inline' or local-name()='html_block']");
  for (const pugi::xpath_node& n : html) {
    const std::string raw = n.node().child_value();
    // Only the report's own <details>/<summary>/<br>, never input's.
    EXPECT_TRUE(raw.rfind("<details><summary>", 0) == 0 || raw.rfind("</details>", 0) == 0 ||
                raw == "<br>" || raw.rfind("</summary>", 0) == 0)
        << raw;
  }
  for (const pugi::xpath_node& n : doc.select_nodes("//*[local-name()='link']")) {
    const std::string url = n.node().attribute("destination").value();
    EXPECT_EQ(url.rfind("https://example.org/prowlint/", 0), 0u) << "[" << url << "]";
  }
  // GitHub makes mentions, references and links of text (not of code) after
  // rendering: in text they must be broken up.
  for (const pugi::xpath_node& n : doc.select_nodes("//*[local-name()='text']")) {
    const std::string text = n.node().child_value();
    for (const char* word : {"@someone", "#123", "http://", "www.evil"})
      EXPECT_EQ(text.find(word), std::string::npos) << word << " in " << text;
  }
}

TEST(HostileInput, MarkdownRendersValuesAsText) {
  HostileReport h;
  for (const Report* r : {&h.report, &h.errors}) {
    std::ostringstream out;
    WriteLintMarkdown(*r, 0, {}, out);
    const pugi::xml_document doc = ParseMarkdown(h.dir, out.str());
    ExpectInertMarkdown(doc, out.str());
    for (const std::string& line : Lines(out.str())) EXPECT_FALSE(IsWorkflowCommand(line)) << line;
  }
}

// A plan whose aliases, tags and versions are hostile: a `|` in an alias
// must not split the table's cell.
Plan HostilePlan() {
  Plan plan;
  plan.target.version = "v1" + kHostile;
  plan.current = PlanSide{};
  plan.current->version = "v0 ` |";
  KindCounts counts;
  counts.presubmits = 2;
  plan.target.placement.by_destination[{Landing::Kind::kBuildCluster, "a|b `c` " + kHostile}] =
      counts;
  plan.current->placement.by_destination[{Landing::Kind::kBuildCluster, "::add-mask::alias|x"}] =
      counts;
  plan.components = {{"plank" + kHostile, {"v0|` x"}, {kHostile}}};
  plan.already = {{"literal-default-alias", kHostile}};
  plan.notes = {kHostile};
  Move move;
  move.from.alias = "::add-mask::alias|x";
  move.to.alias = "a|b `c` " + kHostile;
  plan.moves = {{move, {"job-cluster-unknown"}, Severity::kError}};
  return plan;
}

TEST(HostileInput, PlanMarkdownKeepsTheTableWhole) {
  HostileReport h;
  std::ostringstream out;
  WritePlanMarkdown(HostilePlan(), h.report, 0, {}, out);
  const pugi::xml_document doc = ParseMarkdown(h.dir, out.str());
  ExpectInertMarkdown(doc, out.str());
  for (const pugi::xpath_node& t : doc.select_nodes("//*[local-name()='table']")) {
    const pugi::xml_node header = t.node().child("table_header");
    const auto width = std::distance(header.children("table_cell").begin(),
                                     header.children("table_cell").end());
    for (pugi::xml_node row : t.node().children("table_row"))
      EXPECT_EQ(std::distance(row.children("table_cell").begin(), row.children("table_cell").end()),
                width)
          << out.str();
  }
  EXPECT_EQ(doc.select_nodes("//*[local-name()='table']").size(), 2u) << out.str();
  // The alias is shown whole, `|` and all, in its code span.
  bool alias_shown = false;
  for (const pugi::xpath_node& n : doc.select_nodes("//*[local-name()='code']"))
    alias_shown |= std::string(n.node().child_value()).rfind("a|b `c` \\n::error::pwned", 0) == 0;
  EXPECT_TRUE(alias_shown) << out.str();
}

TEST(HostileInput, PlanTextLetsNoValueStartALogCommand) {
  for (bool jobs : {false, true}) {
    std::ostringstream out;
    WritePlanText(HostilePlan(), PlanOutputOptions{false, jobs}, out);
    ExpectPlainLines(out.str());
    EXPECT_NE(out.str().find("\\::add-mask::alias|x"), std::string::npos) << out.str();
  }
}

}  // namespace
}  // namespace prowlint
