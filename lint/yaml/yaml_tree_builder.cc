// SPDX-License-Identifier: Apache-2.0
#include "lint/yaml/yaml_tree_builder.h"

#include <cstdio>
#include <string>
#include <utility>

namespace prowlint::yaml_build {
namespace {

constexpr std::uint64_t MiB = 1 << 20;

using yaml::Entry;
using yaml::Kind;
using yaml::Node;
using yaml::NodeData;

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

// go-yaml's ratio counts nodes, not bytes: Prow shares an aliased string,
// but prowlint's model and its messages copy values, so a 1 MB scalar aliased
// 2,000 times took gigabytes. Aliases may reach this much text (measured
// on the corpus: at most 3 times a file's size, 58 KB); past it the document
// is an input error rather than an exhaustion of memory.
std::uint64_t AliasedBytesBudget(std::size_t text_size) {
  constexpr std::uint64_t kFloor = 4 * MiB;
  constexpr std::uint64_t kPerByte = 2;
  return kFloor + kPerByte * static_cast<std::uint64_t>(text_size);
}

// Node counts of alias bombs overflow; a saturated count still fails above.
std::uint64_t AddCounts(std::uint64_t a, std::uint64_t b) {
  constexpr std::uint64_t kMax = std::uint64_t{1} << 62;
  return a >= kMax || b >= kMax || a + b >= kMax ? kMax : a + b;
}

}  // namespace

Position PlaceMapper::At(long line0, long column0) const {
  if (options.collapse_positions) return options.enclosing;
  // Parsers count from 0; this is the one place that adds 1.
  return Position{file, static_cast<int>(line0) + 1 + options.line_offset,
                  static_cast<int>(column0) + 1 + options.column_offset};
}

std::string PlaceMapper::Where(long line0, long column0) const {
  if (!options.collapse_positions) return "";
  return " (in " + options.what + ", decoded, at line " + std::to_string(line0 + 1) + ", column " +
         std::to_string(column0 + 1) + ")";
}

TreeBuilder::TreeBuilder(yaml::Document& doc, FileId file, Diagnostics& diag, Scratch& scratch,
                         std::size_t text_size)
    : doc_(doc),
      file_(file),
      diag_(diag),
      scratch_(scratch),
      aliased_bytes_budget_(AliasedBytesBudget(text_size)) {
  scratch_.pending.clear();
  scratch_.innermost = Position{};
  null_ = doc_.NewNode();
  null_->kind = Kind::kNull;
  null_->complete = true;
  null_->file = file_;
}

void TreeBuilder::Null(Position pos, AnchorId anchor) { Leaf(null_, pos, anchor); }

void TreeBuilder::Alias(Position pos, AnchorId anchor) {
  if (anchor == 0 || anchor >= anchors_.size() || anchors_[anchor].node == nullptr) {
    Fail(pos, "alias refers to an unknown anchor");
    Attach(Node(null_, pos), 1, 0);  // keep keys and values paired
    return;
  }
  const Anchor& target = anchors_[anchor];
  if (!target.node->complete) {
    // `a: &x [*x]`: go-yaml refuses a node that contains itself.
    Fail(pos, "alias refers to a node that contains it");
    Attach(Node(null_, pos), 1, 0);
    return;
  }
  // go-yaml decodes the alias node, then its target once more.
  decoded_ = AddCounts(decoded_, AddCounts(1, target.expanded));
  aliased_ = AddCounts(aliased_, target.expanded);
  aliased_bytes_ = AddCounts(aliased_bytes_, target.bytes);
  CheckAliasing(pos);
  CheckAliasedBytes(pos);
  // The handle carries the alias site, so findings point where it is used;
  // the node is the anchor's, shared, never copied.
  Attach(Node(target.node, pos), AddCounts(1, target.expanded), target.bytes);
}

void TreeBuilder::Scalar(Position pos, std::string_view text, bool quoted, AnchorId anchor) {
  Leaf(SharedScalar(text, quoted), pos, anchor);
}

void TreeBuilder::Open(Kind kind, Position pos, AnchorId anchor, bool flow) {
  NodeData* n = doc_.NewNode();
  n->kind = kind;
  n->file = file_;
  decoded_ = AddCounts(decoded_, 1);
  Remember(anchor, n, 0, 0);  // incomplete: an alias to it now is a cycle
  stack_.push_back(Frame{n, pos, anchor, flow, scratch_.pending.size(), 1, 0});
  scratch_.innermost = pos;
}

void TreeBuilder::Close() {
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
  Remember(frame.anchor, frame.node, frame.expanded, frame.bytes);
  Attach(Node(frame.node, frame.pos), frame.expanded, frame.bytes);
}

void TreeBuilder::Fail(Position pos, std::string message) {
  failed_ = true;
  diag_.Error(pos, std::move(message));
}

OpenCollection TreeBuilder::Top() const {
  if (stack_.empty()) return {};
  const Frame& top = stack_.back();
  return OpenCollection{true, top.flow, top.node->kind, scratch_.pending.size() - top.first};
}

// Keys and many values repeat through a file ("name", "true", an image):
// one node and one copy of the text serve every short scalar of the same
// text and style. Positions are in the handles, so nothing else differs.
NodeData* TreeBuilder::SharedScalar(std::string_view text, bool quoted) {
  constexpr std::size_t kShared = 48;  // longer texts rarely repeat
  auto& shared = shared_[quoted];
  if (text.size() <= kShared) {
    if (auto it = shared.find(text); it != shared.end()) return it->second;
  }
  NodeData* n = doc_.NewNode();
  n->kind = Kind::kScalar;
  n->quoted = quoted;
  n->complete = true;
  n->file = file_;
  n->size = static_cast<std::uint32_t>(text.size());
  n->data = doc_.Copy(text.data(), text.size());
  if (text.size() <= kShared)
    shared.emplace(std::string_view(static_cast<const char*>(n->data), n->size), n);
  return n;
}

void TreeBuilder::CheckAliasing(Position pos) {
  if (aliasing_reported_ || !ExcessiveAliasing(decoded_, aliased_)) return;
  aliasing_reported_ = true;
  Fail(pos, "document contains excessive aliasing (an alias bomb); Prow's YAML decoder refuses it");
}

void TreeBuilder::CheckAliasedBytes(Position pos) {
  if (aliasing_reported_ || aliased_bytes_ <= aliased_bytes_budget_) return;
  aliasing_reported_ = true;
  char budget[32];
  std::snprintf(budget, sizeof budget, "%.1f",
                static_cast<double>(aliased_bytes_budget_ / (MiB / 10)) / 10);
  Fail(pos, "aliases expand to more than " + std::string(budget) + " MiB of text (4 MiB plus twice the file's size), prowlint's bound on alias "
                "expansion; write fewer aliases of long values");
}

void TreeBuilder::Remember(AnchorId anchor, NodeData* node, std::uint64_t expanded,
                           std::uint64_t bytes) {
  if (anchor == 0) return;
  if (anchor >= anchors_.size()) anchors_.resize(anchor + 1);
  anchors_[anchor] = Anchor{node, expanded, bytes};
}

void TreeBuilder::Leaf(NodeData* n, Position pos, AnchorId anchor) {
  decoded_ = AddCounts(decoded_, 1);
  const std::uint64_t bytes = n->kind == Kind::kScalar ? n->size : 0;
  Remember(anchor, n, 1, bytes);
  Attach(Node(n, pos), 1, bytes);
}

void TreeBuilder::Attach(Node node, std::uint64_t expanded, std::uint64_t bytes) {
  if (stack_.empty()) {
    doc_.SetRoot(node);
    CheckAliasing(node.pos());
    return;
  }
  scratch_.pending.push_back(node);
  stack_.back().expanded = AddCounts(stack_.back().expanded, expanded);
  stack_.back().bytes = AddCounts(stack_.back().bytes, bytes);
}

// go-yaml v2 semantics, applied in document order: a merge key (<<) sets
// every key of the merged mapping(s) (for a list, earlier mappings win),
// and any later key overrides an earlier one. Explicit duplicates are
// recorded for the config-duplicate-key rule. `kv` is key, value, key...
void TreeBuilder::ResolveMapping(const Node* kv, std::size_t count) {
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
    // Parsers mark an empty value where the next token starts, often on the
    // next line; its key is the place.
    if (value.IsNull()) value = Node(null_, key.pos());
    if (key.Text() == "<<" && !key.Quoted()) {
      Merge(value, put);
      continue;
    }
    put(key, value, true);
  }
}

template <typename Put>
void TreeBuilder::Merge(const Node& value, Put& put) {
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

}  // namespace prowlint::yaml_build
