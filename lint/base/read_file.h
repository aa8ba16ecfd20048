// SPDX-License-Identifier: Apache-2.0
// Reading input files. prowlint only ever opens its inputs for reading.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "lint/base/diagnostics.h"

namespace prowlint {

/// A file descriptor, closed with its owner.
class InputFd {
 public:
  InputFd() = default;
  ~InputFd();
  InputFd(const InputFd&) = delete;
  InputFd& operator=(const InputFd&) = delete;
  int get() const { return fd_; }
  void Reset(int fd);

 private:
  int fd_ = -1;
};

/// The largest input prowlint reads, per file and for standard input: what
/// is read is held in memory, so a 2 GB file (or endless standard input) is
/// refused by its size instead. 256 MiB unless --max-input-size says.
inline constexpr std::size_t kDefaultMaxInputSize = std::size_t{256} << 20;
void SetMaxInputSize(std::size_t bytes);
std::size_t MaxInputSize();
/// "the cap of 256 MiB per input (--max-input-size MIB raises it)".
std::string InputSizeCap();
/// "is <size> bytes, over " InputSizeCap(): why a file was refused.
std::string OverInputSizeCap(std::size_t size);

/// Opens `path` for reading if it is a regular file (after following
/// symlinks) outside the kernel's pseudo-filesystems, and gives its size.
/// A file over MaxInputSize() is refused by its size, unread. A directory, named pipe, device or socket is refused before opening. On
/// failure returns false and sets `error` to the reason.
bool OpenInputFile(const std::string& path, InputFd& fd, std::size_t& size, std::string& error);

/// Reads the whole file at `path` into `out`. Only a regular file (after
/// following symlinks) is opened: a directory, named pipe, device or socket
/// is refused before opening. On failure returns false and sets `error` to
/// the reason ("No such file or directory", "is a named pipe (FIFO), expected
/// a regular file").
bool ReadFile(const std::string& path, std::string& out, std::string& error);

/// Reads input `file` at `path` for a loader. On failure adds the error
/// "cannot read <what>: <reason>" for the whole file and returns false; on
/// success collects the file's `# prowlint:ignore=` directives into `diag`.
bool ReadInput(const std::string& path, FileId file, std::string_view what, std::string& text,
               Diagnostics& diag);

}  // namespace prowlint
