// SPDX-License-Identifier: Apache-2.0
// Progress shows only on a terminal, only after a second, at most ten times a
// second, and wipes itself.
#include "cmd/prowlint/progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace prowlint {
namespace {

using std::chrono::milliseconds;

struct FakeClock {
  Progress::Clock::time_point t{};
  std::function<Progress::Clock::time_point()> Fn() {
    return [this] { return t; };
  }
};

TEST(ProgressTest, QuietDuringTheFirstSecond) {
  std::ostringstream err;
  FakeClock clock;
  {
    Progress p(err, /*terminal=*/true, clock.Fn());
    clock.t += milliseconds(900);
    p(10, 100);
  }
  EXPECT_EQ(err.str(), "");
}

TEST(ProgressTest, ShowsAfterASecondAndWipesItself) {
  std::ostringstream err;
  FakeClock clock;
  {
    Progress p(err, true, clock.Fn());
    clock.t += milliseconds(1200);
    p(10, 100);
    clock.t += milliseconds(50);
    p(11, 100);  // too soon after the last update
    clock.t += milliseconds(100);
    p(20, 100);
  }
  EXPECT_EQ(err.str(),
            "\rprowlint: reading job configs 10/100\rprowlint: reading job configs 20/100\r\x1b[K");
}

TEST(ProgressTest, NeverWithoutATerminal) {
  std::ostringstream err;
  FakeClock clock;
  {
    Progress p(err, /*terminal=*/false, clock.Fn());
    clock.t += milliseconds(5000);
    p(10, 100);
  }
  EXPECT_EQ(err.str(), "");
}

}  // namespace
}  // namespace prowlint
