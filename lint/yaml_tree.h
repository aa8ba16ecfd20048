// A compact, read-only YAML tree as Prow's YAML decoder (go-yaml v2 through
// sigs.k8s.io/yaml) would see it: merge keys expanded, duplicate keys resolved
// to the later value, every node positioned. Built by yaml_loader.cc from
// yaml-cpp's event API, so loaders never touch yaml-cpp and pay for no
// YAML::Node (which costs about 40 times the file size).
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/position.h"

namespace prowlint::yaml {

enum class Kind : unsigned char { kNull, kScalar, kSequence, kMapping };

struct NodeData;
struct Entry;

/// A handle to a node at one place of use. For an alias the position is the
/// alias site, not the anchor. A default-constructed Node is "absent"
/// (a missing key); absent and null both answer IsNull().
class Node {
 public:
  Node() = default;
  Node(const NodeData* data, Position pos) : data_(data), pos_(pos) {}

  /// True when the key was present (even with a null value).
  bool Present() const { return data_ != nullptr; }
  Kind kind() const;
  bool IsNull() const { return kind() == Kind::kNull; }
  bool IsScalar() const { return kind() == Kind::kScalar; }
  bool IsMap() const { return kind() == Kind::kMapping; }
  bool IsSeq() const { return kind() == Kind::kSequence; }
  Position pos() const { return pos_; }

  /// Scalar text; "" for null or absent, and for collections.
  const std::string& Text() const;
  /// True for quoted, block and explicitly tagged scalars: these are always
  /// strings, never null or booleans.
  bool Quoted() const;
  /// YAML 1.1 boolean, as go-yaml v2 resolves plain scalars (true/yes/on...).
  std::optional<bool> AsBool() const;
  /// True for a plain scalar go-yaml v2 resolves to a boolean or a number
  /// (`true`, `yes`, `1`, `1.10`, `0x1F`): Prow cannot decode it into a
  /// string field of a job.
  bool IsPlainNonString() const;
  /// The string sigs.k8s.io/yaml makes of a plain scalar bound for a string
  /// field where it coerces: booleans "true"/"false", integers in decimal
  /// ("0x1F" -> "31"), floats as the shortest float32 ("1.10" -> "1.1").
  /// Other scalars keep their text.
  std::string CoercedText() const;
  /// A short noun for messages: "a mapping", "a list", "a string", "null".
  const char* Describe() const;

  /// Mapping lookup with Prow's semantics (later duplicates and merge keys
  /// resolved). Absent when not a mapping or no such key.
  Node Get(std::string_view key) const;
  /// The key node of `key` in a mapping (for positions), or absent.
  Node Key(std::string_view key) const;
  /// Mapping entries after merging and de-duplication, in first-seen order.
  const std::vector<Entry>& Entries() const;
  /// Sequence items; empty for other kinds.
  const std::vector<Node>& Items() const;

 private:
  const NodeData* data_ = nullptr;
  Position pos_;
};

struct Entry {
  Node key;
  Node value;
};

struct NodeData {
  Kind kind = Kind::kNull;
  bool quoted = false;
  bool complete = false;  // false while the parser is inside it (alias cycles)
  std::string text;
  std::vector<Node> items;
  std::vector<Entry> entries;
};

/// One YAML document. Owns its nodes; Node handles stay valid while the
/// Document lives (it may be moved).
class Document {
 public:
  Document() = default;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  Node root() const { return root_; }

  // For the parser.
  NodeData* NewNode() { return &nodes_.emplace_back(); }
  void SetRoot(Node root) { root_ = root; }

 private:
  std::deque<NodeData> nodes_;
  Node root_;
};

}  // namespace prowlint::yaml
