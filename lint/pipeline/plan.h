// SPDX-License-Identifier: Apache-2.0
// `prowlint plan`: where every job lands on each side of a change, what
// moves, and which moves the rules flag. Data until printed: the text, JSON
// and Markdown reporters render a Plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/model/finding.h"
#include "lint/pipeline/pipeline.h"
#include "lint/pipeline/span_changes.h"
#include "lint/prow/placement.h"

namespace prowlint {

struct PlanSide {
  std::string version;  // "v20190208-c35c7e3", or "today's Prow"
  /// Where the version came from: "--target-version", "--current-version",
  /// "the plank image at prow/cluster/plank_deployment.yaml:34:16", or "".
  std::string version_source;
  Placement placement;
};

/// Re-draws (Move::redrawn_by) come first: their harm is the least visible.
struct PlannedMove {
  Move move;
  /// Rules whose head-side findings about these jobs the base side did not
  /// have (the move's consequences), sorted; empty when nothing is flagged.
  std::vector<std::string> rules;
  std::optional<Severity> severity;  // the highest of those findings
};

/// One Prow component's tags on each side of the change (from the deploy
/// manifests): what a bump PR changes.
struct ComponentChange {
  std::string name;                 // "plank"
  std::vector<std::string> current; // its tags on the base side (several workloads may run it)
  std::vector<std::string> target;
};

/// An error the current deploy already has and the target keeps: worded
/// by the reporters as "<message> [<rule>]".
struct AlreadyThere {
  std::string rule;
  std::string message;
  friend bool operator==(const AlreadyThere& a, const AlreadyThere& b) {
    return a.rule == b.rule && a.message == b.message;
  }
};

struct Plan {
  std::optional<PlanSide> current;  // the base side, when there is one
  PlanSide target;
  std::vector<ComponentChange> components;  // by name; empty without manifests
  std::vector<PlannedMove> moves;
  /// Errors the current deploy already has and the target keeps (a deploy
  /// already inside a bug window), one line each.
  std::vector<AlreadyThere> already;
  /// The version table's rows between the two sides' versions that touch
  /// the head's deploy manifests (a removed flag it passes, RBAC it needs).
  std::vector<TableChange> table_changes;
  /// Where the base side read its inputs (LintRun::comparison_notes).
  std::vector<std::string> notes;
};

/// Builds the plan of `head` (and `base`, when comparing). Both runs must have
/// loaded without input errors, and the head's findings be marked against
/// the base's (MarkExisting, MarkRestarted) for `already`.
Plan MakePlan(const LintRun* base, const LintRun& head);

/// Whether a flagged move is at or above `fail_on`.
bool PlanFails(const Plan& plan, Severity fail_on);

/// "--gcs-workers removed; this deploy still passes it" and the like.
std::string TableChangeText(const TableChange& change);

/// "at random on each plank restart" and the like, for "how".
std::string HowPhrase(LandingHow how);

/// How a move happens: HowPhrase of its landing, or "re-drawn at random when
/// this change restarts plank" for a re-draw.
std::string MovePhrase(const Move& move);

/// A link comparing two Prow tags in the repository their commits are in
/// (kubernetes/test-infra up to v20240409, kubernetes-sigs/prow from
/// v20240415: the history was imported with new commit ids); "" when the tags
/// are not both versions of one repository.
std::string ProwCompareUrl(const std::string& from_tag, const std::string& to_tag);

}  // namespace prowlint
