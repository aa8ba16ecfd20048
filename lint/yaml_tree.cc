// See yaml_tree.h.
#include "lint/yaml_tree.h"

#include <array>
#include <regex>

namespace prowlint::yaml {
namespace {

const std::string kEmptyText;
const std::vector<Entry> kNoEntries;
const std::vector<Node> kNoItems;

}  // namespace

Kind Node::kind() const { return data_ ? data_->kind : Kind::kNull; }

const std::string& Node::Text() const {
  return data_ && data_->kind == Kind::kScalar ? data_->text : kEmptyText;
}

bool Node::Quoted() const { return data_ && data_->quoted; }

std::optional<bool> Node::AsBool() const {
  if (!IsScalar() || Quoted()) return std::nullopt;
  // go-yaml v2 resolve.go: the YAML 1.1 boolean spellings.
  static const std::array<std::string_view, 11> kTrue = {
      "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
  static const std::array<std::string_view, 11> kFalse = {
      "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
  for (auto t : kTrue)
    if (Text() == t) return true;
  for (auto f : kFalse)
    if (Text() == f) return false;
  return std::nullopt;
}

bool Node::IsPlainNonString() const {
  if (!IsScalar() || Quoted()) return false;
  if (AsBool()) return true;
  // go-yaml v2 resolve.go: integers (underscores allowed, 0x/0o/0b prefixes)
  // and YAML 1.1 floats, including .inf and .nan.
  static const std::regex kNumber(
      R"(^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*|(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)$)"
      R"(|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$)");
  return std::regex_match(Text(), kNumber);
}

const char* Node::Describe() const {
  switch (kind()) {
    case Kind::kNull:
      return "null";
    case Kind::kScalar:
      return AsBool() ? "a boolean" : "a scalar";
    case Kind::kSequence:
      return "a list";
    case Kind::kMapping:
      return "a mapping";
  }
  return "a value";
}

Node Node::Get(std::string_view key) const {
  for (const Entry& e : Entries())
    if (e.key.Text() == key) return e.value;
  return Node();
}

Node Node::Key(std::string_view key) const {
  for (const Entry& e : Entries())
    if (e.key.Text() == key) return e.key;
  return Node();
}

const std::vector<Entry>& Node::Entries() const {
  return data_ && data_->kind == Kind::kMapping ? data_->entries : kNoEntries;
}

const std::vector<Node>& Node::Items() const {
  return data_ && data_->kind == Kind::kSequence ? data_->items : kNoItems;
}

}  // namespace prowlint::yaml
