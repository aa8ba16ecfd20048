// SPDX-License-Identifier: Apache-2.0
// Flags a target tag (or a component's tag) inside a window the version
// table knows broke Prow, or naming a binary that does not exist at it.
// Why: see rules/prow_version_known_bad.md.
#include "lint/base/text.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ProwVersionKnownBad final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "prow-version-known-bad",
        "The Prow tag being deployed is in a range the version table knows broke Prow, or "
        "names a component that has no image at that tag.",
        Severity::kError, static_cast<unsigned>(RuleTag::kVersion)};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const std::optional<ProwVersion>& target = analysis.target.version;
    if (target && target->date != 0) CheckTarget(analysis, *target, sink);
    for (const Component& c : analysis.deploy.manifests.components) {
      if (!c.version || c.version->date == 0) continue;
      CheckComponent(c, sink);
    }
  }

 private:
  // The windows of the scheduling component and the tags prow.k8s.io rolled
  // back, judged for the target version.
  static void CheckTarget(const Analysis& analysis, const ProwVersion& v, FindingSink& sink) {
    for (const KnownBadRow& row : KnownBadTags()) {
      if (row.what == KnownBad::kRolledBack) {
        if (row.tag != v.tag) continue;
        Report(analysis, sink, "target version rolled back in " + SourceText(row.source),
               Severity::kWarning, FirstJobOn(analysis, ""),
               v.tag + " was rolled back on prow.k8s.io to " + std::string(row.safe_before) + " (" +
                   SourceText(row.source) + ": " + std::string(row.note) + ")",
               "read " + SourceText(row.source) + " before deploying it, or deploy a later tag");
        continue;
      }
      if (row.component != "plank") continue;
      const Presence in = Within(v, row.span);
      if (in == Presence::kNo) continue;
      const Harm harm = HarmOf(analysis, row.what);
      if (harm == Harm::kNone) continue;
      const bool sure = in == Presence::kYes && harm == Harm::kCertain && IsSure(row.certainty);
      std::string message = v.tag + (in == Presence::kYes ? " is" : " may be") + " in the " +
                            WindowName(row) + ": " + WhatBroke(analysis, row.what) + " (" +
                            SourceText(row.source) + ")";
      if (in == Presence::kMaybe) message += "; it was built on the day that changed";
      if (harm == Harm::kPossible) message += PossibleClause(row.what);
      Finding* f =
          Report(analysis, sink, "target version in the " + WindowName(row),
                 sure ? Severity::kError : Severity::kWarning, JobAnchor(analysis, row.what),
                 std::move(message),
                 "deploy " + std::string(row.safe_before) + " (the last safe tag before) or " +
                     std::string(row.safe_after) + " (the first safe tag after) instead");
      // The window's harm is drawn when the scheduler starts.
      if (f) f->at_start_of = analysis.target.scheduler ? analysis.target.scheduler->name : "plank";
    }
  }

  static void CheckComponent(const Component& c, FindingSink& sink) {
    Presence missing = Presence::kNo;
    if (const BinaryRow* row = MissingBinary(c.name, c.version, &missing)) {
      const bool removed =
          row->span.until.Set() && Contains(c.version, row->span.until) != Presence::kNo;
      const Boundary& b = removed ? row->span.until : row->span.since;
      std::string message = "there " + std::string(missing == Presence::kYes ? "is" : "may be") +
                            " no " + c.name + " image at " + c.version->tag + ": the binary was " +
                            (removed ? "removed on " : "added on ") + DayText(b.day) + " (" +
                            SourceText(row->source) + ")";
      if (removed && !b.last_without.empty() && b.last_without != c.version->tag)
        message += ", last built at " + std::string(b.last_without);
      if (!removed && !b.first_with.empty() && b.first_with != c.version->tag)
        message += ", first built at " + std::string(b.first_with);
      Finding& f =
          sink.Report(missing == Presence::kYes && IsSure(row->certainty) ? Severity::kError
                                                                          : Severity::kWarning,
                      c.image.pos, std::move(message) + ", so the pod cannot pull it",
                      row->replacement.empty()
                          ? "deploy a tag that has " + c.name
                          : "replace " + c.name + " with " + std::string(row->replacement));
      f.subject = {"image of " + ComponentSubject(c), ""};
      f.at_start_of = c.name;  // the next pull fails: a restart is the harm
    }
    for (const KnownBadRow& row : KnownBadTags()) {
      if (row.what != KnownBad::kSinkerRandomDefault || row.component != c.name) continue;
      const Presence in = Within(c.version, row.span);
      if (in == Presence::kNo) continue;
      // Only pod garbage collection suffers, and only with a literal
      // "default" cluster: a warning.
      Finding& f = sink.Report(
          Severity::kWarning, c.image.pos,
          c.name + " " + c.version->tag + (in == Presence::kYes ? " renames" : " may rename") +
              " the service cluster to \"default\" at random, so pods of jobs on a literal "
              "\"default\" cluster may never be garbage-collected (" +
              SourceText(row.source) + ")",
          "deploy " + c.name + " " + std::string(row.safe_after) + " or later");
      f.subject = {ComponentSubject(c) + " in the window of " + SourceText(row.source), ""};
      f.at_start_of = c.name;  // the name is drawn at each start
    }
  }

  // Whether the window's bug bites this deploy.
  enum class Harm { kNone, kPossible, kCertain };
  static Harm HarmOf(const Analysis& analysis, KnownBad what) {
    const Deploy& deploy = analysis.deploy;
    const ClusterResolution& res = analysis.clusters;
    switch (what) {
      case KnownBad::kFlagRedefinedPanic:
        return Harm::kCertain;  // plank never starts
      case KnownBad::kPodsInProwJobNamespace:
        if (!deploy.config.given) return Harm::kPossible;
        return deploy.config.prowjob_namespace.value == deploy.config.pod_namespace.value
                   ? Harm::kNone
                   : Harm::kCertain;
      // With credentials, the cluster resolution knows whether the window
      // bites, and literal-default-alias or service-cluster-schedulable
      // reports it with every job it moves: one cause, one finding. Without
      // them, only this rule can say the tag is in the window.
      case KnownBad::kRandomDefault:        // only a literal "default" is clobbered
      case KnownBad::kBuildClusterIgnored:  // only --build-cluster clusters are lost
        return res.judged ? Harm::kNone : Harm::kPossible;
      case KnownBad::kSinkerRandomDefault:
      case KnownBad::kRolledBack:
        return Harm::kNone;  // not judged for the target
    }
    return Harm::kNone;
  }

  static std::string WindowName(const KnownBadRow& row) {
    switch (row.what) {
      case KnownBad::kPodsInProwJobNamespace:
        return "2019-02-05 pod-namespace window";
      case KnownBad::kRandomDefault:
        return "2019-02-08 alias window";
      case KnownBad::kFlagRedefinedPanic:
        return "2019-01-31 crash window";
      case KnownBad::kBuildClusterIgnored:
        return "2019-01-28 build-cluster window";
      case KnownBad::kSinkerRandomDefault:
      case KnownBad::kRolledBack:
        break;
    }
    return "known-bad range " + DayText(row.span.since.day) + " to " + DayText(row.span.until.day);
  }

  static std::string WhatBroke(const Analysis& analysis, KnownBad what) {
    const ProwConfig& config = analysis.deploy.config;
    switch (what) {
      case KnownBad::kPodsInProwJobNamespace:
        return "plank creates every job pod, in every build cluster, in prowjob_namespace " +
               Quote(config.prowjob_namespace.value) + " instead of pod_namespace " +
               Quote(config.pod_namespace.value) + ", where the secrets jobs need are missing";
      case KnownBad::kRandomDefault:
        return "plank replaces the literal \"default\" cluster with the service cluster at "
               "random on each start";
      case KnownBad::kFlagRedefinedPanic:
        return "plank panics at start-up (flag redefined: build-cluster), so no job runs";
      case KnownBad::kBuildClusterIgnored:
        return "plank ignores --build-cluster: jobs on \"default\" run in the service cluster and "
               "other aliases are unknown";
      case KnownBad::kSinkerRandomDefault:
      case KnownBad::kRolledBack:
        break;
    }
    return "";
  }

  static std::string PossibleClause(KnownBad what) {
    switch (what) {
      case KnownBad::kPodsInProwJobNamespace:
        return "; without --config-path it cannot tell whether prowjob_namespace differs";
      case KnownBad::kRandomDefault:
      case KnownBad::kBuildClusterIgnored:
        return "; without credentials it cannot tell whether this deploy is hit";
      default:
        return "";
    }
  }

  // Without manifests, a job the window hits (or the config line behind it)
  // stands for the version: --target-version has no place in a file.
  static Position JobAnchor(const Analysis& analysis, KnownBad what) {
    if (what == KnownBad::kRandomDefault || what == KnownBad::kBuildClusterIgnored)
      return FirstJobOn(analysis, "default");
    return FirstJobOn(analysis, "");
  }

  // `subject` names what is at fault without its tag: the target version
  // stays the same subject across a bump.
  // The finding, or nullptr when nothing in the repository could hold it.
  static Finding* Report(const Analysis& analysis, FindingSink& sink, const std::string& subject,
                         Severity severity, Position job, std::string message, std::string hint) {
    const Position config = analysis.deploy.config.pod_namespace.pos;
    const Position at = VersionAnchor(analysis, job, config);
    if (!at.Known()) {
      sink.Note(message + ": " + hint);
      return nullptr;
    }
    Finding& f = sink.Report(severity, at, std::move(message), std::move(hint));
    f.subject = {subject, ""};
    AddCredentialPlaces(analysis, f);
    return &f;
  }
};

}  // namespace

std::unique_ptr<Rule> NewProwVersionKnownBad() { return std::make_unique<ProwVersionKnownBad>(); }

}  // namespace prowlint::rules
