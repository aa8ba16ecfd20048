// SPDX-License-Identifier: Apache-2.0
// See source_lines.h.
#include "lint/report/source_lines.h"

#include "lint/base/read_file.h"

namespace prowlint {

std::optional<std::string> SourceLines::Line(FileId file, int line) {
  auto it = cache_.find(file);
  if (it == cache_.end()) {
    std::string text, error;
    std::optional<std::vector<std::string>> lines;
    if (ReadFile(sources_.Path(file), text, error)) {
      lines.emplace();
      std::size_t start = 0;
      while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string l = text.substr(start, end - start);
        if (!l.empty() && l.back() == '\r') l.pop_back();
        lines->push_back(std::move(l));
        start = end + 1;
      }
    }
    it = cache_.emplace(file, std::move(lines)).first;
  }
  if (!it->second || line < 1 || static_cast<std::size_t>(line) > it->second->size())
    return std::nullopt;
  return (*it->second)[static_cast<std::size_t>(line - 1)];
}

std::size_t TokenLength(const std::string& line, int column) {
  const std::size_t start = static_cast<std::size_t>(column - 1);
  if (start >= line.size()) return 1;
  const char first = line[start];
  if (first == '"' || first == '\'') {
    for (std::size_t i = start + 1; i < line.size(); ++i) {
      if (line[i] == '\\' && first == '"') {
        ++i;
        continue;
      }
      if (line[i] == first) return i - start + 1;
    }
    return line.size() - start;
  }
  std::size_t i = start;
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ' || c == '\t' || c == ',' || c == ']' || c == '}' || c == '#') break;
    if (c == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) break;
    ++i;
  }
  return i > start ? i - start : 1;
}

}  // namespace prowlint
