// SPDX-License-Identifier: Apache-2.0
// Lines of the input files, read on demand for the text reporter's snippets.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/source_set.h"

namespace prowlint {

class SourceLines {
 public:
  explicit SourceLines(const SourceSet& sources) : sources_(sources) {}

  /// Line `line` (1-based) of `file` without its line ending; nullopt when the
  /// file cannot be read or is shorter.
  std::optional<std::string> Line(FileId file, int line);

 private:
  const SourceSet& sources_;
  std::map<FileId, std::optional<std::vector<std::string>>> cache_;
};

/// How many characters from `column` (1-based) the YAML token there spans:
/// a quoted scalar to its closing quote, otherwise up to whitespace, a flow
/// indicator, a comment or a key's ": ". At least 1.
std::size_t TokenLength(const std::string& line, int column);

}  // namespace prowlint
