// SPDX-License-Identifier: Apache-2.0
// Shared by the fuzz targets: splitting one input into parts, and a check
// that no input error lacks a position in a known file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"

namespace prowlint::fuzz {

/// The input as text, without the first byte when `take_selector` is set
/// (then stored in `selector`): targets use it to choose options.
inline std::string_view Text(const std::uint8_t* data, std::size_t size, std::uint8_t* selector) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (selector) {
    *selector = text.empty() ? 0 : static_cast<std::uint8_t>(text.front());
    if (!text.empty()) text.remove_prefix(1);
  }
  return text;
}

/// Splits `text` at every `separator`, into at most `max_parts` parts (the
/// last one keeps the rest).
inline std::vector<std::string_view> Split(std::string_view text, std::string_view separator,
                                           std::size_t max_parts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    const std::size_t at = text.find(separator);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(0, at));
    text.remove_prefix(at + separator.size());
  }
  parts.push_back(text);
  return parts;
}

/// Every input error names a file, and a line and column that are either
/// both 0 (the whole file) or both 1-based. Aborts otherwise: the fuzzer
/// reports it like a crash.
inline void CheckErrors(const Diagnostics& diag) {
  for (const InputError& e : diag.errors) {
    if (!e.pos.Known() || e.message.empty()) std::abort();
    if ((e.pos.line == 0) != (e.pos.column == 0) || e.pos.line < 0 || e.pos.column < 0)
      std::abort();
  }
}

}  // namespace prowlint::fuzz
