// SPDX-License-Identifier: Apache-2.0
// Builds one yaml::Document from a YAML parser's events, whichever parser
// produced them (yaml-cpp for Prow's config, LibYAML for manifests: see
// YamlParser). Owns what both share: go-yaml v2's merge keys, duplicate keys,
// alias sites and cycles, and its alias-bomb guard. Quirks of one parser stay
// in its driver (yaml_loader.cc, libyaml_parser.cc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/yaml/yaml_loader.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint::yaml_build {

/// Turns a parser's 0-based line and character column into a Position,
/// applying YamlParseOptions' collapsed (decoded) and offset (embedded) text.
struct PlaceMapper {
  FileId file;  // the file that holds the text (for decoded text, the enclosing one)
  const YamlParseOptions& options;

  Position At(long line0, long column0) const;
  /// " (in data key "config", decoded, at line 2, column 5)" for decoded
  /// text, where At() only names the enclosing place; "" otherwise.
  std::string Where(long line0, long column0) const;
};

/// A parser's anchor, numbered per document from 1; 0 is "no anchor". A name
/// defined twice gets a new number: later aliases mean the later node.
using AnchorId = std::size_t;

/// Buffers reused by every document of one parse, so building a tree
/// allocates only in the Document's arena.
struct Scratch {
  std::vector<yaml::Node> pending;    // children of every open collection, in order
  std::vector<yaml::Entry> entries;   // a mapping being resolved
  std::vector<Position> explicit_at;  // per entry: where its key was last written
  Position innermost;                 // the innermost open collection (nesting errors)
};

/// What a driver may ask about the innermost open collection.
struct OpenCollection {
  bool any = false;  // false at the document's root
  bool flow = false;
  yaml::Kind kind = yaml::Kind::kNull;
  std::size_t written = 0;  // children so far (a mapping counts keys and values)
};

class TreeBuilder {
 public:
  /// `text_size`: the bytes of the text parsed, which bound how much text
  /// aliases may expand to.
  TreeBuilder(yaml::Document& doc, FileId file, Diagnostics& diag, Scratch& scratch,
              std::size_t text_size);

  void Null(Position pos, AnchorId anchor);
  void Alias(Position pos, AnchorId anchor);
  /// `quoted`: quoted, block or explicitly tagged (never read as a number,
  /// boolean or null).
  void Scalar(Position pos, std::string_view text, bool quoted, AnchorId anchor);
  void Open(yaml::Kind kind, Position pos, AnchorId anchor, bool flow);
  void Close();
  void Fail(Position pos, std::string message);

  bool failed() const { return failed_; }
  std::size_t depth() const { return stack_.size(); }
  OpenCollection Top() const;

 private:
  struct Frame {
    yaml::NodeData* node;
    Position pos;
    AnchorId anchor;
    bool flow;               // [...] or {...}
    std::size_t first;       // its children start at scratch_.pending[first]
    std::uint64_t expanded;  // nodes go-yaml decodes for it, aliases expanded
    std::uint64_t bytes;     // scalar text in it, aliases expanded
  };
  struct Anchor {
    yaml::NodeData* node = nullptr;
    std::uint64_t expanded = 0;  // nodes go-yaml decodes for it
    std::uint64_t bytes = 0;     // scalar text in it, aliases expanded
  };

  yaml::NodeData* SharedScalar(std::string_view text, bool quoted);
  void CheckAliasing(Position pos);
  void CheckAliasedBytes(Position pos);
  void Remember(AnchorId anchor, yaml::NodeData* node, std::uint64_t expanded,
                std::uint64_t bytes);
  void Leaf(yaml::NodeData* n, Position pos, AnchorId anchor);
  void Attach(yaml::Node node, std::uint64_t expanded, std::uint64_t bytes);
  void ResolveMapping(const yaml::Node* kv, std::size_t count);
  template <typename Put>
  void Merge(const yaml::Node& value, Put& put);

  yaml::Document& doc_;
  FileId file_;
  Diagnostics& diag_;
  Scratch& scratch_;
  yaml::NodeData* null_;  // every null of the document: they differ only in position
  std::unordered_map<std::string_view, yaml::NodeData*> shared_[2];  // short scalars: plain, quoted
  std::vector<Frame> stack_;
  std::vector<Anchor> anchors_;  // by AnchorId
  std::uint64_t decoded_ = 0;    // go-yaml's count of decoded nodes so far
  std::uint64_t aliased_ = 0;    // of which decoded through an alias
  std::uint64_t aliased_bytes_ = 0;  // scalar text reached through aliases
  std::uint64_t aliased_bytes_budget_;
  bool aliasing_reported_ = false;
  bool failed_ = false;
};

}  // namespace prowlint::yaml_build
