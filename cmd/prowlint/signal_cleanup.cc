// SPDX-License-Identifier: Apache-2.0
// See signal_cleanup.h.
#include "cmd/prowlint/signal_cleanup.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace prowlint {
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
// Written before the handlers are installed and cleared after they are
// removed: the handler only reads it.
char g_dir[4096];
struct sigaction g_previous[sizeof kSignals / sizeof kSignals[0]];

void RemoveAndDie(int sig) {
  const pid_t pid = fork();
  if (pid == 0) {
    const char* argv[] = {"rm", "-rf", "--", g_dir, nullptr};
    execv("/bin/rm", const_cast<char* const*>(argv));
    _exit(127);
  }
  if (pid > 0) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

RemoveOnSignal::RemoveOnSignal(const std::string& dir) {
  if (dir.empty() || dir.size() >= sizeof g_dir) return;
  std::memcpy(g_dir, dir.c_str(), dir.size() + 1);
  struct sigaction action {};
  action.sa_handler = RemoveAndDie;
  sigemptyset(&action.sa_mask);
  for (int s : kSignals) sigaddset(&action.sa_mask, s);  // one cleanup at a time
  for (std::size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i)
    sigaction(kSignals[i], &action, &g_previous[i]);
}

SignalsHeld::SignalsHeld() {
  sigset_t hold;
  sigemptyset(&hold);
  for (int s : kSignals) sigaddset(&hold, s);
  held_ = pthread_sigmask(SIG_BLOCK, &hold, &previous_) == 0;
}

void SignalsHeld::Release() {
  if (!held_) return;
  held_ = false;
  pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

RemoveOnSignal::~RemoveOnSignal() {
  if (!g_dir[0]) return;
  for (std::size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i)
    sigaction(kSignals[i], &g_previous[i], nullptr);
  g_dir[0] = '\0';
}

}  // namespace prowlint
