// SPDX-License-Identifier: Apache-2.0
// What rules report. Sorted, grouped and rendered by the engine and reporters.
#pragma once

#include <string>
#include <vector>

#include "lint/base/position.h"

namespace prowlint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

/// "info", "warning", "error".
const char* SeverityName(Severity s);

/// A second place a finding involves: the preset that brought a secret in,
/// the credential that defines an alias.
struct Related {
  Position pos;
  std::string message;
};

/// A job a finding affects, and the place in it that the finding is about
/// (the `cluster:` value, the reference to a missing secret).
struct JobRef {
  std::string name;
  Position pos;
  /// The job's cluster alias (for allow-list entries that name an alias).
  std::string alias;
  /// The job's identity across the two sides of a change (JobKey in
  /// lint/prow/job_identity.h; "" where a JobRef is built without a job).
  std::string key;
};

/// What a finding is about, independent of where it is written: the stable
/// part of its fingerprint (lint/engine/fingerprint.h). Findings of one rule with
/// the same subject have the same cause. Every rule sets one.
struct Subject {
  /// What is wrong or missing, named the same on every revision: "secret
  /// test-pods/ssh-key-secret", "alias default", "component sinker", "flag
  /// --foo of component hook"; never a Prow tag, a line or the message.
  std::string object;
  /// The cluster it concerns: a credential alias, "service-cluster", or "".
  std::string cluster;
};

/// How a finding that several jobs share is worded:
/// `before` + "<count> " + `noun` + `after`, e.g. "" "jobs" " need secret ...".
struct GroupWording {
  std::string before;
  std::string noun = "jobs";
  std::string after;
};

struct Finding {
  std::string rule_id;  // stamped by FindingSink, never typed by a rule
  Severity severity = Severity::kError;
  /// The primary location: a place in the repository being linted (see
  /// rules/support/anchor.h); credential files appear only among `related`.
  Position pos;
  std::string message;  // one line, lower-case start, no trailing period
  std::string hint;     // one imperative sentence: what to change
  std::string job;      // the one job it is about, if exactly one
  /// Every job the finding affects, sorted by place; the first is where a
  /// grouped finding is anchored. Empty for findings about no job (or about
  /// one job in a way no other job can share).
  std::vector<JobRef> jobs;
  std::vector<Related> related;
  Subject subject;
  /// Set when `jobs` is non-empty: how to word the finding for many jobs.
  /// The engine merges findings of one rule with the same subject, severity,
  /// wording and hint into one (unless --per-job).
  GroupWording group;
  /// Set by the engine on a finding that stands for a cause (merged from
  /// per-job findings), as opposed to one job's finding under --per-job.
  bool grouped = false;
  /// Set by the engine when an inline `# prowlint:ignore=` directive, a
  /// `.prowlint.yaml` path ignore or allow-list entry covers the finding: it
  /// is counted and listed as suppressed (JSON, SARIF) but does not fail the run.
  bool suppressed = false;
  bool external = false;      // by .prowlint.yaml rather than in the source
  std::string justification;  // the directive's reason
  /// With a base revision compared (lint --base, plan): whether the base
  /// had the same finding by fingerprint (not brought by the change).
  enum class Change { kNotCompared, kNew, kExisting };
  Change change = Change::kNotCompared;
  /// Set by a rule whose harm happens when a component starts (a random
  /// alias draw, a start-up exit, a known-bad window): the component's name
  /// ("plank"). A change that restarts it draws again (lint/prow/restarts.h).
  std::string at_start_of;
  /// With a base compared: the component this change restarts, for a
  /// finding the base had too but the restart brings again (then `change`
  /// is kNew). "" otherwise.
  std::string restarted;
};

/// Orders by file path, line, column, rule id, then message: deterministic
/// output, the same whatever order the files were loaded in.
/// `path_a`/`path_b` are the paths of a.pos.file and b.pos.file.
bool FindingLess(const std::string& path_a, const Finding& a, const std::string& path_b,
                 const Finding& b);

}  // namespace prowlint
