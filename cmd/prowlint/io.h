// The outside world as the commands see it, so tests can run them in-process.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace prowlint {

struct Io {
  std::ostream& out;
  std::ostream& err;
  /// getenv; returns "" for unset.
  std::function<std::string(const std::string&)> env;
  /// Whether `out` is a terminal (decides --color auto).
  bool out_is_terminal = false;
};

}  // namespace prowlint
