// SPDX-License-Identifier: Apache-2.0
// See parse_cache.h.
#include "lint/load/parse_cache.h"

namespace prowlint {

std::optional<ParsedJobFile> ParseCache::Find(const std::string& path, std::uint64_t hash) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end() || it->second.first != hash) return std::nullopt;
  return it->second.second;
}

void ParseCache::Store(const std::string& path, std::uint64_t hash, const ParsedJobFile& parsed) {
  std::lock_guard<std::mutex> lock(mu_);
  files_[path] = {hash, parsed};
}

std::uint64_t ParseCache::Hash(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace prowlint
