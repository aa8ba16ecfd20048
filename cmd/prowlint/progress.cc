// SPDX-License-Identifier: Apache-2.0
// See progress.h.
#include "cmd/prowlint/progress.h"

namespace prowlint {

Progress::Progress(std::ostream& err, bool terminal, std::function<Clock::time_point()> now)
    : err_(err), terminal_(terminal), now_(std::move(now)), start_(now_()) {}

Progress::~Progress() {
  if (shown_) err_ << "\r\x1b[K" << std::flush;
}

void Progress::operator()(std::size_t done, std::size_t total) {
  if (!terminal_) return;
  const Clock::time_point now = now_();
  // Quick runs stay quiet; slow ones update at most ten times a second.
  if (now - start_ < std::chrono::seconds(1)) return;
  if (shown_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  shown_ = true;
  err_ << "\rprowlint: reading job configs " << done << "/" << total << std::flush;
}

}  // namespace prowlint
