// SPDX-License-Identifier: Apache-2.0
// See notes.h.
#include "lint/base/notes.h"

#include <algorithm>

namespace prowlint {

void Notes::Add(std::string note) {
  if (std::find(items_.begin(), items_.end(), note) == items_.end())
    items_.push_back(std::move(note));
}

void Notes::Append(const Notes& other) {
  for (const std::string& n : other.items_) Add(n);
}

}  // namespace prowlint
