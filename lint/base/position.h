// SPDX-License-Identifier: Apache-2.0
// Where a value came from in an input file. Every model value a finding can
// point at carries one, so rules never go back to YAML to find a place.
#pragma once

#include <cstdint>
#include <optional>
#include <tuple>

namespace prowlint {

/// Index of an input file in the run's SourceSet. Cheap to copy.
using FileId = std::uint32_t;
inline constexpr FileId kNoFile = UINT32_MAX;

/// A place in an input file. Lines and columns are 1-based, as editors,
/// GitHub annotations and SARIF expect; yaml-cpp's 0-based marks are
/// converted in exactly one place (yaml_loader.cc). Line 0 means "the whole
/// file" (for example a file that cannot be read).
struct Position {
  FileId file = kNoFile;
  int line = 0;
  int column = 0;

  bool Known() const { return file != kNoFile; }
  friend bool operator==(const Position& a, const Position& b) {
    return std::tie(a.file, a.line, a.column) == std::tie(b.file, b.line, b.column);
  }
  friend bool operator!=(const Position& a, const Position& b) { return !(a == b); }
  friend bool operator<(const Position& a, const Position& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  }
};

/// A value and the place it was written.
template <typename T>
struct Located {
  T value{};
  Position pos;
};

/// Whether an optional flag was written and set to true (an absent one is false).
inline bool IsTrue(const std::optional<Located<bool>>& b) { return b && b->value; }

}  // namespace prowlint
