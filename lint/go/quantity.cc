// SPDX-License-Identifier: Apache-2.0
// See quantity.h.
#include "lint/go/quantity.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace prowlint {

std::optional<long double> ParseQuantity(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  long double value = 0;
  bool digits = false;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, digits = true)
    value = value * 10 + (text[i] - '0');
  if (i < text.size() && text[i] == '.') {
    long double scale = 0.1L;
    for (++i; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, scale /= 10, digits = true)
      value += (text[i] - '0') * scale;
  }
  if (!digits) return std::nullopt;
  const std::string_view suffix = text.substr(i);
  struct Suffix {
    std::string_view text;
    long double factor;
  };
  static const Suffix kSuffixes[] = {
      {"", 1},         {"n", 1e-9L},          {"u", 1e-6L},          {"m", 1e-3L},
      {"k", 1e3L},     {"M", 1e6L},           {"G", 1e9L},           {"T", 1e12L},
      {"P", 1e15L},    {"E", 1e18L},          {"Ki", 1024.0L},       {"Mi", 1048576.0L},
      {"Gi", 1073741824.0L}, {"Ti", 1099511627776.0L}, {"Pi", 1125899906842624.0L},
      {"Ei", 1152921504606846976.0L}};
  long double factor = 0;
  for (const Suffix& s : kSuffixes)
    if (suffix == s.text) factor = s.factor;
  if (factor == 0) {
    // Decimal exponent: e3, E-2.
    if (suffix.size() < 2 || (suffix[0] != 'e' && suffix[0] != 'E')) return std::nullopt;
    std::size_t j = 1;
    bool minus = false;
    if (suffix[j] == '+' || suffix[j] == '-') minus = suffix[j++] == '-';
    if (j >= suffix.size()) return std::nullopt;
    int exponent = 0;
    for (; j < suffix.size(); ++j) {
      if (suffix[j] < '0' || suffix[j] > '9' || exponent > 100) return std::nullopt;
      exponent = exponent * 10 + (suffix[j] - '0');
    }
    factor = std::pow(10.0L, minus ? -exponent : exponent);
  }
  return (negative ? -value : value) * factor;
}

bool SameQuantity(std::string_view a, std::string_view b) {
  const auto x = ParseQuantity(a);
  const auto y = ParseQuantity(b);
  if (!x || !y) return false;
  // Suffixes scale by inexact binary fractions (m = 0.001): compare with a
  // tolerance far below any quantity's precision (nano units).
  return std::fabs(*x - *y) <= 1e-12L * std::max(std::fabs(*x), std::fabs(*y));
}

}  // namespace prowlint
