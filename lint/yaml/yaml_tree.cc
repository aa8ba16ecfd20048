// SPDX-License-Identifier: Apache-2.0
// See yaml_tree.h.
#include "lint/yaml/yaml_tree.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <new>

namespace prowlint::yaml {

Kind Node::kind() const { return data_ ? data_->kind : Kind::kNull; }

Position Node::pos() const { return Position{data_ ? data_->file : kNoFile, line_, column_}; }

std::string_view Node::Text() const {
  if (!data_ || data_->kind != Kind::kScalar) return {};
  return std::string_view(static_cast<const char*>(data_->data), data_->size);
}

bool Node::Quoted() const { return data_ && data_->quoted; }

std::optional<bool> Node::AsBool() const {
  if (!IsScalar() || Quoted()) return std::nullopt;
  // go-yaml v2 resolve.go: the YAML 1.1 boolean spellings.
  static const std::array<std::string_view, 11> kTrue = {
      "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"};
  static const std::array<std::string_view, 11> kFalse = {
      "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"};
  const std::string_view text = Text();
  for (auto t : kTrue)
    if (text == t) return true;
  for (auto f : kFalse)
    if (text == f) return false;
  return std::nullopt;
}

namespace {

bool AllOf(std::string_view s, bool (*pred)(char)) {
  if (s.empty()) return false;
  for (char c : s)
    if (!pred(c)) return false;
  return true;
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// go-yaml v2 resolve.go: integers (underscores allowed, 0b/0o/0x prefixes)
// and YAML 1.1 floats, including .inf and .nan. A scanner, not std::regex,
// whose recursion overflows the stack on long values.
bool IsYamlNumber(std::string_view t) {
  if (t == ".nan" || t == ".NaN" || t == ".NAN") return true;
  if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
  if (t == ".inf" || t == ".Inf" || t == ".INF") return true;
  auto digits_or_underscore = [](std::string_view d, bool (*digit)(char)) {
    if (d.empty()) return false;
    for (char c : d)
      if (c != '_' && !digit(c)) return false;
    return true;
  };
  if (t.size() > 2 && t[0] == '0') {
    const std::string_view rest = t.substr(2);
    if (t[1] == 'b') return digits_or_underscore(rest, [](char c) { return c == '0' || c == '1'; });
    if (t[1] == 'o') return digits_or_underscore(rest, [](char c) { return c >= '0' && c <= '7'; });
    if (t[1] == 'x')
      return digits_or_underscore(rest, [](char c) {
        return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      });
  }
  if (IsDigit(t.empty() ? ' ' : t[0]) && digits_or_underscore(t, IsDigit)) return true;
  // Float: (\.[0-9]+ | [0-9]+(\.[0-9]*)?) ([eE][-+]?[0-9]+)?
  std::size_t i = 0;
  std::size_t int_digits = 0;
  while (i < t.size() && IsDigit(t[i])) ++i, ++int_digits;
  std::size_t frac_digits = 0;
  if (i < t.size() && t[i] == '.') {
    ++i;
    while (i < t.size() && IsDigit(t[i])) ++i, ++frac_digits;
    if (int_digits == 0 && frac_digits == 0) return false;
  } else if (int_digits == 0) {
    return false;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
    if (!AllOf(t.substr(i), IsDigit)) return false;
    i = t.size();
  }
  return i == t.size();
}

}  // namespace

bool Node::IsPlainNonString() const {
  if (!IsScalar() || Quoted()) return false;
  if (AsBool()) return true;
  return IsYamlNumber(Text());
}

std::string Node::CoercedText() const {
  if (!IsPlainNonString()) return std::string(Text());
  if (auto b = AsBool()) return *b ? "true" : "false";
  std::string t;
  for (char c : Text())
    if (c != '_') t.push_back(c);
  // Integers as go-yaml v2 reads them (strconv.ParseInt base 0, plus 0b).
  const bool negative = !t.empty() && t[0] == '-';
  std::string digits = (!t.empty() && (t[0] == '-' || t[0] == '+')) ? t.substr(1) : t;
  int base = 10;
  if (digits.rfind("0x", 0) == 0)
    base = 16, digits = digits.substr(2);
  else if (digits.rfind("0o", 0) == 0)
    base = 8, digits = digits.substr(2);
  else if (digits.rfind("0b", 0) == 0)
    base = 2, digits = digits.substr(2);
  else if (digits.size() > 1 && digits[0] == '0')
    base = 8, digits = digits.substr(1);
  long long value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty())
    return std::to_string(negative ? -value : value);
  // Floats: Go formats a float32 with the fewest digits that read back.
  if (t == ".inf" || t == "+.inf" || t == ".Inf" || t == "+.Inf" || t == ".INF" || t == "+.INF")
    return "+Inf";
  if (t == "-.inf" || t == "-.Inf" || t == "-.INF") return "-Inf";
  if (t == ".nan" || t == ".NaN" || t == ".NAN") return "NaN";
  double d = 0;
  auto [fend, fec] = std::from_chars(t.data() + (t[0] == '+' ? 1 : 0), t.data() + t.size(), d);
  if (fec != std::errc() || fend != t.data() + t.size()) return std::string(Text());
  char buffer[64];
  auto [out, oec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<float>(d));
  return oec == std::errc() ? std::string(buffer, out) : std::string(Text());
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

Span<Entry> Node::Entries() const {
  if (!data_ || data_->kind != Kind::kMapping) return {};
  return Span<Entry>(static_cast<const Entry*>(data_->data), data_->size);
}

Span<Node> Node::Items() const {
  if (!data_ || data_->kind != Kind::kSequence) return {};
  return Span<Node>(static_cast<const Node*>(data_->data), data_->size);
}

NodeData* Document::NewNode() {
  return new (Allocate(sizeof(NodeData), alignof(NodeData))) NodeData();
}

void* Document::Allocate(std::size_t bytes, std::size_t align) {
  // Texts need no alignment and nodes only theirs: padding every object to
  // max_align_t cost a third of a dense file's tree.
  const std::size_t pad = (align - reinterpret_cast<std::uintptr_t>(next_) % align) % align;
  if (pad + bytes > left_) {
    // Blocks grow with the document (a small file stays small); a request
    // bigger than a quarter block gets its own block and leaves the
    // current one in use.
    const std::size_t block = std::min<std::size_t>(std::size_t{4096} << (blocks_.size() / 2),
                                                    std::size_t{1} << 20);
    constexpr std::size_t kUnit = sizeof(std::max_align_t);
    if (bytes > block / 4) {
      blocks_.emplace_back(new std::max_align_t[(bytes + kUnit - 1) / kUnit]);
      return blocks_.back().get();
    }
    blocks_.emplace_back(new std::max_align_t[block / kUnit]);
    next_ = reinterpret_cast<char*>(blocks_.back().get());
    left_ = block;
    return Allocate(bytes, align);
  }
  char* out = next_ + pad;
  next_ += pad + bytes;
  left_ -= pad + bytes;
  return out;
}

}  // namespace prowlint::yaml
