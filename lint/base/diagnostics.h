// SPDX-License-Identifier: Apache-2.0
// Problems found while loading inputs, as opposed to findings of rules.
// Loaders keep going and report every problem here; a file that cannot be read
// or parsed is never skipped silently.
#pragma once

#include <string>
#include <vector>

#include "lint/base/notes.h"
#include "lint/base/position.h"
#include "lint/base/suppression_directive.h"

namespace prowlint {

/// An input that cannot be used as Prow would use it (unreadable, not YAML,
/// wrong shape). Any of these makes the run exit 3 before rules run.
struct InputError {
  Position pos;
  std::string message;  // one line; names things, never secret values
};

/// A mapping key written twice. Prow's YAML decoder keeps the later value
/// silently; prowlint does the same and reports it (rule config-duplicate-key).
struct DuplicateKey {
  Position pos;    // the later (winning) key
  Position first;  // the earlier (ignored) key
  std::string key;
};

struct Diagnostics {
  std::vector<InputError> errors;
  std::vector<DuplicateKey> duplicate_keys;
  /// Not a problem: `# prowlint:ignore=` directives met while reading.
  std::vector<Suppression> suppressions;
  /// Not a problem either: what a loader chose to skip, said once in the output.
  Notes notes;

  void Error(Position pos, std::string message) {
    errors.push_back({pos, std::move(message)});
  }
  void Append(Diagnostics&& other) {
    for (auto& e : other.errors) errors.push_back(std::move(e));
    for (auto& d : other.duplicate_keys) duplicate_keys.push_back(std::move(d));
    for (auto& s : other.suppressions) suppressions.push_back(std::move(s));
    notes.Append(other.notes);
  }
  bool HasErrors() const { return !errors.empty(); }
};

}  // namespace prowlint
