// SPDX-License-Identifier: Apache-2.0
// Job-config files parsed for one side of a comparison (prowlint plan, lint
// --base), kept for the other: a file with the same path and the same bytes
// on both sides is parsed once. Most of a bump PR's files are unchanged.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "lint/base/diagnostics.h"
#include "lint/load/load_job_config.h"

namespace prowlint {

/// What loading one job-config file produced.
struct ParsedJobFile {
  JobConfig config;
  Diagnostics diag;
  bool sensitive = false;  // it turned out to hold credentials
  std::size_t bytes = 0;   // its size, for config-updater-too-large
};

class ParseCache {
 public:
  /// The parse of `path` when its content hashes to `hash`, else nullopt.
  /// Safe to call from several threads.
  std::optional<ParsedJobFile> Find(const std::string& path, std::uint64_t hash) const;
  /// Keeps a copy of `parsed` for `path` with `hash`. Safe from several threads.
  void Store(const std::string& path, std::uint64_t hash, const ParsedJobFile& parsed);

  /// A 64-bit FNV-1a hash of `text` (not for security: an accidental collision
  /// would need two different job files of one path on the two sides).
  static std::uint64_t Hash(std::string_view text);

 private:
  mutable std::mutex mu_;
  std::map<std::string, std::pair<std::uint64_t, ParsedJobFile>> files_;
};

}  // namespace prowlint
