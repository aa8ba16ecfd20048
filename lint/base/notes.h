// SPDX-License-Identifier: Apache-2.0
// Run-level remarks ("no --inventory given: ..."): what loaders skipped, what
// the target version ignores, what rules could not judge. One channel for
// all of them, so no caller merges streams and each remark is said once.
#pragma once

#include <string>
#include <vector>

namespace prowlint {

class Notes {
 public:
  /// Adds `note` unless it was said already; order is first-said.
  void Add(std::string note);
  /// Adds every note of `other`, in its order.
  void Append(const Notes& other);
  const std::vector<std::string>& items() const { return items_; }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<std::string> items_;
};

}  // namespace prowlint
