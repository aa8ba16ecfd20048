// SPDX-License-Identifier: Apache-2.0
// A finding's identity across runs: rule, subject (job, object or
// component), cluster; never a line number, a Prow tag or the message, so it
// survives edits that move lines, bumps that change tags and rewordings.
// Baselines (--baseline) and comparisons of two revisions (prowlint lint
// --base) both match findings by it.
#pragma once

#include <string>
#include <string_view>
#include <tuple>

#include "lint/model/finding.h"

namespace prowlint {

struct Fingerprint {
  std::string rule;
  /// The job, for a finding about one job (and every finding under
  /// --per-job); "" for a cause that several jobs may share.
  std::string job;
  /// What is wrong: Subject::object (every finding has one).
  std::string object;
  std::string cluster;  // Subject::cluster

  friend bool operator==(const Fingerprint& a, const Fingerprint& b) {
    return std::tie(a.rule, a.job, a.object, a.cluster) ==
           std::tie(b.rule, b.job, b.object, b.cluster);
  }
  friend bool operator!=(const Fingerprint& a, const Fingerprint& b) { return !(a == b); }
  friend bool operator<(const Fingerprint& a, const Fingerprint& b) {
    return std::tie(a.rule, a.job, a.object, a.cluster) <
           std::tie(b.rule, b.job, b.object, b.cluster);
  }
};

/// A pure function of the finding: its rule, subject, and job unless the
/// finding stands for a cause (Finding::grouped).
Fingerprint FingerprintOf(const Finding& f);

/// Whether `text` holds a Prow tag (vYYYYMMDD-<hex sha>): what changes on
/// every bump, so never part of an identity.
bool HoldsProwTag(std::string_view text);

/// Whether `s` can identify a finding: it names something (non-empty) and
/// holds no Prow tag. The engine turns a finding with an empty subject into
/// an internal error (a rule that forgets its subject is a prowlint bug);
/// the tag is checked by tests over every rule fixture, since names from the
/// user's files may hold one.
bool StableSubject(const Subject& s);

/// Whether `accepted` (from a baseline or the base revision) covers `f`:
/// the same rule, object and cluster, and the same job unless `accepted`
/// names none (a cause covers each job's share of it).
bool Covers(const Fingerprint& accepted, const Fingerprint& f);

/// One line for people: `job-secret-missing secret test-pods/x in cluster
/// build` (with `, job "j"` when it has one).
std::string Describe(const Fingerprint& f);

}  // namespace prowlint
