// SPDX-License-Identifier: Apache-2.0
// Regression tests of issue 12 ("unbreakable on bad input") for reading one input file, one per
// defect and named after it. Each failed, or hung and was stopped by its
// deadline, before its fix.
#include "lint/base/read_file.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::FinishesWithin;
using testing::TempDir;

const char kFifo[] = "is a named pipe (FIFO), expected a regular file";

void MakeFifo(const std::string& path) {
  fs::create_directories(fs::path(path).parent_path());
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0) << path;
}

// ReadFile opened anything with fopen: a named pipe with no writer blocked
// every input slot forever.
TEST(ReadFileInput, FifoHungReadFile) {
  TempDir dir;
  const std::string fifo = dir / "pipe.yaml";
  MakeFifo(fifo);
  std::string text, error;
  ASSERT_TRUE(FinishesWithin(10, [&] { ReadFile(fifo, text, error); })) << "hangs";
  EXPECT_FALSE(ReadFile(fifo, text, error));
  EXPECT_EQ(error, kFifo);
  // Symlinks are followed first.
  fs::create_symlink(fifo, dir / "link.yaml");
  EXPECT_FALSE(ReadFile(dir / "link.yaml", text, error));
  EXPECT_EQ(error, kFifo);
}

// A device read as a file: /dev/null as an empty input, /dev/zero without end.
TEST(ReadFileInput, DeviceWasReadAsAFile) {
  std::string text, error;
  EXPECT_FALSE(ReadFile("/dev/null", text, error));
  EXPECT_EQ(error, "is a character device, expected a regular file");
  ASSERT_TRUE(FinishesWithin(10, [&] { ReadFile("/dev/zero", text, error); })) << "hangs";
  EXPECT_FALSE(ReadFile("/dev/zero", text, error));
}

// Found while confining the pipeline fuzzer: /proc/kmsg is a "regular" file that
// blocks its reader, and .prowlint.yaml may name it.
TEST(ReadFileInput, ProcFileWasReadAsAFile) {
  std::string text, error;
  EXPECT_FALSE(ReadFile("/proc/self/status", text, error));
  EXPECT_EQ(error, "is a file of a kernel pseudo-filesystem (/proc, /sys), not an input file");
}

TEST(ReadFileInput, SocketGotAnUnclearError) {
  TempDir dir;
  const std::string path = dir / "socket.yaml";
  const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof addr.sun_path);
  path.copy(addr.sun_path, path.size());
  ASSERT_EQ(bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr), 0);
  std::string text, error;
  EXPECT_FALSE(ReadFile(path, text, error));
  EXPECT_EQ(error, "is a socket, expected a regular file");
  close(fd);
}

}  // namespace
}  // namespace prowlint
