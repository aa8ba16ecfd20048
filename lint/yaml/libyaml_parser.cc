// SPDX-License-Identifier: Apache-2.0
#include "lint/yaml/libyaml_parser.h"

#include <yaml.h>

#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace prowlint {
namespace {

using yaml::Kind;
using yaml_build::AnchorId;
using yaml_build::PlaceMapper;
using yaml_build::TreeBuilder;

// yaml-cpp stops at 500 nested nodes; LibYAML 0.2.5 has no limit of its own.
// The loaders walk trees recursively, so the same bound keeps them safe.
constexpr std::size_t kMaxDepth = 500;

class Parser {
 public:
  explicit Parser(std::string_view text) {
    ok_ = yaml_parser_initialize(&parser_) != 0;
    if (!ok_) return;
    yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    // LibYAML asserts a non-null input, even an empty one (an empty
    // file's mapping has no address).
    const char* data = text.empty() ? "" : text.data();
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(data),
                                 text.size());
  }
  ~Parser() {
    if (ok_) yaml_parser_delete(&parser_);
  }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  bool ok() const { return ok_; }
  yaml_parser_t& get() { return parser_; }

 private:
  yaml_parser_t parser_{};
  bool ok_ = false;
};

class Event {
 public:
  Event() = default;
  ~Event() { Clear(); }
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  /// The next event; false on a parse error (the parser holds the problem).
  bool Next(yaml_parser_t& parser) {
    Clear();
    filled_ = yaml_parser_parse(&parser, &event_) != 0;
    return filled_;
  }
  const yaml_event_t& operator*() const { return event_; }
  const yaml_event_t* operator->() const { return &event_; }

 private:
  void Clear() {
    if (filled_) yaml_event_delete(&event_);
    filled_ = false;
  }
  yaml_event_t event_{};
  bool filled_ = false;
};

// The 0-based line and character column of byte `offset` (reader errors
// give only a byte offset).
std::pair<long, long> LineColumnAt(std::string_view text, std::size_t offset) {
  long line = 0, column = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 0;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // not a UTF-8 continuation byte: a character starts here
    }
  }
  return {line, column};
}

// Where a parse error is and what it says. LibYAML's problem and context
// texts are constant phrases ("did not find expected key", "while scanning a
// quoted scalar"); they never quote the input. A scanner error is placed
// where the token it was reading starts (an unclosed quote's problem is at
// the end of the file); a parser error at the token it could not place (its
// context is the enclosing collection, maybe far above).
void ReportParseError(const yaml_parser_t& parser, std::string_view text, const PlaceMapper& place,
                      Diagnostics& diag) {
  if (parser.error == YAML_MEMORY_ERROR) {
    diag.Error(place.At(0, 0), "the YAML parser ran out of memory on this file");
    return;
  }
  auto line = static_cast<long>(parser.problem_mark.line);
  auto column = static_cast<long>(parser.problem_mark.column);
  if (parser.error == YAML_READER_ERROR)
    std::tie(line, column) = LineColumnAt(text, parser.problem_offset);
  std::string message = parser.problem != nullptr ? parser.problem : "invalid YAML";
  if (parser.context != nullptr) {
    auto other_line = static_cast<long>(parser.context_mark.line);
    auto other_column = static_cast<long>(parser.context_mark.column);
    if (parser.error == YAML_SCANNER_ERROR) {
      std::swap(line, other_line);
      std::swap(column, other_column);
    }
    std::string other;
    if ((other_line != line || other_column != column) && !place.options.collapse_positions) {
      const Position at = place.At(other_line, other_column);
      other = "line " + std::to_string(at.line) + ", column " + std::to_string(at.column);
    }
    if (parser.error == YAML_SCANNER_ERROR) {
      // "while scanning a quoted scalar: found unexpected end of stream at line 9, column 1"
      message = parser.context + (": " + message) + (other.empty() ? "" : " at " + other);
    } else {
      // "did not find expected key (while parsing a block mapping that starts at line 1, column 1)"
      message += std::string(" (") + parser.context +
                 (other.empty() ? "" : " that starts at " + other) + ")";
    }
  }
  diag.Error(place.At(line, column), message + place.Where(line, column));
}

Position StartOf(const yaml_event_t& event, const PlaceMapper& place) {
  return place.At(static_cast<long>(event.start_mark.line),
                  static_cast<long>(event.start_mark.column));
}

// yaml-cpp reads an untagged plain `~`, `null`, `Null`, `NULL` and an empty
// node (whatever its tag) as null; the trees of both parsers must agree.
bool IsNull(const yaml_event_t& event) {
  const auto& s = event.data.scalar;
  if (s.style != YAML_PLAIN_SCALAR_STYLE) return false;
  if (s.length == 0) return true;
  if (s.tag != nullptr) return false;
  const std::string_view v(reinterpret_cast<const char*>(s.value), s.length);
  return v == "~" || v == "null" || v == "Null" || v == "NULL";
}

// Anchor names of one document as TreeBuilder's numbers.
class Anchors {
 public:
  AnchorId Define(const yaml_char_t* name) {
    if (name == nullptr) return 0;
    const AnchorId id = ++last_;
    ids_[reinterpret_cast<const char*>(name)] = id;
    return id;
  }
  /// 0 (which TreeBuilder reports) for a name never defined.
  AnchorId Find(const yaml_char_t* name) const {
    if (name == nullptr) return 0;
    const auto it = ids_.find(reinterpret_cast<const char*>(name));
    return it == ids_.end() ? 0 : it->second;
  }

 private:
  std::unordered_map<std::string, AnchorId> ids_;
  AnchorId last_ = 0;
};

// Feeds one document's events (after DOCUMENT-START, up to and including
// DOCUMENT-END) to `builder`. False on a parse error (reported) or when the
// builder failed.
bool BuildDocument(Parser& parser, std::string_view text, const PlaceMapper& place,
                   TreeBuilder& builder, Diagnostics& diag) {
  Anchors anchors;
  Event event;
  while (true) {
    if (!event.Next(parser.get())) {
      ReportParseError(parser.get(), text, place, diag);
      return false;
    }
    switch (event->type) {
      case YAML_DOCUMENT_END_EVENT:
        return !builder.failed();
      case YAML_ALIAS_EVENT:
        builder.Alias(StartOf(*event, place), anchors.Find(event->data.alias.anchor));
        break;
      case YAML_SCALAR_EVENT: {
        const Position pos = StartOf(*event, place);
        const auto& s = event->data.scalar;
        const AnchorId anchor = anchors.Define(s.anchor);
        if (IsNull(*event)) {
          builder.Null(pos, anchor);
        } else {
          // Quoted, block or tagged: yaml-cpp's non-"?" tag.
          const bool quoted = s.style != YAML_PLAIN_SCALAR_STYLE || s.tag != nullptr;
          builder.Scalar(pos, std::string_view(reinterpret_cast<const char*>(s.value), s.length),
                         quoted, anchor);
        }
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        const Position pos = StartOf(*event, place);
        if (builder.depth() >= kMaxDepth) {
          builder.Fail(pos, "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
          return false;
        }
        const bool sequence = event->type == YAML_SEQUENCE_START_EVENT;
        const yaml_char_t* anchor =
            sequence ? event->data.sequence_start.anchor : event->data.mapping_start.anchor;
        const bool flow = sequence ? event->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                                   : event->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
        builder.Open(sequence ? Kind::kSequence : Kind::kMapping, pos, anchors.Define(anchor),
                     flow);
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        builder.Close();
        break;
      default:  // no other event comes inside a document
        break;
    }
    if (builder.failed()) return false;
  }
}

}  // namespace

void ParseWithLibyaml(std::string_view text, const PlaceMapper& place,
                      const YamlParseOptions& options, Diagnostics& diag,
                      const DocumentSink& sink) {
  Parser parser(text);
  if (!parser.ok()) {
    diag.Error(place.At(0, 0), "the YAML parser ran out of memory on this file");
    return;
  }
  yaml_build::Scratch scratch;
  Event event;
  while (true) {
    if (!event.Next(parser.get())) {
      ReportParseError(parser.get(), text, place, diag);
      return;
    }
    if (event->type == YAML_STREAM_END_EVENT) return;
    if (event->type != YAML_DOCUMENT_START_EVENT) continue;  // STREAM-START
    yaml::Document doc;
    TreeBuilder builder(doc, place.file, diag, scratch, text.size());
    if (!BuildDocument(parser, text, place, builder, diag)) return;
    sink(std::move(doc));
    if (options.first_document_only) return;
  }
}

}  // namespace prowlint
