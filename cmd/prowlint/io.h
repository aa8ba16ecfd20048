// SPDX-License-Identifier: Apache-2.0
// The outside world as the commands see it, so tests can run them in-process.
#pragma once

#include <functional>
#include <istream>
#include <ostream>
#include <string>

namespace prowlint {

struct Io {
  std::ostream& out;
  std::ostream& err;
  /// getenv; returns "" for unset.
  std::function<std::string(const std::string&)> env;
  /// Whether `out` / `err` are terminals (colour, progress).
  bool out_is_terminal = false;
  bool err_is_terminal = false;
  /// Today's date, YYYY-MM-DD (suppressions with until=).
  std::string today = "1970-01-01";
  /// Standard input (`--deploy-manifest -`); nullptr when there is none.
  std::istream* in = nullptr;
  bool in_is_terminal = false;
};

}  // namespace prowlint
