// SPDX-License-Identifier: Apache-2.0
// Input files mapped read-only instead of copied into memory. Deploy trees
// hold multi-megabyte files prowlint mostly skips (test-infra's ProwJob CRD
// is 3.8 MB): reading one into fresh memory cost 4 to 5 ms on a CI-like VM,
// nearly all of it allocating pages, and mapping it from the page cache
// 0.4 ms. Files under 256 KiB are read: for them a mapping costs more than
// it saves. The one hazard of a mapping, a file cut short by another process
// while prowlint reads it, is caught: the missing pages read as zeros
// (never SIGBUS) and Shrank() says so, for an input error. Catching it takes
// a process-wide SIGBUS handler, which a library must not install behind its
// program's back: mapping is off until the program calls EnableMappedInputs
// (prowlint's main does); until then every file is read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace prowlint {

/// Lets MappedFile map large files, installing the SIGBUS guard that makes
/// a file cut short while mapped read as zeros. For a program's main (or a
/// test of the mapping): it changes the process's SIGBUS disposition.
void EnableMappedInputs();

class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  /// Maps the file at `path`, with ReadFile's checks (a regular file, not
  /// in /proc or /sys). On failure returns false and sets `error` to the
  /// reason. An empty file maps to an empty text.
  bool Open(const std::string& path, std::string& error);

  /// Never a null pointer, even for an empty file (C functions refuse one).
  std::string_view text() const { return {data_ != nullptr ? data_ : "", size_}; }
  /// True when part of the file vanished while mapped: text() then holds
  /// zeros where the lost bytes were.
  bool Shrank() const;

 private:
  void Close();
  bool ReadInstead(const std::string& path, std::string& error);

  const char* data_ = nullptr;
  std::size_t size_ = 0;
  int slot_ = -1;     // this mapping's entry in the SIGBUS guard; -1: not mapped
  std::string copy_;  // the file, read, when it could not be mapped
};

}  // namespace prowlint
