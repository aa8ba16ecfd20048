// SPDX-License-Identifier: Apache-2.0
// "prowlint: reading job configs 1234/5678" on a terminal's stderr, only once
// loading has taken more than a second, and wiped when done.
#pragma once

#include <chrono>
#include <functional>
#include <ostream>

namespace prowlint {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  /// `now` is the clock (tests pass a fake one). Nothing is ever written when
  /// `terminal` is false: logs and pipes get no carriage returns.
  Progress(std::ostream& err, bool terminal, std::function<Clock::time_point()> now = Clock::now);
  ~Progress();

  /// Called with (files done, files in all); from one thread at a time.
  void operator()(std::size_t done, std::size_t total);

 private:
  std::ostream& err_;
  bool terminal_;
  std::function<Clock::time_point()> now_;
  Clock::time_point start_;
  Clock::time_point last_;
  bool shown_ = false;
};

}  // namespace prowlint
