// SPDX-License-Identifier: Apache-2.0
#include "lint/base/mapped_file.h"

#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <mutex>

#include "lint/base/read_file.h"

namespace prowlint {
namespace {

// The SIGBUS guard. Touching a page of a mapping past the end of its file
// (cut short since it was mapped) raises SIGBUS. For an address in one of
// our mappings, the handler puts a page of zeros there and notes it; the
// access then repeats and reads zeros. Any other SIGBUS goes to the handler
// that was there before (or the default action), as if the guard were not.
struct Slot {
  std::atomic<bool> used{false};
  std::atomic<std::uintptr_t> begin{0};  // 0 while the slot is being filled
  std::atomic<std::uintptr_t> end{0};
  std::atomic<bool> shrank{false};
};
static_assert(std::atomic<std::uintptr_t>::is_always_lock_free, "read in a signal handler");
static_assert(std::atomic<bool>::is_always_lock_free, "read in a signal handler");

constexpr int kSlots = 64;  // mappings open at once; beyond that, files are read
Slot g_slots[kSlots];
struct sigaction g_previous;
std::uintptr_t g_page = 4096;

void OnSigbus(int sig, siginfo_t* info, void*) {
  if (info->si_code <= 0) {
    // Sent (kill, raise), not a fault: the previous disposition takes it.
    sigaction(SIGBUS, &g_previous, nullptr);
    raise(sig);
    return;
  }
  const auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
  for (Slot& s : g_slots) {
    const std::uintptr_t begin = s.begin.load(std::memory_order_acquire);
    if (begin == 0 || addr < begin || addr >= s.end.load(std::memory_order_relaxed)) continue;
    void* page = reinterpret_cast<void*>(addr & ~(g_page - 1));
    const int saved = errno;
    const bool patched =
        mmap(page, g_page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED;
    errno = saved;
    if (patched) {
      s.shrank.store(true, std::memory_order_relaxed);
      return;
    }
    break;
  }
  // Not ours (or not patchable): restore what was there; the faulting
  // access repeats and meets it.
  sigaction(SIGBUS, &g_previous, nullptr);
}

std::atomic<bool> g_enabled{false};

void InstallGuard() {
  static std::once_flag once;
  std::call_once(once, [] {
    g_page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    struct sigaction action;
    std::memset(&action, 0, sizeof action);
    action.sa_sigaction = OnSigbus;
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    sigaction(SIGBUS, &action, &g_previous);
  });
}

int ClaimSlot(const char* data, std::size_t size) {
  for (int i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (!g_slots[i].used.compare_exchange_strong(expected, true)) continue;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    g_slots[i].shrank.store(false, std::memory_order_relaxed);
    g_slots[i].end.store(begin + size, std::memory_order_relaxed);
    g_slots[i].begin.store(begin, std::memory_order_release);
    return i;
  }
  return -1;
}

void ReleaseSlot(int i) {
  g_slots[i].begin.store(0, std::memory_order_release);
  g_slots[i].end.store(0, std::memory_order_relaxed);
  g_slots[i].used.store(false, std::memory_order_release);
}

}  // namespace

void EnableMappedInputs() {
  InstallGuard();
  g_enabled.store(true, std::memory_order_release);
}

MappedFile::~MappedFile() { Close(); }

void MappedFile::Close() {
  if (slot_ >= 0) {
    munmap(const_cast<char*>(data_), size_);
    ReleaseSlot(slot_);
  }
  copy_.clear();
  data_ = nullptr;
  size_ = 0;
  slot_ = -1;
}

bool MappedFile::Open(const std::string& path, std::string& error) {
  Close();
  InputFd fd;
  std::size_t size = 0;
  if (!OpenInputFile(path, fd, size, error)) return false;
  if (size == 0) return true;
  // A mapping costs two system calls and its page-table work: for a small
  // file, reading is cheaper (measured on the corpus deploy trees).
  constexpr std::size_t kMapFrom = 256 * 1024;
  if (size < kMapFrom || !g_enabled.load(std::memory_order_acquire))
    return ReadInstead(path, error);
  // MAP_POPULATE: every page is read anyway (the pre-scan touches them all),
  // and one call maps them faster than a fault per 16 pages.
  void* p = mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd.get(), 0);
  if (p == MAP_FAILED) {
    error = std::strerror(errno);
    return false;
  }
  data_ = static_cast<const char*>(p);
  size_ = size;
  slot_ = ClaimSlot(data_, size_);
  if (slot_ >= 0) return true;
  // Every slot taken (64 files mapped at once): no guard for this one, so
  // no mapping either; it is read like any other input.
  munmap(p, size);
  data_ = nullptr;
  size_ = 0;
  return ReadInstead(path, error);
}

bool MappedFile::ReadInstead(const std::string& path, std::string& error) {
  if (!ReadFile(path, copy_, error)) return false;
  data_ = copy_.data();
  size_ = copy_.size();
  return true;
}

bool MappedFile::Shrank() const {
  return slot_ >= 0 && g_slots[slot_].shrank.load(std::memory_order_relaxed);
}

}  // namespace prowlint
