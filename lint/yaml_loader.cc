// Builds yaml::Documents from yaml-cpp's event parser. Owns every yaml-cpp
// quirk: 0-based marks, null marks on the next line, alias sites, merge keys
// (unsupported by yaml-cpp, used by Prow configs), duplicate keys, cycles.
#include "lint/yaml_loader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cstdint>
#include <istream>
#include <limits>
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

struct PositionMapper {
  FileId file;
  const YamlParseOptions& options;
  std::string_view text;     // what yaml-cpp parsed
  const CharCounter* chars;  // over `text`

  Position operator()(const YAML::Mark& mark) const {
    if (options.collapse_positions) return options.enclosing;
    // yaml-cpp marks are 0-based; this is the one place that adds 1.
    return Position{file, mark.line + 1 + options.line_offset,
                    Column(mark) + 1 + options.column_offset};
  }

  // yaml-cpp counts columns in bytes from the last '\n'; editors, GitHub and
  // SARIF count characters.
  int Column(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text.size() || mark.column < 0 ||
        mark.column > mark.pos)
      return mark.column;
    const std::size_t at = static_cast<std::size_t>(mark.pos);
    return static_cast<int>(chars->Count(at - static_cast<std::size_t>(mark.column), at));
  }

  // " (in data key "config", decoded, at line 2, column 5)" for decoded text.
  std::string Where(const YAML::Mark& mark) const {
    if (!options.collapse_positions) return "";
    return " (in " + options.what + ", decoded, at line " + std::to_string(mark.line + 1) +
           ", column " + std::to_string(Column(mark) + 1) + ")";
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

// go-yaml v2 refuses a document whose decoding is mostly alias expansion
// ("document contains excessive aliasing", its guard against alias bombs).
// It counts every node it decodes, and those decoded through an alias; past
// 100 aliased of over 1,000 decoded, the aliased share may not exceed 99%
// up to 400,000 decoded, falling linearly to 10% at 4,000,000 (yaml.v2
// decode.go, allowedAliasRatio).
bool ExcessiveAliasing(std::uint64_t decoded, std::uint64_t aliased) {
  if (aliased <= 100 || decoded <= 1000) return false;
  constexpr double kLow = 400000, kHigh = 4000000;
  const double d = static_cast<double>(decoded);
  const double allowed = d <= kLow    ? 0.99
                         : d >= kHigh ? 0.10
                                      : 0.99 - 0.89 * (d - kLow) / (kHigh - kLow);
  return static_cast<double>(aliased) / d > allowed;
}

// Node counts of alias bombs overflow; a saturated count still fails above.
std::uint64_t AddCounts(std::uint64_t a, std::uint64_t b) {
  constexpr std::uint64_t kMax = std::uint64_t{1} << 62;
  return a >= kMax || b >= kMax || a + b >= kMax ? kMax : a + b;
}

// Buffers reused by every document of one parse, so building a tree
// allocates only in the Document's arena.
struct Scratch {
  std::vector<Node> pending;          // children of every open collection, in order
  std::vector<Entry> entries;         // a mapping being resolved
  std::vector<Position> explicit_at;  // per entry: where its key was last written
  Position innermost;                 // the innermost open collection (nesting errors)
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(yaml::Document& doc, const PositionMapper& map, std::string_view text,
              Diagnostics& diag, Scratch& scratch)
      : doc_(doc), map_(map), text_(text), diag_(diag), scratch_(scratch) {
    scratch_.pending.clear();
    null_ = doc_.NewNode();
    null_->kind = Kind::kNull;
    null_->complete = true;
    null_->file = map_.file;
  }

  void OnDocumentStart(const YAML::Mark& mark) override { start_ = mark; }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Position pos = map_(mark);
    if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text_.size() &&
        text_[static_cast<std::size_t>(mark.pos)] == ',')
      CheckNullAtComma(pos);
    Leaf(null_, pos, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const Position pos = map_(mark);
    if (anchor >= anchors_.size() || anchors_[anchor].node == nullptr) {
      Fail(pos, "alias refers to an unknown anchor");
      Attach(Node(null_, pos), 1);  // keep keys and values paired
      return;
    }
    const Anchor& target = anchors_[anchor];
    if (!target.node->complete) {
      // `a: &x [*x]`: go-yaml refuses a node that contains itself.
      Fail(pos, "alias refers to a node that contains it");
      Attach(Node(null_, pos), 1);
      return;
    }
    // go-yaml decodes the alias node, then its target once more.
    decoded_ = AddCounts(decoded_, AddCounts(1, target.expanded));
    aliased_ = AddCounts(aliased_, target.expanded);
    CheckAliasing(pos);
    // The handle carries the alias site, so findings point where it is used.
    Attach(Node(target.node, pos), AddCounts(1, target.expanded));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const Position pos = map_(mark);
    const std::size_t at = static_cast<std::size_t>(mark.pos);
    if (tag == "!" && at < text_.size() && (text_[at] == '"' || text_[at] == '\'') &&
        !QuoteClosed(text_, at)) {
      Fail(pos, "quoted string is never closed");
    }
    // "?" is a plain scalar; "!" quoted or block; anything else an explicit tag.
    Leaf(Scalar(value, tag != "?"), pos, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    Open(Kind::kSequence, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    Open(Kind::kMapping, mark, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { Close(); }

  bool failed() const { return failed_; }
  /// Where the document began (the mark of its first token).
  const YAML::Mark& start() const { return start_; }

 private:
  struct Frame {
    NodeData* node;
    Position pos;
    YAML::anchor_t anchor;
    bool flow;               // [...] or {...}
    std::size_t first;       // its children start at scratch_.pending[first]
    std::uint64_t expanded;  // nodes go-yaml decodes for it, aliases expanded
  };
  struct Anchor {
    NodeData* node = nullptr;
    std::uint64_t expanded = 0;  // nodes go-yaml decodes for it
  };

  // yaml-cpp emits a null where it meets a ',' it cannot place, and leaves
  // the ',' unread. At the root, the next document starts at the same ','
  // and so on for ever; in a [...] list or as a {...} key it is an empty
  // entry. go-yaml (Prow) refuses all of them ("did not find expected node
  // content"). A null value before a ',' (`{a: , b: 1}`) is fine.
  void CheckNullAtComma(Position pos) {
    if (stack_.empty()) {
      Fail(pos, "stray ',' outside a flow collection ([...] or {...})");
      return;
    }
    const Frame& top = stack_.back();
    if (!top.flow) return;  // yaml-cpp throws its own error next
    const std::size_t written = scratch_.pending.size() - top.first;
    if (top.node->kind == Kind::kSequence) {
      Fail(pos, "empty item in a [...] list (a ',' with nothing before it)");
    } else if (written % 2 == 0) {
      Fail(pos, "empty entry in a {...} mapping (a ',' with nothing before it)");
    }
  }

  // Keys and many values repeat through a file ("name", "true", an image):
  // one node and one copy of the text serve every short scalar of the same
  // text and style. Positions are in the handles, so nothing else differs.
  NodeData* Scalar(std::string_view text, bool quoted) {
    constexpr std::size_t kShared = 48;  // longer texts rarely repeat
    auto& shared = shared_[quoted];
    if (text.size() <= kShared) {
      if (auto it = shared.find(text); it != shared.end()) return it->second;
    }
    NodeData* n = doc_.NewNode();
    n->kind = Kind::kScalar;
    n->quoted = quoted;
    n->complete = true;
    n->file = map_.file;
    n->size = static_cast<std::uint32_t>(text.size());
    n->data = doc_.Copy(text.data(), text.size());
    if (text.size() <= kShared)
      shared.emplace(std::string_view(static_cast<const char*>(n->data), n->size), n);
    return n;
  }

  void CheckAliasing(Position pos) {
    if (aliasing_reported_ || !ExcessiveAliasing(decoded_, aliased_)) return;
    aliasing_reported_ = true;
    Fail(pos,
         "document contains excessive aliasing (an alias bomb); Prow's YAML decoder refuses it");
  }

  void Remember(YAML::anchor_t anchor, NodeData* node, std::uint64_t expanded) {
    if (anchor == 0) return;
    if (anchor >= anchors_.size()) anchors_.resize(anchor + 1);
    anchors_[anchor] = Anchor{node, expanded};
  }

  void Leaf(NodeData* n, Position pos, YAML::anchor_t anchor) {
    decoded_ = AddCounts(decoded_, 1);
    Remember(anchor, n, 1);
    Attach(Node(n, pos), 1);
  }

  void Open(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor, bool flow) {
    NodeData* n = doc_.NewNode();
    n->kind = kind;
    n->file = map_.file;
    const Position pos = map_(mark);
    decoded_ = AddCounts(decoded_, 1);
    Remember(anchor, n, 0);  // incomplete: an alias to it now is a cycle
    stack_.push_back(Frame{n, pos, anchor, flow, scratch_.pending.size(), 1});
    scratch_.innermost = pos;
  }

  void Close() {
    const Frame frame = stack_.back();
    stack_.pop_back();
    scratch_.innermost = stack_.empty() ? Position{} : stack_.back().pos;
    const Node* children = scratch_.pending.data() + frame.first;
    const std::size_t count = scratch_.pending.size() - frame.first;
    if (frame.node->kind == Kind::kMapping) {
      ResolveMapping(children, count);
      frame.node->data = doc_.Copy(scratch_.entries.data(), scratch_.entries.size());
      frame.node->size = static_cast<std::uint32_t>(scratch_.entries.size());
    } else {
      frame.node->data = doc_.Copy(children, count);
      frame.node->size = static_cast<std::uint32_t>(count);
    }
    scratch_.pending.resize(frame.first);
    frame.node->complete = true;
    Remember(frame.anchor, frame.node, frame.expanded);
    Attach(Node(frame.node, frame.pos), frame.expanded);
  }

  void Attach(Node node, std::uint64_t expanded) {
    if (stack_.empty()) {
      doc_.SetRoot(node);
      CheckAliasing(node.pos());
      return;
    }
    scratch_.pending.push_back(node);
    stack_.back().expanded = AddCounts(stack_.back().expanded, expanded);
  }

  // go-yaml v2 semantics, applied in document order: a merge key (<<) sets
  // every key of the merged mapping(s) (for a list, earlier mappings win),
  // and any later key overrides an earlier one. Explicit duplicates are
  // recorded for the config-duplicate-key rule. `kv` is key, value, key...
  void ResolveMapping(const Node* kv, std::size_t count) {
    std::vector<Entry>& out = scratch_.entries;
    std::vector<Position>& explicit_at = scratch_.explicit_at;
    out.clear();
    explicit_at.clear();
    // Small mappings are searched in place; big ones through an index, so
    // a mapping of n keys costs n lookups, not n squared.
    constexpr std::size_t kLinear = 16;
    std::unordered_map<std::string_view, std::size_t> index;
    auto find = [&](std::string_view key) -> std::size_t {
      if (out.size() <= kLinear) {
        for (std::size_t i = 0; i < out.size(); ++i)
          if (out[i].key.Text() == key) return i;
        return out.size();
      }
      if (index.empty())
        for (std::size_t i = 0; i < out.size(); ++i) index.emplace(out[i].key.Text(), i);
      auto it = index.find(key);
      return it == index.end() ? out.size() : it->second;
    };
    auto put = [&](const Node& key, const Node& value, bool written_here) {
      const std::size_t i = find(key.Text());
      if (i == out.size()) {
        out.push_back(Entry{key, value});
        explicit_at.push_back(Position{});
        if (!index.empty()) index.emplace(key.Text(), i);
      } else {
        out[i] = Entry{key, value};
      }
      if (!written_here) return;
      if (explicit_at[i].Known())
        diag_.duplicate_keys.push_back(
            DuplicateKey{key.pos(), explicit_at[i], std::string(key.Text())});
      explicit_at[i] = key.pos();
    };
    for (std::size_t i = 0; i + 1 < count; i += 2) {
      const Node& key = kv[i];
      Node value = kv[i + 1];
      if (!key.IsScalar() && !key.IsNull()) {
        Fail(key.pos(), "mapping key is " + std::string(key.Describe()) + ", expected a string");
        continue;
      }
      // yaml-cpp marks an empty value on the next line; its key is the place.
      if (value.IsNull()) value = Node(null_, key.pos());
      if (key.Text() == "<<" && !key.Quoted()) {
        Merge(value, put);
        continue;
      }
      put(key, value, true);
    }
  }

  template <typename Put>
  void Merge(const Node& value, Put& put) {
    if (value.IsMap()) {
      for (const Entry& e : value.Entries()) put(e.key, e.value, false);
      return;
    }
    if (value.IsSeq()) {
      const auto items = value.Items();
      // Earlier mappings take precedence, so apply them last.
      for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (!it->IsMap()) {
          Fail(it->pos(), "merge key (<<) list items must be mappings");
          continue;
        }
        for (const Entry& e : it->Entries()) put(e.key, e.value, false);
      }
      return;
    }
    Fail(value.pos(), "merge key (<<) needs a mapping or a list of mappings");
  }

  void Fail(Position pos, std::string message) {
    failed_ = true;
    diag_.Error(pos, std::move(message));
  }

  yaml::Document& doc_;
  const PositionMapper& map_;
  std::string_view text_;
  Diagnostics& diag_;
  Scratch& scratch_;
  NodeData* null_;  // every null of the document: they differ only in position
  std::unordered_map<std::string_view, NodeData*> shared_[2];  // short scalars: plain, quoted
  std::vector<Frame> stack_;
  std::vector<Anchor> anchors_;  // by yaml-cpp's anchor id: 1, 2, 3... per document
  std::uint64_t decoded_ = 0;    // go-yaml's count of decoded nodes so far
  std::uint64_t aliased_ = 0;    // of which decoded through an alias
  bool aliasing_reported_ = false;
  bool failed_ = false;
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

}  // namespace

bool IsYamlText(std::string_view text) { return ScanText(text).bad == std::string_view::npos; }

std::vector<yaml::Document> ParseYaml(std::string_view text, FileId file,
                                      const YamlParseOptions& options, Diagnostics& diag) {
  std::vector<yaml::Document> docs;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte order mark
  // yaml-cpp keeps offsets in an int.
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    diag.Error(options.collapse_positions ? options.enclosing : Position{file, 0, 0},
               "larger than 2 GiB, the most the YAML parser can read");
    return docs;
  }
  const TextScan scan = ScanText(text);
  const CharCounter chars(text, scan.ascii);
  // Decoded text lives in the file that holds it.
  const PositionMapper map{options.collapse_positions ? options.enclosing.file : file, options,
                           text, &chars};
  if (scan.bad != std::string_view::npos) {
    const YAML::Mark mark = MarkAt(text, scan.bad);
    diag.Error(map(mark), scan.problem + map.Where(mark));
    return docs;
  }
  MemoryBuffer buffer(text);
  std::istream in(&buffer);
  Scratch scratch;
  try {
    YAML::Parser parser(in);
    int last_start = -1;
    while (true) {
      yaml::Document doc;
      TreeBuilder builder(doc, map, text, diag, scratch);
      if (!parser.HandleNextDocument(builder)) break;
      if (builder.failed()) break;
      // Progress guarantee: a document must start past the previous one. One
      // that starts at the same place consumed nothing, and so would the
      // next, for ever (a stray ',' did that before TreeBuilder refused it).
      if (builder.start().pos <= last_start) {
        diag.Error(map(builder.start()), "the YAML parser cannot get past this point");
        break;
      }
      last_start = builder.start().pos;
      docs.push_back(std::move(doc));
      if (options.first_document_only) break;
    }
  } catch (const YAML::DeepRecursion& e) {
    // Its own text says "bad file", and its mark is wherever the scanner had
    // read to (often the end of the file): name the innermost collection.
    diag.Error(
        scratch.innermost.Known() && !options.collapse_positions ? scratch.innermost : map(e.mark),
        "nesting deeper than yaml-cpp's limit of 500 levels" + map.Where(e.mark));
  } catch (const YAML::Exception& e) {
    diag.Error(map(e.mark), SafeMessage(e.msg) + map.Where(e.mark));
  } catch (const std::exception&) {
    diag.Error(Position{file, 0, 0}, "the YAML parser failed on this file");
  }
  return docs;
}

}  // namespace prowlint
