// SPDX-License-Identifier: Apache-2.0
#include "lint/base/mapped_file.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

TEST(MappedFileTest, MapsTheFile) {
  testing::TempDir dir;
  const std::string text = "apiVersion: v1\nkind: ConfigMap\n";
  dir.Write("a.yaml", text);
  MappedFile f;
  std::string error;
  ASSERT_TRUE(f.Open(dir / "a.yaml", error)) << error;
  EXPECT_EQ(f.text(), text);
  EXPECT_FALSE(f.Shrank());
}

TEST(MappedFileTest, EmptyFileIsEmptyText) {
  testing::TempDir dir;
  dir.Write("empty.yaml", "");
  MappedFile f;
  std::string error;
  ASSERT_TRUE(f.Open(dir / "empty.yaml", error)) << error;
  EXPECT_TRUE(f.text().empty());
  EXPECT_NE(f.text().data(), nullptr);
}

TEST(MappedFileTest, RefusesWhatReadFileRefuses) {
  testing::TempDir dir;
  ASSERT_EQ(mkfifo((dir / "fifo").c_str(), 0600), 0);
  MappedFile f;
  std::string error;
  EXPECT_FALSE(f.Open(dir / "fifo", error));
  EXPECT_EQ(error, "is a named pipe (FIFO), expected a regular file");
  EXPECT_FALSE(f.Open(dir.path(), error));
  EXPECT_EQ(error, "is a directory, expected a file");
  EXPECT_FALSE(f.Open(dir / "missing.yaml", error));
  EXPECT_FALSE(f.Open("/proc/self/status", error));
}

// Another process cutting the file short while it is mapped: reading the
// lost pages would raise SIGBUS and end prowlint. They read as zeros and the
// file says it shrank.
TEST(MappedFileTest, FileCutShortWhileMappedReadsZerosAndSaysSo) {
  EnableMappedInputs();
  testing::TempDir dir;
  const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
  const std::size_t size = 256 * 1024 + 4 * page;  // large enough to be mapped
  dir.Write("big.yaml", std::string(size, 'x'));
  MappedFile f;
  std::string error;
  ASSERT_TRUE(f.Open(dir / "big.yaml", error)) << error;
  ASSERT_EQ(truncate((dir / "big.yaml").c_str(), 0), 0);
  const std::string_view text = f.text();
  ASSERT_EQ(text.size(), size);
  std::size_t zeros = 0;
  for (char c : text) zeros += c == '\0';
  EXPECT_EQ(zeros, size);
  EXPECT_TRUE(f.Shrank());
}

TEST(MappedFileTest, ManyAtOnceAreStillRead) {
  EnableMappedInputs();
  testing::TempDir dir;
  const std::string big(300 * 1024, 'y');  // large enough to be mapped
  dir.Write("big.yaml", big);
  std::vector<MappedFile> files(100);  // more than the guard's slots
  std::string error;
  for (MappedFile& f : files) {
    ASSERT_TRUE(f.Open(dir / "big.yaml", error)) << error;
    EXPECT_EQ(f.text(), big);
  }
}

// The guard takes only the faults of its own mappings: any other SIGBUS
// goes where it went before, and ends the process (by the signal, or by
// AddressSanitizer's report in a checked build).
bool Died(int status) { return !(WIFEXITED(status) && WEXITSTATUS(status) == 0); }

TEST(MappedFileDeathTest, OtherSigbusStillKills) {
  EnableMappedInputs();
  testing::TempDir dir;
  dir.Write("a.yaml", std::string(300 * 1024, 'z'));  // mapped, so the guard is on
  EXPECT_EXIT(
      {
        MappedFile f;
        std::string error;
        if (!f.Open(dir / "a.yaml", error)) _exit(3);
        raise(SIGBUS);
        _exit(0);
      },
      Died, "");
}

// The library maps nothing and changes no SIGBUS disposition until the
// program asks (in a fresh process: the tests above have asked in this one).
TEST(MappedFileDeathTest, NoHandlerUntilTheProgramAsks) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  testing::TempDir dir;
  dir.Write("a.yaml", std::string(300 * 1024, 'z'));  // large enough to be mapped
  EXPECT_EXIT(
      {
        // What the process had (a sanitizer runtime installs its own).
        struct sigaction before;
        struct sigaction after;
        sigaction(SIGBUS, nullptr, &before);
        MappedFile f;
        std::string error;
        if (!f.Open(dir / "a.yaml", error) || f.text().size() != 300 * 1024) _exit(3);
        sigaction(SIGBUS, nullptr, &after);
        _exit(after.sa_sigaction == before.sa_sigaction && after.sa_flags == before.sa_flags ? 0
                                                                                             : 4);
      },
      ::testing::ExitedWithCode(0), "");
}

}  // namespace
}  // namespace prowlint
