// SPDX-License-Identifier: Apache-2.0
// BlankUnreadDocuments: which documents are blanked, and that positions
// stay true. The fast scan is checked against the line-by-line scan it
// replaced (kept here as the reference) on generated documents.
#include "lint/yaml/unread_documents.h"

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace prowlint {
namespace {

// The scan before issue 13's speed work: every line of every document.
Unread LineByLine(std::string_view text, std::string& out) {
  auto separator = [](std::string_view l) {
    return (l.rfind("---", 0) == 0 || l.rfind("...", 0) == 0) &&
           (l.size() == 3 || l[3] == ' ' || l[3] == '\t' || l[3] == '\r');
  };
  // Byte ranges of the document bodies to blank.
  std::vector<std::pair<std::size_t, std::size_t>> blank;
  bool kept_any = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // One document: its first line (maybe a separator), then lines up to
    // the next separator.
    std::size_t body = pos;
    bool readable = true;
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view first_line = text.substr(pos, eol - pos);
    if (separator(first_line)) {
      readable = first_line.substr(3).find_first_not_of(" \t\r") == std::string_view::npos;
      body = std::min(eol + 1, text.size());
    }
    std::string_view kind;
    bool content = false;
    std::size_t end = body;
    while (end < text.size()) {
      std::size_t line_end = text.find('\n', end);
      if (line_end == std::string_view::npos) line_end = text.size();
      const std::string_view l = text.substr(end, line_end - end);
      if (end > pos && separator(l)) break;
      end = std::min(line_end + 1, text.size());
      if (!readable) continue;
      const std::size_t start = l.find_first_not_of(" \t\r");
      if (start == std::string_view::npos || l[start] == '#' || l[0] == '%') continue;
      if (!content && (l[start] == '{' || l[start] == '[' || start > 0)) readable = false;
      content = true;
      if (!kind.empty()) continue;
      for (std::string_view key : {"kind:", "\"kind\":", "'kind':"}) {
        if (l.rfind(key, 0) != 0) continue;
        std::string_view v = l.substr(key.size());
        v = v.substr(0, v.find('#'));
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
          v.remove_suffix(1);
        if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
          v = v.substr(1, v.size() - 2);
        kind = v.empty() ? std::string_view("?") : v;
      }
    }
    // A document without a kind is parsed: it may be broken input (a syntax
    // error is an input error, never a silent skip), and the parse counts it
    // as a non-object.
    if (readable && content && !kind.empty() && !ManifestReadsKind(kind)) {
      blank.emplace_back(body, end);
    } else if (content || !readable) {
      kept_any = true;
    }
    pos = end;
  }
  if (blank.empty()) return Unread::kNone;
  if (!kept_any) return Unread::kAll;
  // Blanked lines keep only their newline: line numbers stay true, and the
  // parser skips a run of empty lines quickly.
  out.reserve(text.size());
  std::size_t copied = 0;
  for (const auto& [from, to] : blank) {
    out.append(text.substr(copied, from - copied));
    out.append(std::count(text.begin() + from, text.begin() + to, '\n'), '\n');
    copied = to;
  }
  out.append(text.substr(copied));
  return Unread::kSome;
}


std::string Blanked(std::string_view text, Unread* how = nullptr) {
  std::string out;
  const Unread u = BlankUnreadDocuments(text, out);
  if (how) *how = u;
  return u == Unread::kSome ? out : u == Unread::kAll ? "<all>" : "<none>";
}

TEST(UnreadDocumentsTest, BlanksOnlyKindsTheLoaderDoesNotRead) {
  const std::string text =
      "kind: CustomResourceDefinition\n"
      "spec: {broken: [\n"
      "---\n"
      "kind: Deployment\n"
      "metadata: {name: plank}\n"
      "--- # a comment\n"
      "kind: Service\n"
      "...\n"
      "kind: Secret\n";
  // The Service after a commented separator is kept (parsed): only a bare
  // separator is read this way.
  EXPECT_EQ(Blanked(text),
            "\n\n---\nkind: Deployment\nmetadata: {name: plank}\n--- # a comment\nkind: Service\n"
            "...\nkind: Secret\n");
  EXPECT_EQ(Blanked("kind: Role\n---\nkind: Service\nspec: {}\n...\nkind: Secret\n"),
            "kind: Role\n---\n\n\n...\nkind: Secret\n");
}

TEST(UnreadDocumentsTest, AllNoneAndKeptForms) {
  Unread how;
  EXPECT_EQ(Blanked("kind: Service\n---\nkind: CustomResourceDefinition\n", &how), "<all>");
  EXPECT_EQ(Blanked("kind: Deployment\n", &how), "<none>");
  // Flow style, a tag on the separator, an indented start, no kind: parsed.
  EXPECT_EQ(Blanked("{kind: Service}\n"), "<none>");
  EXPECT_EQ(Blanked("--- !tag\nkind: Service\n"), "<none>");
  EXPECT_EQ(Blanked("  kind: Service\n"), "<none>");
  EXPECT_EQ(Blanked("presubmits: {}\n"), "<none>");
}

TEST(UnreadDocumentsTest, LinesThatOnlyLookLikeSeparators) {
  // "----" and "...x" do not end a document; "---" inside a block scalar at
  // column 0 would, as in YAML.
  const std::string text =
      "kind: Service\n"
      "a: |\n"
      "----\n"
      "...x\n"
      "--- \n"
      "kind: Role\n";
  EXPECT_EQ(Blanked(text), "\n\n\n\n--- \nkind: Role\n");
}

TEST(UnreadDocumentsTest, CrlfAndNoFinalNewline) {
  EXPECT_EQ(Blanked("kind: Service\r\n---\r\nkind: Role\r\nx: 1"),
            "\n---\r\nkind: Role\r\nx: 1");
  EXPECT_EQ(Blanked("kind: Role\n---\nkind: Service\nspec: x"), "kind: Role\n---\n\n");
}

// The fast scan decides as the line-by-line one did, on documents built from
// the lines that matter: separators real and not, kinds read and not, flow
// and indented starts, comments, directives, CRLF, a missing final newline.
TEST(UnreadDocumentsTest, AgreesWithTheLineByLineScan) {
  const std::vector<std::string> lines = {
      "---",        "--- ",         "---\r",       "--- # c",      "--- !t",       "----",
      "...",        "... ",         "...x",         "kind: Service", "kind: Role",  "kind: \"List\"",
      "kind:",      "'kind': Pod", "\"kind\": Secret", "  kind: Service", "{a: 1}", "[1]",
      "# comment",  "%YAML 1.2",    "",             "a: b",         "  - c",       "kind: Service\r",
      "apiVersion: v1", "a:",       "a:b",          "\"a\": 1",   "? a",         "- x",
      "<<: *x",     "a.b/c-d_e: 1", "kind : Role",  "a:\r",        "b\"",        "  a: 1"};
  std::mt19937 rng(12);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
      text += lines[rng() % lines.size()];
      if (i + 1 < n || rng() % 2) text += '\n';
    }
    std::string fast, slow;
    const Unread a = BlankUnreadDocuments(text, fast);
    const Unread b = LineByLine(text, slow);
    ASSERT_EQ(static_cast<int>(a), static_cast<int>(b)) << text;
    ASSERT_EQ(fast, slow) << text;
  }
}

}  // namespace
}  // namespace prowlint
