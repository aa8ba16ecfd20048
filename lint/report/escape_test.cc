// SPDX-License-Identifier: Apache-2.0
// The per-medium escaping helpers on hostile values: what each medium's
// reader would take as structure comes out as visible text.
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <sstream>

#include "lint/report/escape_markdown.h"
#include "lint/report/escape_text.h"
#include "lint/report/escape_utf8.h"
#include "lint/report/escape_xml.h"

namespace prowlint {
namespace {

using namespace std::string_literals;

TEST(EscapeText, ControlCharactersAreVisible) {
  EXPECT_EQ(TextValue("a\n::error::pwned"), "a\\n::error::pwned");
  EXPECT_EQ(TextValue("a\r\x01\x7f" "b\tc"), "a\\r\\x01\\x7Fb\tc");
  EXPECT_EQ(TextValue("nul\0here"s), "nul\\x00here");
  EXPECT_EQ(TextValue("csi\xC2\x9B" "31m"), "csi\\x9B31m");
  EXPECT_EQ(TextValue("caf\xC3\xA9"), "caf\xC3\xA9");  // UTF-8 stays
}

TEST(EscapeText, NoLegacyWorkflowCommand) {
  EXPECT_EQ(TextValue("x ##[add-mask]secret"), "x ##\\[add-mask]secret");
}

TEST(EscapeText, NoWorkflowCommandAtLineStart) {
  EXPECT_EQ(TextLineStart("::add-mask::x"), "\\::add-mask::x");
  EXPECT_EQ(TextLineStart(" \t::error::x"), " \t\\::error::x");
  EXPECT_EQ(TextLineStart("\xC2\xA0\xE3\x80\x80::error::x"), "\xC2\xA0\xE3\x80\x80\\::error::x");
  EXPECT_EQ(TextLineStart("jobs/a::b.yaml"), "jobs/a::b.yaml");
  EXPECT_EQ(TextValue("::error::x"), "::error::x");  // mid-line: harmless
}

TEST(EscapeMarkdown, TextNeutralisesMarkupMentionsAndHtml) {
  EXPECT_EQ(MarkdownText("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(MarkdownText("a|b & c"), "a&#124;b &amp; c");
  EXPECT_EQ(MarkdownText("@someone #123"), "@&#8203;someone #&#8203;123");
  EXPECT_EQ(MarkdownText("](http://evil)"), "\\](http:&#8203;//evil)");
  EXPECT_EQ(MarkdownText("see www.evil"), "see www&#8203;.evil");
  EXPECT_EQ(MarkdownText("line\nbreak"), "line\\\\nbreak");
  EXPECT_EQ(MarkdownText("bad\xff\xfe"), "bad\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(MarkdownCode("bad\xff"), "`bad\xEF\xBF\xBD`");
}

TEST(EscapeMarkdown, CodeSpansCountBackticks) {
  EXPECT_EQ(MarkdownCode("plain"), "`plain`");
  EXPECT_EQ(MarkdownCode("a`b"), "``a`b``");
  EXPECT_EQ(MarkdownCode("``x"), "``` ``x ```");
  EXPECT_EQ(MarkdownCode("a\nb"), "`a\\nb`");
  EXPECT_EQ(MarkdownCellCode("a|b"), "`a\\|b`");
}

TEST(EscapeMarkdown, LinkTargetsAreEncoded) {
  EXPECT_EQ(MarkdownLinkTarget("https://x/a b)(<c>"), "https://x/a%20b%29%28%3Cc%3E");
  EXPECT_EQ(MarkdownLinkTarget("https://x/100%25"), "https://x/100%25");
  EXPECT_EQ(PercentEncodePath("jobs/a (1)\n.yaml"), "jobs/a%20%281%29%0A.yaml");
  EXPECT_EQ(PercentEncodePath("nul\0"s), "nul%00");
}

TEST(EscapeUtf8, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(ValidUtf8("ok \xC3\xA9 \xF0\x9F\x98\x80"), "ok \xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_EQ(ValidUtf8("\xff\xfe"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(ValidUtf8("cut \xE2\x82"), "cut \xEF\xBF\xBD\xEF\xBF\xBD");
  // Above U+10FFFF: four bytes, four replacements.
  EXPECT_EQ(ValidUtf8("\xF4\x90\x80\x80"),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(EscapeXml, OnlyXmlCharacters) {
  EXPECT_EQ(XmlText("a\x01" "b\tc\nd\re"), "a\\x01b\tc\nd\re");
  EXPECT_EQ(XmlText("nul\0after"s), "nul\\x00after");
  EXPECT_EQ(XmlText("bad\xff\xfe"), "bad\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(XmlText("\xEF\xBF\xBE"), "\xEF\xBF\xBD");             // U+FFFE
  EXPECT_EQ(XmlText("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(XmlText("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");    // overlong '/'
  EXPECT_EQ(XmlText("caf\xC3\xA9 \xF0\x9F\x98\x80"), "caf\xC3\xA9 \xF0\x9F\x98\x80");
  // What comes out is XML: pugixml writes it and reads it back.
  pugi::xml_document doc;
  doc.append_child("t").text() = XmlText("x\x01\xff\0y"s).c_str();
  std::ostringstream out;
  doc.save(out);
  pugi::xml_document back;
  EXPECT_TRUE(back.load_string(out.str().c_str()));
  EXPECT_EQ(out.str().find("&#"), std::string::npos) << out.str();
}

}  // namespace
}  // namespace prowlint
