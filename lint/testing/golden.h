// SPDX-License-Identifier: Apache-2.0
// The one golden helper of every test: compare with a pinned file, or, with
// PROWLINT_UPDATE_GOLDEN=1, rewrite it and fail, so an update run is never
// mistaken for a passing one (review the diff like code, then run again).
#pragma once

#include <string>

namespace prowlint::testing {

/// Compares `actual` with the file at `golden`, byte for byte. `context` is
/// added to the failure message (say, the command's stderr). A missing
/// golden is a failure that says how to write it.
void ExpectGolden(const std::string& golden, const std::string& actual,
                  const std::string& context = "");

/// Whether this run rewrites goldens (PROWLINT_UPDATE_GOLDEN set).
bool UpdatingGoldens();

}  // namespace prowlint::testing
