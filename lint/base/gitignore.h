// SPDX-License-Identifier: Apache-2.0
// gitignore pattern matching for Prow's .prowignore files (Prow uses
// go-gitignore; prow-semantics §3.6).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prowlint {

class IgnoreFile {
 public:
  /// Parses the text of a .prowignore (gitignore syntax).
  static IgnoreFile Parse(std::string_view text);

  /// Decides `path` (relative to the .prowignore's directory, '/'-separated):
  /// nullopt when no pattern matches, true when ignored, false when a
  /// negated pattern re-includes it. The last matching pattern wins.
  std::optional<bool> Match(std::string_view path, bool is_dir) const;

 private:
  struct Pattern {
    std::string glob;
    bool negate = false;
    bool dir_only = false;
    bool anchored = false;  // contains a slash: matched against the whole path
  };
  std::vector<Pattern> patterns_;
};

/// Shell-style glob over '/'-separated paths: `*` and `?` stop at '/', `**`
/// crosses it, `[...]` is a character class.
bool GlobMatch(std::string_view glob, std::string_view path);

}  // namespace prowlint
