// SPDX-License-Identifier: Apache-2.0
// A compact, read-only YAML tree as Prow's YAML decoder (go-yaml v2 through
// sigs.k8s.io/yaml) would see it: merge keys expanded, duplicate keys resolved
// to the later value, every node positioned. Built by yaml_loader.cc from
// yaml-cpp's event API, so loaders never touch yaml-cpp and pay for no
// YAML::Node (which costs about 40 times the file size). Nodes, texts and
// child arrays live in their Document's arena, sized exactly: a node costs
// 24 bytes, a handle 16, a scalar its bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/position.h"

namespace prowlint::yaml {

enum class Kind : unsigned char { kNull, kScalar, kSequence, kMapping };

struct NodeData;
struct Entry;

/// A read-only view of `size` contiguous T (C++17 has no std::span).
template <typename T>
class Span {
 public:
  Span() = default;
  Span(const T* data, std::size_t size) : data_(data), size_(size) {}
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  std::reverse_iterator<const T*> rbegin() const { return std::reverse_iterator<const T*>(end()); }
  std::reverse_iterator<const T*> rend() const { return std::reverse_iterator<const T*>(begin()); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  /// REQUIRES: i < size().
  const T& operator[](std::size_t i) const { return data_[i]; }
  const T& at(std::size_t i) const {
    if (i >= size_) throw std::out_of_range("yaml::Span::at");
    return data_[i];
  }
  /// REQUIRES: !empty().
  const T& front() const { return data_[0]; }
  const T& back() const { return data_[size_ - 1]; }

 private:
  const T* data_ = nullptr;
  std::size_t size_ = 0;
};

/// A handle to a node at one place of use. For an alias the position is the
/// alias site, not the anchor. A default-constructed Node is "absent"
/// (a missing key); absent and null both answer IsNull().
class Node {
 public:
  Node() = default;
  /// REQUIRES: pos.file is the file of `data` (every node of a Document is
  /// in one file).
  Node(const NodeData* data, Position pos) : data_(data), line_(pos.line), column_(pos.column) {}

  /// True when the key was present (even with a null value).
  bool Present() const { return data_ != nullptr; }
  Kind kind() const;
  bool IsNull() const { return kind() == Kind::kNull; }
  bool IsScalar() const { return kind() == Kind::kScalar; }
  bool IsMap() const { return kind() == Kind::kMapping; }
  bool IsSeq() const { return kind() == Kind::kSequence; }
  Position pos() const;

  /// Scalar text; "" for null or absent, and for collections. Valid while
  /// the Document lives.
  std::string_view Text() const;
  /// Text() as a std::string, for the model.
  std::string Str() const { return std::string(Text()); }
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
  Span<Entry> Entries() const;
  /// Sequence items; empty for other kinds.
  Span<Node> Items() const;

 private:
  const NodeData* data_ = nullptr;
  int line_ = 0;
  int column_ = 0;
};

struct Entry {
  Node key;
  Node value;
};

/// What a node holds. `data` points into the Document's arena: the text's
/// bytes for a scalar, `size` Nodes for a sequence, `size` Entries for a
/// mapping.
struct NodeData {
  Kind kind = Kind::kNull;
  bool quoted = false;
  bool complete = false;  // false while the parser is inside it (alias cycles)
  FileId file = kNoFile;
  std::uint32_t size = 0;
  const void* data = nullptr;
};

/// One YAML document. Owns its nodes; Node handles and texts stay valid
/// while the Document lives (it may be moved).
class Document {
 public:
  Document() = default;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  Node root() const { return root_; }

  // For the parser.
  NodeData* NewNode();
  /// Copies `n` objects (trivially copyable) into the arena.
  template <typename T>
  const T* Copy(const T* from, std::size_t n) {
    if (n == 0) return nullptr;
    void* to = Allocate(n * sizeof(T), alignof(T));
    std::uninitialized_copy(from, from + n, static_cast<T*>(to));
    return static_cast<const T*>(to);
  }
  void SetRoot(Node root) { root_ = root; }

 private:
  // Bump allocation in blocks that grow with the document; a large request
  // gets a block of its own. Everything is freed with the Document.
  void* Allocate(std::size_t bytes, std::size_t align);

  std::vector<std::unique_ptr<std::max_align_t[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  Node root_;
};

}  // namespace prowlint::yaml
