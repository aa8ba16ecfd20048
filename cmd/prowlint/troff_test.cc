// SPDX-License-Identifier: Apache-2.0
// TroffText: what it writes for text troff would misread, and that groff
// prints that text back as written, with no warning.
#include "cmd/prowlint/troff.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lint/testing/man_render.h"

namespace prowlint {
namespace {

TEST(TroffText, RequestsAtTheStartOfALineBecomeText) {
  EXPECT_EQ(TroffText(".prowignore honoured"), "\\&.prowignore honoured");
  EXPECT_EQ(TroffText("'s"), "\\&'s");
  EXPECT_EQ(TroffText(".."), "\\&..");
  EXPECT_EQ(TroffText("  indented"), "\\&  indented");
  // Elsewhere on the line they are text already.
  EXPECT_EQ(TroffText("a .b 'c"), "a .b 'c");
  // Every line is the start of one.
  EXPECT_EQ(TroffText("one\n.two\n'three"), "one\n.br\n\\&.two\n.br\n\\&'three");
}

TEST(TroffText, EscapesBackslashesAndHyphens) {
  EXPECT_EQ(TroffText("C:\\dir\\fB"), "C:\\edir\\efB");
  EXPECT_EQ(TroffText("\\"), "\\e");
  EXPECT_EQ(TroffText("--kubeconfig-dir, -o"), "\\-\\-kubeconfig\\-dir, \\-o");
  EXPECT_EQ(TroffText("^main$ ~ `x`"), "\\(hamain$ \\(ti \\(gax\\(ga");
}

TEST(TroffText, QuotesAreTextOnATextLine) {
  EXPECT_EQ(TroffText("no \"default\" fallback"), "no \"default\" fallback");
  EXPECT_EQ(TroffText("\"quoted\" first"), "\"quoted\" first");
}

TEST(TroffText, LinesBreakAndBlankLinesSpace) {
  EXPECT_EQ(TroffText("a\n\n\nb"), "a\n.sp\nb");
  EXPECT_EQ(TroffText("\na\n"), "a");
  EXPECT_EQ(TroffText("a\r\nb\r\n"), "a\n.br\nb");  // CRLF
  EXPECT_EQ(TroffText(""), "");
}

TEST(TroffText, NonAsciiIsNamedAndControlCharactersDropped) {
  EXPECT_EQ(TroffText("caf\xc3\xa9 \xe2\x86\x92 \xf0\x9f\x98\x80"),
            "caf\\[u00E9] \\[u2192] \\[u1F600]");
  EXPECT_EQ(TroffText("bad \xff byte, cut \xe2\x86"), "bad \\[uFFFD] byte, cut \\[uFFFD]\\[uFFFD]");
  EXPECT_EQ(TroffText("overlong \xc0\xaf"), "overlong \\[uFFFD]\\[uFFFD]");
  EXPECT_EQ(TroffText("bell\a tab\tend"), "bell tab end");
}

// What TroffText writes is read back by groff as the text it was given:
// each hostile line in a page of its own, rendered one paragraph a line.
TEST(TroffText, GroffPrintsItAsWritten) {
  const std::vector<std::string> texts = {
      ".TH EVIL 1",  // a request, were it not escaped
      "'br",
      ". leading dot and space",
      "..",
      "C:\\Windows\\fI not italic \\fR \\\" not a comment \\",
      "\"quoted\" and 'single' and \"unbalanced",
      "--flag -o a-b --",
      "regex ^main$ ~user `cmd`",
      "  leading spaces",
  };
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    const testing::RunResult r = testing::RenderManSource(
        ".TH T 1\n.SH X\n.PP\n" + TroffText(text) + "\n.PP\nend\n", "-rLL=300n -rHY=0");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_NE(r.out.find("\n       " + text + "\n"), std::string::npos) << r.out;
  }
}

}  // namespace
}  // namespace prowlint
