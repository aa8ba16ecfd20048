// SPDX-License-Identifier: Apache-2.0
// The version table's rows dated between the current and the target Prow
// version that touch this deploy: a flag it passes that the span removes, a
// binary it runs that the span removes, RBAC a component it runs needs from a
// day inside the span. The bump-PR report lists them, so a reviewer sees what
// Prow changed under these files, not only a compare link.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"
#include "lint/model/manifest.h"
#include "lint/prow/version_semantics.h"
#include "lint/prow/version_table.h"

namespace prowlint {

enum class TableChangeKind { kFlagRemoved, kFlagAdded, kBinaryRemoved, kRbacNeeded };

struct TableChange {
  Day day = 0;
  TableChangeKind kind = TableChangeKind::kFlagRemoved;
  std::string component;  // "crier"
  std::string what;       // "--gcs-workers", "plank", "leases get,create,update"
  std::string replacement;  // for a removed binary
  Position where;         // the manifest line it touches (flag or image line)
  std::string source;     // "test-infra #26312"
  bool sure = true;       // false: the table says "may"
  std::string location;   // `where` as "path:line:col", set by the plan
};

/// Rows whose day lies after `from` and at or before `to` (a tag built on a
/// row's day counts as maybe having it) and that touch a component of
/// `manifests`. Empty without both versions. Sorted by day, then component.
std::vector<TableChange> ChangesInSpan(const std::optional<ProwVersion>& from,
                                       const std::optional<ProwVersion>& to,
                                       const Manifests& manifests);

}  // namespace prowlint
