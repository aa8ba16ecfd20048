// SPDX-License-Identifier: Apache-2.0
// See read_file.h.
#include "lint/base/read_file.h"

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace prowlint {
namespace {

// Why a file of this type is refused, or nullptr for a regular file. A pipe
// with no writer blocks a reader for ever, a device may never end (or have
// side effects when opened), so only regular files are read.
const char* NotRegular(mode_t mode) {
  if (S_ISREG(mode)) return nullptr;
  if (S_ISDIR(mode)) return "is a directory, expected a file";
  if (S_ISFIFO(mode)) return "is a named pipe (FIFO), expected a regular file";
  if (S_ISCHR(mode)) return "is a character device, expected a regular file";
  if (S_ISBLK(mode)) return "is a block device, expected a regular file";
  if (S_ISSOCK(mode)) return "is a socket, expected a regular file";
  return "is not a regular file";
}

// Files of the kernel's pseudo-filesystems claim to be regular but are not
// data: /proc/kmsg blocks a reader, others never end or change as read.
const char* PseudoFile(int fd) {
  struct statfs fs;
  if (fstatfs(fd, &fs) != 0) return nullptr;
  switch (fs.f_type) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case SECURITYFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
      return "is a file of a kernel pseudo-filesystem (/proc, /sys), not an input file";
    default:
      return nullptr;
  }
}

// The reason stat() failed, naming a dangling symlink as such.
std::string StatError(const std::string& path, int error) {
  struct stat link;
  if (error == ENOENT && lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
    return "is a symbolic link to a file that does not exist";
  return std::strerror(error);
}

// Set once from the command line, before any thread reads.
std::atomic<std::size_t> g_max_input_size{kDefaultMaxInputSize};

}  // namespace

void SetMaxInputSize(std::size_t bytes) { g_max_input_size.store(bytes); }

std::size_t MaxInputSize() { return g_max_input_size.load(std::memory_order_relaxed); }

std::string InputSizeCap() {
  return "the cap of " + std::to_string(MaxInputSize() >> 20) +
         " MiB per input (--max-input-size MIB raises it)";
}

std::string OverInputSizeCap(std::size_t size) {
  return "is " + std::to_string(size) + " bytes, over " + InputSizeCap();
}

bool OpenInputFile(const std::string& path, InputFd& fd, std::size_t& size, std::string& error) {
  // Decide on the type before opening: opening a FIFO for reading blocks
  // until a writer comes, and opening a device can act on it.
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    error = StatError(path, errno);
    return false;
  }
  if (const char* why = NotRegular(st.st_mode)) {
    error = why;
    return false;
  }
  // O_NONBLOCK: should the path have become a FIFO since stat(), opening it
  // still returns at once, and fstat() below refuses it.
  fd.Reset(open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) {
    error = std::strerror(errno);
    return false;
  }
  if (fstat(fd.get(), &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (const char* why = NotRegular(st.st_mode)) {
    error = why;
    return false;
  }
  if (const char* why = PseudoFile(fd.get())) {
    error = why;
    return false;
  }
  size = static_cast<std::size_t>(st.st_size);
  if (size > MaxInputSize()) {
    error = OverInputSizeCap(size);
    return false;
  }
  return true;
}

InputFd::~InputFd() { Reset(-1); }

void InputFd::Reset(int fd) {
  if (fd_ >= 0) close(fd_);
  fd_ = fd;
}

bool ReadFile(const std::string& path, std::string& out, std::string& error) {
  InputFd fd;
  std::size_t size = 0;
  if (!OpenInputFile(path, fd, size, error)) return false;
  // Straight into the string, sized from fstat; a file that grows while it
  // is read is read to its end, one that shrinks is cut where it ends.
  out.resize(size + 1);
  std::size_t used = 0;
  while (true) {
    if (used == out.size()) out.resize(out.size() * 2);
    const ssize_t n = read(fd.get(), &out[used], out.size() - used);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      out.clear();
      return false;
    }
    used += static_cast<std::size_t>(n);
    if (used > MaxInputSize()) {  // it grew past the cap while read
      error = OverInputSizeCap(used);
      out.clear();
      return false;
    }
  }
  out.resize(used);
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
