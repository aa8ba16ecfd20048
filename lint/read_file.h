// Reading input files. prowlint only ever opens its inputs for reading.
#pragma once

#include <string>

namespace prowlint {

/// Reads the whole file at `path` into `out`. On failure returns false and
/// sets `error` to the reason ("No such file or directory", "is a directory").
bool ReadFile(const std::string& path, std::string& out, std::string& error);

}  // namespace prowlint
