// SPDX-License-Identifier: Apache-2.0
// ParseYaml: the checks every text passes first (UTF-8, control characters,
// lone CRs), then the parser the caller chose. Owns every yaml-cpp quirk:
// byte columns, null marks on a stray ',', unterminated quotes, documents
// that consume nothing. What both parsers share is in yaml_tree_builder.cc.
#include "lint/yaml/yaml_loader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cstdint>
#include <istream>
#include <limits>
#include <streambuf>

#include "lint/yaml/libyaml_parser.h"
#include "lint/yaml/yaml_tree_builder.h"

namespace prowlint {
namespace {

using yaml::Kind;

// Reads the caller's bytes in place instead of copying them into a string.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

// Character counts over `text` in time that does not grow with the length of
// a line: a one-line JSON file holds every mark on one line, and counting
// from the line's start for each of them was quadratic. ASCII text needs no
// counting; other text keeps the count of characters before every kStride-th
// byte (4 bytes per kStride bytes of text).
class CharCounter {
 public:
  CharCounter(std::string_view text, bool ascii) : text_(text), ascii_(ascii) {
    if (ascii_) return;
    samples_.reserve(text.size() / kStride + 1);
    std::uint32_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i % kStride == 0) samples_.push_back(chars);
      chars += IsLead(text[i]);
    }
    if (text.size() % kStride == 0) samples_.push_back(chars);
  }

  /// Characters in text[from, to). REQUIRES: from <= to <= text.size().
  std::size_t Count(std::size_t from, std::size_t to) const {
    if (ascii_) return to - from;
    if (to - from <= 2 * kStride) return Direct(from, to);
    return Before(to) - Before(from);
  }

 private:
  static constexpr std::size_t kStride = 128;

  // Not a UTF-8 continuation byte: each character has exactly one.
  static bool IsLead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

  std::size_t Direct(std::size_t from, std::size_t to) const {
    std::size_t n = 0;
    for (std::size_t i = from; i < to; ++i) n += IsLead(text_[i]);
    return n;
  }
  std::size_t Before(std::size_t at) const {
    const std::size_t block = at / kStride;
    return samples_[block] + Direct(block * kStride, at);
  }

  std::string_view text_;
  bool ascii_;
  std::vector<std::uint32_t> samples_;  // characters in text[0, k * kStride)
};

// yaml-cpp marks (0-based, columns in bytes from the last '\n') as Positions;
// editors, GitHub and SARIF count columns in characters.
struct ByteMarks {
  const yaml_build::PlaceMapper& place;
  std::string_view text;     // what yaml-cpp parsed
  const CharCounter* chars;  // over `text`

  Position operator()(const YAML::Mark& mark) const { return place.At(mark.line, Column(mark)); }
  std::string Where(const YAML::Mark& mark) const { return place.Where(mark.line, Column(mark)); }

  int Column(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size() || mark.column < 0 ||
        mark.column > mark.pos)
      return mark.column;
    const std::size_t at = static_cast<std::size_t>(mark.pos);
    return static_cast<int>(chars->Count(at - static_cast<std::size_t>(mark.column), at));
  }
};

// yaml-cpp's messages are constant phrases, sometimes followed by ": " and a
// piece of the input (an escape character, a tag). Inputs may be credentials,
// so only the phrase is kept.
std::string SafeMessage(const std::string& msg) {
  std::string out = msg.substr(0, msg.find(':'));
  if (out.empty()) out = "invalid YAML";
  return out;
}

// Whether the quoted scalar opening at `at` is closed before the end of the
// text. yaml-cpp 0.7 silently runs an unterminated quoted scalar to the end of
// the input, swallowing every key after it; go-yaml refuses such a file.
bool QuoteClosed(std::string_view text, std::size_t at) {
  const char quote = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;  // an escape: skip the escaped character
      continue;
    }
    if (text[i] != quote) continue;
    if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
      ++i;  // '' is an escaped single quote
      continue;
    }
    return true;
  }
  return false;
}

// yaml-cpp's events into a TreeBuilder, with yaml-cpp's own quirks: 0-based
// marks with byte columns, null marks on a stray ',', unterminated quotes
// read to the end of the file.
class YamlCppEvents : public YAML::EventHandler {
 public:
  YamlCppEvents(yaml_build::TreeBuilder& builder, const ByteMarks& marks, std::string_view text)
      : builder_(builder), marks_(marks), text_(text) {}

  void OnDocumentStart(const YAML::Mark& mark) override { start_ = mark; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Position pos = marks_(mark);
    if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text_.size() &&
        text_[static_cast<std::size_t>(mark.pos)] == ',')
      CheckNullAtComma(pos);
    builder_.Null(pos, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    builder_.Alias(marks_(mark), anchor);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const Position pos = marks_(mark);
    const std::size_t at = static_cast<std::size_t>(mark.pos);
    if (tag == "!" && at < text_.size() && (text_[at] == '"' || text_[at] == '\'') &&
        !QuoteClosed(text_, at)) {
      builder_.Fail(pos, "quoted string is never closed");
    }
    // "?" is a plain scalar; "!" quoted or block; anything else an explicit tag.
    builder_.Scalar(pos, value, tag != "?", anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    builder_.Open(Kind::kSequence, marks_(mark), anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { builder_.Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    builder_.Open(Kind::kMapping, marks_(mark), anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { builder_.Close(); }

  /// Where the document began (the mark of its first token).
  const YAML::Mark& start() const { return start_; }

 private:
  // yaml-cpp emits a null where it meets a ',' it cannot place, and leaves
  // the ',' unread. At the root, the next document starts at the same ','
  // and so on for ever; in a [...] list or as a {...} key it is an empty
  // entry. go-yaml (Prow) refuses all of them ("did not find expected node
  // content"). A null value before a ',' (`{a: , b: 1}`) is fine.
  void CheckNullAtComma(Position pos) {
    const yaml_build::OpenCollection top = builder_.Top();
    if (!top.any) {
      builder_.Fail(pos, "stray ',' outside a flow collection ([...] or {...})");
      return;
    }
    if (!top.flow) return;  // yaml-cpp throws its own error next
    if (top.kind == Kind::kSequence) {
      builder_.Fail(pos, "empty item in a [...] list (a ',' with nothing before it)");
    } else if (top.written % 2 == 0) {
      builder_.Fail(pos, "empty entry in a {...} mapping (a ',' with nothing before it)");
    }
  }

  yaml_build::TreeBuilder& builder_;
  const ByteMarks& marks_;
  std::string_view text_;
  YAML::Mark start_;
};

// What ParseYaml checks before yaml-cpp sees the text.
struct TextScan {
  std::size_t bad = std::string_view::npos;  // offset of the first offending byte
  const char* problem = nullptr;             // why it offends
  bool ascii = true;                         // no byte above 0x7F
};

// Finds the first byte that is not valid UTF-8, a control character YAML
// forbids (all C0 controls but tab, LF, CR; and DEL), or a lone CR.
TextScan ScanText(std::string_view s) {
  TextScan scan;
  auto fail = [&](std::size_t i, const char* problem) {
    scan.bad = i;
    scan.problem = problem;
    return scan;
  };
  static const char* kNotUtf8 = "not valid UTF-8 text (control character or broken byte sequence)";
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return fail(i, kNotUtf8);
      // go-yaml breaks lines at a lone CR; yaml-cpp drops it and joins the
      // lines, so the two would read different documents.
      if (c == '\r' && (i + 1 == s.size() || s[i + 1] != '\n'))
        return fail(i, "line break is a lone carriage return (CR); use LF or CRLF line endings");
      ++i;
      continue;
    }
    scan.ascii = false;
    // RFC 3629: C2..DF one continuation byte, E0..EF two, F0..F4 three; no
    // overlong forms (C0, C1, E0 80..9F, F0 80..8F), no surrogates (ED A0..BF),
    // nothing above U+10FFFF (F4 90.., F5..).
    const std::size_t extra = c >= 0xC2 && c <= 0xDF   ? 1
                              : c >= 0xE0 && c <= 0xEF ? 2
                              : c >= 0xF0 && c <= 0xF4 ? 3
                                                       : 0;
    if (extra == 0 || i + extra >= s.size()) return fail(i, kNotUtf8);  // bad lead or truncated
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return fail(i, kNotUtf8);
    }
    const unsigned char second = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) ||
        (c == 0xF0 && second < 0x90) || (c == 0xF4 && second > 0x8F))
      return fail(i, kNotUtf8);
    i += extra + 1;
  }
  return scan;
}

// A mark as yaml-cpp would make it: 0-based line, column in bytes.
YAML::Mark MarkAt(std::string_view text, std::size_t offset) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(offset);
  mark.line = 0;
  mark.column = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++mark.line;
      mark.column = 0;
    } else {
      ++mark.column;
    }
  }
  return mark;
}

// The documents of `text` through yaml-cpp, each to `sink`.
void ParseWithYamlCpp(std::string_view text, const ByteMarks& marks,
                      const YamlParseOptions& options, Diagnostics& diag,
                      const DocumentSink& sink) {
  MemoryBuffer buffer(text);
  std::istream in(&buffer);
  yaml_build::Scratch scratch;
  try {
    YAML::Parser parser(in);
    int last_start = -1;
    while (true) {
      yaml::Document doc;
      yaml_build::TreeBuilder builder(doc, marks.place.file, diag, scratch, text.size());
      YamlCppEvents events(builder, marks, text);
      if (!parser.HandleNextDocument(events)) break;
      if (builder.failed()) break;
      // Progress guarantee: a document must start past the previous one. One
      // that starts at the same place consumed nothing, and so would the
      // next, for ever (a stray ',' did that before YamlCppEvents refused it).
      if (events.start().pos <= last_start) {
        diag.Error(marks(events.start()), "the YAML parser cannot get past this point");
        break;
      }
      last_start = events.start().pos;
      sink(std::move(doc));
      if (options.first_document_only) break;
    }
  } catch (const YAML::DeepRecursion& e) {
    // Its own text says "bad file", and its mark is wherever the scanner had
    // read to (often the end of the file): name the innermost collection.
    diag.Error(scratch.innermost.Known() && !options.collapse_positions ? scratch.innermost
                                                                        : marks(e.mark),
               "nesting deeper than yaml-cpp's limit of 500 levels" + marks.Where(e.mark));
  } catch (const YAML::Exception& e) {
    diag.Error(marks(e.mark), SafeMessage(e.msg) + marks.Where(e.mark));
  } catch (const std::exception&) {
    diag.Error(Position{marks.place.file, 0, 0}, "the YAML parser failed on this file");
  }
}

}  // namespace

bool IsYamlText(std::string_view text) { return ScanText(text).bad == std::string_view::npos; }

std::vector<yaml::Document> ParseYaml(std::string_view text, FileId file,
                                      const YamlParseOptions& options, Diagnostics& diag) {
  std::vector<yaml::Document> docs;
  ParseYamlEach(text, file, options, diag,
                [&](yaml::Document&& doc) { docs.push_back(std::move(doc)); });
  return docs;
}

void ParseYamlEach(std::string_view text, FileId file, const YamlParseOptions& options,
                   Diagnostics& diag, const DocumentSink& sink) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
  // yaml-cpp keeps offsets in an int.
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    diag.Error(options.collapse_positions ? options.enclosing : Position{file, 0, 0},
               "larger than 2 GiB, the most the YAML parser can read");
    return;
  }
  const TextScan scan = ScanText(text);
  const CharCounter chars(text, scan.ascii);
  // Decoded text lives in the file that holds it.
  const yaml_build::PlaceMapper place{options.collapse_positions ? options.enclosing.file : file,
                                      options};
  const ByteMarks marks{place, text, &chars};
  if (scan.bad != std::string_view::npos) {
    const YAML::Mark mark = MarkAt(text, scan.bad);
    diag.Error(marks(mark), scan.problem + marks.Where(mark));
    return;
  }
  if (options.parser == YamlParser::kLibyaml) {
    ParseWithLibyaml(text, place, options, diag, sink);
  } else {
    ParseWithYamlCpp(text, marks, options, diag, sink);
  }
}

}  // namespace prowlint
