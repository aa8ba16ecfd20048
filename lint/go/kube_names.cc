// SPDX-License-Identifier: Apache-2.0
// See kube_names.h. Messages shortened from apimachinery's.
#include "lint/go/kube_names.h"

#include <cctype>

namespace prowlint {
namespace {

bool AlNum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool Lower(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]
bool NamePart(std::string_view s) {
  if (s.empty() || !AlNum(s.front()) || !AlNum(s.back())) return false;
  for (char c : s)
    if (!AlNum(c) && c != '-' && c != '_' && c != '.') return false;
  return true;
}

// [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*
bool DnsSubdomain(std::string_view s) {
  if (s.empty() || s.size() > 253) return false;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = s.find('.', start);
    const std::string_view label =
        s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
    if (label.empty() || !Lower(label.front()) || !Lower(label.back())) return false;
    for (char c : label)
      if (!Lower(c) && c != '-') return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

const char* kNameRule =
    "must be 63 characters or less, begin and end with an alphanumeric character and hold "
    "only alphanumerics, '-', '_' and '.'";

}  // namespace

std::string QualifiedNameError(std::string_view key) {
  const std::size_t slash = key.find('/');
  std::string_view name = key;
  if (slash != std::string_view::npos) {
    if (key.find('/', slash + 1) != std::string_view::npos)
      return "a qualified name has at most one '/'";
    const std::string_view prefix = key.substr(0, slash);
    if (prefix.empty()) return "the prefix before '/' must be non-empty";
    if (!DnsSubdomain(prefix))
      return "the prefix " + std::string(prefix) +
             " must be a lower-case DNS subdomain of at most 253 characters";
    name = key.substr(slash + 1);
  }
  if (name.empty()) return "the name part must be non-empty";
  if (name.size() > 63 || !NamePart(name)) return std::string("the name part ") + kNameRule;
  return "";
}

std::string LabelValueError(std::string_view value) {
  if (value.empty()) return "";
  if (value.size() > 63 || !NamePart(value)) return std::string("a label value ") + kNameRule;
  return "";
}

}  // namespace prowlint
