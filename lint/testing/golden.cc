// SPDX-License-Identifier: Apache-2.0
// See golden.h.
#include "lint/testing/golden.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace prowlint::testing {

bool UpdatingGoldens() { return std::getenv("PROWLINT_UPDATE_GOLDEN") != nullptr; }

void ExpectGolden(const std::string& golden, const std::string& actual,
                  const std::string& context) {
  namespace fs = std::filesystem;
  if (UpdatingGoldens()) {
    const fs::path parent = fs::path(golden).parent_path();
    if (!parent.empty()) fs::create_directories(parent);
    std::ofstream(golden, std::ios::binary) << actual;
    ADD_FAILURE() << "rewrote " << golden
                  << " (PROWLINT_UPDATE_GOLDEN is set): review the diff, then run again "
                     "without it";
    return;
  }
  std::ifstream in(golden, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "missing golden " << golden << " (PROWLINT_UPDATE_GOLDEN=1 writes it)";
    return;
  }
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual) << golden << (context.empty() ? "" : "\n" + context);
}

}  // namespace prowlint::testing
