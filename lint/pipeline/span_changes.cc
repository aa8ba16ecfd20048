// SPDX-License-Identifier: Apache-2.0
#include "lint/pipeline/span_changes.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "lint/go/go_flags.h"

namespace prowlint {
namespace {

// Whether the change at `b` happened between the two versions: `from` does
// not have it and `to` has it (or may: a tag of the merge day).
bool InSpan(const std::optional<ProwVersion>& from, const std::optional<ProwVersion>& to,
            const Boundary& b) {
  return b.Set() && Contains(from, b) == Presence::kNo && Contains(to, b) != Presence::kNo;
}

bool FlagOn(const Component& c, std::string_view flag) {
  const Flag* f = c.FindFlag(flag);
  return f && (!f->value || (!f->value->value.empty() && !GoFalse(f->value->value)));
}

std::string RbacWhat(const RbacRow& row) {
  std::string what = std::string(row.resource);
  if (!row.api_group.empty()) what += "." + std::string(row.api_group);
  return what + " " + std::string(row.verbs);
}

}  // namespace

std::vector<TableChange> ChangesInSpan(const std::optional<ProwVersion>& from,
                                       const std::optional<ProwVersion>& to,
                                       const Manifests& manifests) {
  std::vector<TableChange> out;
  if (!from || !to || from->date == 0 || to->date == 0) return out;
  std::set<std::tuple<TableChangeKind, std::string, std::string>> seen;
  auto add = [&](TableChange change) {
    if (seen.emplace(change.kind, change.component, change.what).second)
      out.push_back(std::move(change));
  };
  for (const Component& c : manifests.components) {
    for (const FlagRow& row : FlagHistory()) {
      if (row.component != c.name) continue;
      const Flag* flag = c.FindFlag(row.flag);
      if (!flag) continue;
      if (InSpan(from, to, row.removed))
        add({row.removed.day, TableChangeKind::kFlagRemoved, c.name, "--" + std::string(row.flag),
             "", flag->name.pos, SourceText(row.removed_source), IsSure(row.removed_certainty),
             /*location=*/{}});
      if (InSpan(from, to, row.added))
        add({row.added.day, TableChangeKind::kFlagAdded, c.name, "--" + std::string(row.flag), "",
             flag->name.pos, SourceText(row.added_source), IsSure(row.added_certainty),
             /*location=*/{}});
    }
    for (const BinaryRow& row : Binaries()) {
      if (row.component == c.name && InSpan(from, to, row.span.until))
        add({row.span.until.day, TableChangeKind::kBinaryRemoved, c.name, c.name,
             std::string(row.replacement), c.image.pos, SourceText(row.source),
             IsSure(row.certainty), /*location=*/{}});
    }
    for (const RbacRow& row : RbacNeeds()) {
      if (row.component != c.name || !InSpan(from, to, row.span.since)) continue;
      if (!row.only_with_flag.empty() && !FlagOn(c, row.only_with_flag)) continue;
      add({row.span.since.day, TableChangeKind::kRbacNeeded, c.name, RbacWhat(row), "", c.image.pos,
           SourceText(row.source), IsSure(row.certainty), /*location=*/{}});
    }
  }
  std::sort(out.begin(), out.end(), [](const TableChange& a, const TableChange& b) {
    return std::tie(a.day, a.component, a.what) < std::tie(b.day, b.component, b.what);
  });
  return out;
}

}  // namespace prowlint
