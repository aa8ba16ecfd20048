// SPDX-License-Identifier: Apache-2.0
// A temporary directory that must not outlive prowlint even when it is
// stopped by a signal: the --base-ref snapshot (145 MB on test-infra) would
// otherwise stay in $TMPDIR after a CI job is cancelled (SIGTERM) or a user
// presses Ctrl-C. Installed by the command, never by the library.
#pragma once

#include <signal.h>

#include <string>

namespace prowlint {

/// While alive, SIGINT, SIGTERM, SIGHUP and SIGQUIT remove `dir` (through
/// a forked `rm -rf`, the only async-signal-safe way to remove a tree) and
/// then end the process as the signal would have. At most one at a time.
class RemoveOnSignal {
 public:
  explicit RemoveOnSignal(const std::string& dir);
  ~RemoveOnSignal();
  RemoveOnSignal(const RemoveOnSignal&) = delete;
  RemoveOnSignal& operator=(const RemoveOnSignal&) = delete;
};

/// Holds back the signals RemoveOnSignal handles, in this thread, while
/// alive or until Release: a signal between creating the directory and
/// installing RemoveOnSignal would otherwise end the process with the
/// directory left behind. A held signal arrives at Release.
class SignalsHeld {
 public:
  SignalsHeld();
  ~SignalsHeld() { Release(); }
  SignalsHeld(const SignalsHeld&) = delete;
  SignalsHeld& operator=(const SignalsHeld&) = delete;
  void Release();

 private:
  bool held_ = false;
  sigset_t previous_;  // the thread's mask before
};

}  // namespace prowlint
