// Builds yaml::Documents from yaml-cpp's event parser. Owns every yaml-cpp
// quirk: 0-based marks, null marks on the next line, alias sites, merge keys
// (unsupported by yaml-cpp, used by Prow configs), duplicate keys, cycles.
#include "lint/yaml_loader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <map>
#include <streambuf>
#include <unordered_map>

namespace prowlint {
namespace {

using yaml::Entry;
using yaml::Kind;
using yaml::Node;
using yaml::NodeData;

// Reads the caller's bytes in place instead of copying them into a string.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
};

struct PositionMapper {
  FileId file;
  const YamlParseOptions& options;
  std::string_view text;  // what yaml-cpp parsed

  Position operator()(const YAML::Mark& mark) const {
    if (options.collapse_positions) return options.enclosing;
    // yaml-cpp marks are 0-based; this is the one place that adds 1.
    return Position{file, mark.line + 1 + options.line_offset,
                    Column(mark) + 1 + options.column_offset};
  }

  // yaml-cpp counts columns in bytes; editors, GitHub and SARIF count
  // characters. Count the code points between the line start and the mark.
  int Column(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size()) return mark.column;
    const std::size_t at = static_cast<std::size_t>(mark.pos);
    const std::size_t start = at == 0 ? 0 : text.rfind('\n', at - 1);
    const std::size_t from = start == std::string_view::npos ? 0 : (at == 0 ? 0 : start + 1);
    int column = 0;
    for (std::size_t i = from; i < at; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    return column;
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

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(yaml::Document& doc, PositionMapper map, std::string_view text, Diagnostics& diag)
      : doc_(doc), map_(map), text_(text), diag_(diag) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    NodeData* n = doc_.NewNode();
    n->kind = Kind::kNull;
    n->complete = true;
    Add(n, map_(mark), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      Fail(map_(mark), "alias refers to an unknown anchor");
      Attach(NullAt(map_(mark)));  // keep keys and values paired
      return;
    }
    if (!it->second->complete) {
      // `a: &x [*x]`: go-yaml refuses a node that contains itself.
      Fail(map_(mark), "alias refers to a node that contains it");
      Attach(NullAt(map_(mark)));
      return;
    }
    // The handle carries the alias site, so findings point where it is used.
    Attach(Node(it->second, map_(mark)));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const std::size_t at = static_cast<std::size_t>(mark.pos);
    if (tag == "!" && at < text_.size() && (text_[at] == '"' || text_[at] == '\'') &&
        !QuoteClosed(text_, at)) {
      Fail(map_(mark), "quoted string is never closed");
    }
    NodeData* n = doc_.NewNode();
    n->kind = Kind::kScalar;
    n->text = value;
    // "?" is a plain scalar; "!" quoted or block; anything else an explicit tag.
    n->quoted = tag != "?";
    n->complete = true;
    Add(n, map_(mark), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(Kind::kSequence, mark, anchor);
  }
  void OnSequenceEnd() override { Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Open(Kind::kMapping, mark, anchor);
  }
  void OnMapEnd() override { Close(); }

  bool failed() const { return failed_; }

 private:
  struct Frame {
    NodeData* node;
    Position pos;
    std::vector<Node> pending;  // mapping: key, value, key, value...
  };

  void Add(NodeData* n, Position pos, YAML::anchor_t anchor) {
    if (anchor != 0) anchors_[anchor] = n;
    Attach(Node(n, pos));
  }

  void Open(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    NodeData* n = doc_.NewNode();
    n->kind = kind;
    if (anchor != 0) anchors_[anchor] = n;
    stack_.push_back(Frame{n, map_(mark), {}});
  }

  void Close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    if (frame.node->kind == Kind::kMapping) {
      ResolveMapping(frame);
    } else {
      frame.node->items = std::move(frame.pending);
    }
    frame.node->complete = true;
    Attach(Node(frame.node, frame.pos));
  }

  void Attach(Node node) {
    if (stack_.empty()) {
      doc_.SetRoot(node);
      return;
    }
    stack_.back().pending.push_back(node);
  }

  // go-yaml v2 semantics, applied in document order: a merge key (<<) sets
  // every key of the merged mapping(s) (for a list, earlier mappings win),
  // and any later key overrides an earlier one. Explicit duplicates are
  // recorded for the config-duplicate-key rule.
  void ResolveMapping(Frame& frame) {
    std::vector<Entry>& out = frame.node->entries;
    std::unordered_map<std::string, std::size_t> index;        // key -> slot in out
    std::unordered_map<std::string, Position> explicit_keys;  // for duplicates
    auto put = [&](const Node& key, const Node& value) {
      auto [it, inserted] = index.emplace(key.Text(), out.size());
      if (inserted) {
        out.push_back(Entry{key, value});
      } else {
        out[it->second] = Entry{key, value};
      }
    };
    const std::vector<Node>& kv = frame.pending;
    for (std::size_t i = 0; i + 1 < kv.size(); i += 2) {
      const Node& key = kv[i];
      Node value = kv[i + 1];
      if (!key.IsScalar() && !key.IsNull()) {
        Fail(key.pos(), "mapping key is " + std::string(key.Describe()) + ", expected a string");
        continue;
      }
      // yaml-cpp marks an empty value on the next line; its key is the place.
      if (value.IsNull()) value = NullAt(key.pos());
      if (key.Text() == "<<" && !key.Quoted()) {
        Merge(value, put);
        continue;
      }
      auto [seen, fresh] = explicit_keys.emplace(key.Text(), key.pos());
      if (!fresh) {
        diag_.duplicate_keys.push_back(DuplicateKey{key.pos(), seen->second, key.Text()});
        seen->second = key.pos();
      }
      put(key, value);
    }
  }

  template <typename Put>
  void Merge(const Node& value, Put& put) {
    if (value.IsMap()) {
      for (const Entry& e : value.Entries()) put(e.key, e.value);
      return;
    }
    if (value.IsSeq()) {
      const auto& items = value.Items();
      // Earlier mappings take precedence, so apply them last.
      for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (!it->IsMap()) {
          Fail(it->pos(), "merge key (<<) list items must be mappings");
          continue;
        }
        for (const Entry& e : it->Entries()) put(e.key, e.value);
      }
      return;
    }
    Fail(value.pos(), "merge key (<<) needs a mapping or a list of mappings");
  }

  Node NullAt(Position pos) {
    NodeData* n = doc_.NewNode();
    n->kind = Kind::kNull;
    n->complete = true;
    return Node(n, pos);
  }

  void Fail(Position pos, std::string message) {
    failed_ = true;
    diag_.Error(pos, std::move(message));
  }

  yaml::Document& doc_;
  PositionMapper map_;
  std::string_view text_;
  Diagnostics& diag_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, NodeData*> anchors_;
  bool failed_ = false;
};

// Returns the byte offset of the first byte that is not valid UTF-8 or is a
// control character YAML forbids (all C0 controls but tab, LF, CR; and DEL).
std::size_t FindInvalidText(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
      ++i;
      continue;
    }
    // RFC 3629: C2..DF one continuation byte, E0..EF two, F0..F4 three; no
    // overlong forms (C0, C1, E0 80..9F, F0 80..8F), no surrogates (ED A0..BF),
    // nothing above U+10FFFF (F4 90.., F5..).
    const std::size_t extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                              : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
    if (extra == 0 || i + extra >= s.size()) return i;  // bad lead byte or truncated
    for (std::size_t k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    const unsigned char second = static_cast<unsigned char>(s[i + 1]);
    if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) ||
        (c == 0xF0 && second < 0x90) || (c == 0xF4 && second > 0x8F))
      return i;
    i += extra + 1;
  }
  return std::string_view::npos;
}

YAML::Mark MarkAt(std::string_view text, std::size_t offset) {
  YAML::Mark mark;
  mark.pos = static_cast<int>(offset);
  mark.line = 0;
  mark.column = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++mark.line;
      mark.column = 0;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++mark.column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return mark;
}

std::string Where(const YamlParseOptions& options, const YAML::Mark& mark) {
  if (!options.collapse_positions) return "";
  return " (in " + options.what + ", decoded, at line " + std::to_string(mark.line + 1) +
         ", column " + std::to_string(mark.column + 1) + ")";
}

}  // namespace

std::vector<yaml::Document> ParseYaml(std::string_view text, FileId file,
                                      const YamlParseOptions& options, Diagnostics& diag) {
  std::vector<yaml::Document> docs;
  PositionMapper map{file, options, {}};
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
  map.text = text;
  if (std::size_t bad = FindInvalidText(text); bad != std::string_view::npos) {
    const YAML::Mark mark = MarkAt(text, bad);
    diag.Error(map(mark), "not valid UTF-8 text (control character or broken byte sequence)" +
                        Where(options, mark));
    return docs;
  }
  MemoryBuffer buffer(text);
  std::istream in(&buffer);
  try {
    YAML::Parser parser(in);
    while (true) {
      yaml::Document doc;
      TreeBuilder builder(doc, map, text, diag);
      if (!parser.HandleNextDocument(builder)) break;
      if (builder.failed()) break;
      docs.push_back(std::move(doc));
      if (options.first_document_only) break;
    }
  } catch (const YAML::DeepRecursion& e) {
    // Its own text says "bad file"; say what is wrong instead.
    diag.Error(map(e.mark), "nesting deeper than yaml-cpp's limit" + Where(options, e.mark));
  } catch (const YAML::Exception& e) {
    diag.Error(map(e.mark), SafeMessage(e.msg) + Where(options, e.mark));
  } catch (const std::exception&) {
    diag.Error(Position{file, 0, 0}, "the YAML parser failed on this file");
  }
  return docs;
}

}  // namespace prowlint
