// See read_file.h.
#include "lint/read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace prowlint {

bool ReadFile(const std::string& path, std::string& out, std::string& error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error = "is a directory, expected a file";
    return false;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  out.clear();
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f.get())) > 0) out.append(buffer, n);
  if (std::ferror(f.get())) {
    error = std::strerror(errno);
    return false;
  }
  return true;
}

bool ReadInput(const std::string& path, FileId file, std::string_view what, std::string& text,
               Diagnostics& diag) {
  std::string error;
  if (!ReadFile(path, text, error)) {
    diag.Error(Position{file, 0, 0}, "cannot read " + std::string(what) + ": " + error);
    return false;
  }
  for (Suppression& s : ScanSuppressions(text, file)) diag.suppressions.push_back(std::move(s));
  return true;
}

}  // namespace prowlint
