// SPDX-License-Identifier: Apache-2.0
// Flags components missing a flag their tag needs (--config-path,
// --dry-run=false, --deck-url), and boolean flags Go reads differently from
// how they are written. Why: see rules/component_flag_required.md.
#include "lint/base/text.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class ComponentFlagRequired final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "component-flag-required",
        "A component lacks a flag its tag needs, so it exits at start or silently does "
        "nothing.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Component& c : analysis.deploy.manifests.components) {
      CheckBooleans(c, sink);
      if (!c.version || c.version->date == 0) continue;
      if (MissingBinary(c.name, c.version, nullptr)) continue;
      // Rows that fire; an exit at start makes "does nothing" moot.
      std::vector<std::pair<const RequiredFlagRow*, Presence>> missing;
      bool exits = false;
      for (const RequiredFlagRow& row : RequiredFlags()) {
        if (row.component != c.name) continue;
        const Presence in = Within(c.version, row.span);
        if (in == Presence::kNo || Satisfied(c, row) || SplitBoolean(c, row.flag)) continue;
        missing.emplace_back(&row, in);
        exits = exits || row.effect == MissingFlagEffect::kExitsAtStart;
      }
      for (const auto& [row_ptr, in] : missing) {
        const RequiredFlagRow& row = *row_ptr;
        if (exits && row.effect != MissingFlagEffect::kExitsAtStart) continue;
        const bool sure = in == Presence::kYes && IsSure(row.certainty);
        const std::string wanted =
            "--" + std::string(row.flag) + (row.value.empty() ? "" : "=" + std::string(row.value));
        std::string message = c.name + " " + c.version->tag + " is not given " + wanted + "; " +
                              (sure ? "" : "it may be that ") + Effect(c, row) + " (" +
                              SourceText(row.source) + ")";
        if (in == Presence::kMaybe) message += "; the tag was built on the day that changed";
        // --deck-url is only wanted in dry-run mode, which does nothing:
        // the fix is leaving it.
        const std::string hint =
            row.unless_flag.empty()
                ? "add " + wanted + " to its args"
                : "add --" + std::string(row.unless_flag) + "=" + std::string(row.unless_value) +
                      " to its args (with only " + wanted + " it starts but changes nothing)";
        Finding& f = sink.Report(sure ? Severity::kError : Severity::kWarning, c.image.pos,
                                 std::move(message), hint);
        f.subject = {"flag --" + std::string(row.flag) + " of " + ComponentSubject(c), ""};
        f.at_start_of = c.name;  // it stops at start: each restart is the harm
      }
    }
  }

 private:
  static bool HasValue(const Component& c, std::string_view name, std::string_view value) {
    const Flag* f = c.FindFlag(name);
    if (!f) return false;
    if (value.empty()) return !f->value || !f->value->value.empty();
    if (value == "false")
      return f->value && f->value->pos == f->name.pos && GoFalse(f->value->value);
    return f->value && f->value->value == value;
  }

  // `--dry-run false`: CheckBooleans reports it.
  static bool SplitBoolean(const Component& c, std::string_view name) {
    const Flag* f = c.FindFlag(name);
    return name == "dry-run" && f && f->value && f->value->pos != f->name.pos;
  }

  static bool Satisfied(const Component& c, const RequiredFlagRow& row) {
    if (HasValue(c, row.flag, row.value)) return true;
    return !row.unless_flag.empty() && HasValue(c, row.unless_flag, row.unless_value);
  }

  static std::string Effect(const Component& c, const RequiredFlagRow& row) {
    switch (row.effect) {
      case MissingFlagEffect::kExitsAtStart:
        return c.name + " exits at start";
      case MissingFlagEffect::kDoesNothing:
        return "--dry-run defaults to true, so " + c.name + " runs but changes nothing";
      case MissingFlagEffect::kPodsNeverDeleted:
        return "--dry-run defaults to true, so sinker deletes ProwJobs but never their pods";
    }
    return "";
  }

  // Go's flag package: a boolean takes its value only as --f=v. `--dry-run
  // false` sets dry-run to true and stops parsing at the word "false", so
  // every later flag is ignored.
  static void CheckBooleans(const Component& c, FindingSink& sink) {
    for (const Flag& f : c.flags) {
      if (f.name.value != "dry-run" || !f.value || f.value->pos == f.name.pos) continue;
      sink.Report(f.value->pos,
                  "Go reads \"--dry-run " + f.value->value +
                      "\" as --dry-run=true followed by "
                      "an argument, so " +
                      c.name +
                      " runs in dry-run mode and ignores every flag "
                      "after it",
                  "write --dry-run=" + f.value->value + " as one argument")
          .subject = {"flag --dry-run of " + ComponentSubject(c), ""};
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewComponentFlagRequired() {
  return std::make_unique<ComponentFlagRequired>();
}

}  // namespace prowlint::rules
