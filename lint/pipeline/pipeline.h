// SPDX-License-Identifier: Apache-2.0
// The load → resolve → analyse pipeline that every subcommand shares.
// `prowlint lint` runs it once; `prowlint plan` resolves a deploy under two
// versions. A subcommand only turns flags into a LintRequest and a LintRun
// into output and an exit code.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/notes.h"
#include "lint/engine/engine.h"
#include "lint/engine/rule.h"
#include "lint/engine/run_context.h"
#include "lint/load/base_inputs.h"
#include "lint/load/load_deploy.h"
#include "lint/model/deploy.h"
#include "lint/prow/cluster_resolution.h"
#include "lint/prow/target_version.h"
#include "lint/prow/version_semantics.h"

namespace prowlint {

/// Everything one run needs, decided before any file is read.
struct LintRequest {
  InputPaths paths;
  /// Threads that read job configs (0 = one per core).
  unsigned threads = 0;
  /// --target-version; nullopt: the manifests' version, else today's Prow.
  std::optional<ProwVersion> target_version;
  RunContext run;
  std::vector<const Rule*> rules;
  EngineOptions engine;
  /// --baseline FILE ("" = none): findings it lists are left out.
  std::string baseline_path;
};

/// How a run ended, before any exit code is chosen.
enum class Verdict {
  kClean,          // nothing at or above the failure threshold
  kFindings,       // findings at or above it
  kUsageError,     // inputs that contradict each other (an unknown --inventory alias)
  kInputError,     // an input could not be read or parsed: rules did not run
  kInternalError,  // a rule failed inside prowlint
};

/// What one run read, derived and found.
struct LintRun {
  Deploy deploy;
  /// Every run-level remark: the version judged, what loading skipped, what
  /// the version ignores, what rules could not judge.
  Notes notes;
  /// Non-empty: an input could not be used and rules did not run.
  std::vector<InputError> input_errors;
  /// Non-empty: the inputs contradict each other (kUsageError).
  std::string usage_error;
  /// In a comparison: where the base read its inputs (shared, absent,
  /// submodules), as said among `notes` too; plan shows these alone.
  std::vector<std::string> comparison_notes;
  TargetVersion target;
  VersionSemantics semantics;
  ClusterResolution clusters;
  LintResult result;
};

/// "v20190208-c35c7e3: <era>" (with where the manifests name it), or that
/// today's Prow is assumed.
std::string VersionNote(const TargetVersion& target, const VersionSemantics& semantics,
                        const SourceSet& sources);

/// With credentials, an --inventory alias must name one of their aliases (or
/// in-cluster): a misspelt one would leave its cluster silently unjudged.
/// Returns "" or the problem.
std::string CheckInventoryAliases(const Deploy& deploy);

/// With credentials, --service-cluster must name one of their aliases: a
/// misspelt one would judge no alias as the service cluster, and
/// service-cluster-schedulable would pass it. Returns "" or the problem.
std::string CheckServiceClusterAlias(const Deploy& deploy, const std::string& service_cluster);

/// How one side of a comparison is loaded.
struct SideOptions {
  /// Job files parsed by the other side, reused when their bytes are equal.
  ParseCache* cache = nullptr;
  /// The other side's sources: the same path gets the same FileId, so a
  /// cached parse keeps its positions.
  const SourceSet* seed = nullptr;
};

/// Loads, resolves clusters for the target version and runs the rules.
std::unique_ptr<LintRun> RunLint(const LintRequest& request, const LoadProgress& progress = {},
                                 const SideOptions& side = {});

/// The base side of a comparison: where it reads each input, and its version.
struct BaseSide {
  /// Where the base reads an input the head names (lint/load/base_inputs.h).
  BaseLocator locate;
  /// --current-version; nullopt: the base manifests' version, else today's.
  std::optional<ProwVersion> version;
  /// Said among the base's notes (what a snapshot left to the working tree).
  std::vector<std::string> notes;
};

/// Both sides of a change, run with the same rules and options.
struct Comparison {
  std::unique_ptr<LintRun> head;
  std::unique_ptr<LintRun> base;
};

/// Loads and resolves the base side first, then the head, which judges a
/// change from the base's version (RunContext::current_version, unless the
/// request sets it) and parses each job file the base parsed with the same
/// bytes only once. Nothing process-wide changes: the base reads its inputs
/// where `base.locate` says and names them as the head does.
Comparison RunComparison(const LintRequest& request, const BaseSide& base,
                         const LoadProgress& progress = {});

/// Whether the run passes with `fail_on` as the lowest failing severity
/// (nullopt: no finding fails it, --fail-on none). Suppressed and baselined
/// findings never fail it.
Verdict Judge(const LintRun& run, std::optional<Severity> fail_on);

}  // namespace prowlint
