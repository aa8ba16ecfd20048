// SPDX-License-Identifier: Apache-2.0
// Config keys as written, recorded by the loaders against Prow's key schema
// (lint/prow/prow_schema.h), so config-field-unknown can judge them for any target
// version without seeing YAML. Only keys whose fate depends on the version
// are kept: keys Prow never had, keys it removed, keys matching only up to
// case, and keys added after 2018.
#pragma once

#include <string>
#include <vector>

#include "lint/base/position.h"

namespace prowlint {

/// One place a key is written.
struct KeyUse {
  Position pos;  // the key
  Position job;  // the enclosing job's name, when inside a job
  /// The latest merge day among the keys it sits under (0: none added after
  /// 2018): a version older than that does not read the key's parent.
  int parent_since = 0;
};

/// Every place one key is written in one kind of mapping.
struct KeyUseGroup {
  int type = -1;           // schema type of the mapping holding it
  int field = -1;          // schema field, -1 for a key Prow never had
  bool case_only = false;  // matches `field` only up to case
  std::string key;         // as written
  std::vector<KeyUse> uses;
};

/// Groups in first-seen order.
struct KeyUses {
  std::vector<KeyUseGroup> groups;

  /// Adds `use` to the group of (type, key), creating it at the end.
  KeyUseGroup& Group(int type, const std::string& key);
  /// Appends `other`'s uses after this one's (file order is kept).
  void Append(KeyUses&& other);
};

}  // namespace prowlint
