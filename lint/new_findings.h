// Which findings a change brings: the head revision's findings compared with
// the base revision's by fingerprint (rule, job or object, cluster; never a
// line), so a finding whose lines merely moved is not new.
#pragma once

#include <vector>

#include "lint/finding.h"

namespace prowlint {

/// Sets Finding::change on every head finding: kExisting when a base finding
/// covers it (lint/fingerprint.h Covers; a cause on both sides is existing
/// even when jobs joined it), else kNew.
void MarkExisting(const std::vector<Finding>& base, std::vector<Finding>& head);

/// Removes the existing findings (--new-only) and returns how many.
std::size_t DropExisting(std::vector<Finding>& findings);

}  // namespace prowlint
