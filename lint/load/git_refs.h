// SPDX-License-Identifier: Apache-2.0
// What to tell someone whose --base-ref names no commit: the branch or tag
// they probably meant, and, where the repository lacks the history (a
// shallow CI checkout, a remote branch never fetched), how to fetch it.
// A CI checkout is shallow by default (actions/checkout's fetch-depth: 1),
// so "not a commit" alone sends people looking for a typo that is not there.
#pragma once

#include <string>

namespace prowlint {

/// Clauses to append to "--base-ref REF: not a commit in TOPLEVEL", each
/// starting with "; ": `; did you mean "main"?`, how to fetch an absent
/// remote branch (`git fetch origin main` for origin/main), and whether the
/// clone is shallow and how to deepen it. "" when git knows nothing to add.
std::string BadRefHint(const std::string& toplevel, const std::string& ref);

}  // namespace prowlint
