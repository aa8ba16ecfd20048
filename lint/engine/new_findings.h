// SPDX-License-Identifier: Apache-2.0
// Which findings a change brings and which it fixes: the head revision's
// findings compared with the base revision's by fingerprint (rule, subject,
// cluster; never a line, a tag or the wording), so a finding whose lines
// merely moved, or whose message names the new tag, is not new.
#pragma once

#include <vector>

#include "lint/model/finding.h"

namespace prowlint {

/// Sets Finding::change on every head finding: kExisting when a base finding
/// covers it (lint/engine/fingerprint.h Covers; a cause on both sides is existing
/// even when jobs joined it), else kNew.
void MarkExisting(const std::vector<Finding>& base, std::vector<Finding>& head);

/// The base findings that no head finding matches the way MarkExisting
/// matches: what the change fixes. Suppressed ones are left out, as they
/// were never reported.
std::vector<Finding> FixedFindings(const std::vector<Finding>& base,
                                   const std::vector<Finding>& head);

/// Removes the existing findings (--new-only) and returns how many.
std::size_t DropExisting(std::vector<Finding>& findings);

}  // namespace prowlint
