// SPDX-License-Identifier: Apache-2.0
// Flags command-line flags that a component's binary at its tag does not
// define (removed earlier, or added later). Why: see
// rules/component_flag_unknown.md.
#include <string>
#include <vector>

#include "lint/base/text.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

// Go's flag package defines these on every FlagSet: they print the usage.
bool BuiltIn(const std::string& flag) { return flag == "h" || flag == "help"; }

// A flag no version of the component defines, as far as the table knows: a
// typo, or one meant for another component (kubevirt/project-infra#509,
// --config-path on cherrypicker). The table holds what each component's own
// packages register; a flag registered by a library's init() is not in it,
// so this is a warning, with the closest flag the tag defines.
void ReportUnknownToTheTable(const Component& c, const Flag& flag, FindingSink& sink) {
  if (BuiltIn(flag.name.value)) return;
  std::vector<std::string> candidates;
  for (std::string_view f : FlagsAt(c.name, c.version)) candidates.emplace_back(f);
  const std::string guess = ClosestMatch(flag.name.value, candidates);
  Finding& f = sink.Report(
      Severity::kWarning, flag.name.pos,
      "--" + flag.name.value + " is a flag of no " + c.name +
          " version prowlint's flag table knows, " + c.version->tag +
          " included; if it is not defined, the component exits at start",
      guess.empty() ? "remove --" + flag.name.value + ", or check it in " + c.name + " --help"
                    : "did you mean --" + guess + "?");
  f.subject = {"flag --" + flag.name.value + " of " + ComponentSubject(c), ""};
  f.at_start_of = c.name;
}

class ComponentFlagUnknown final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "component-flag-unknown",
        "A component is given a flag its binary at that tag does not define, so it exits at "
        "start with \"flag provided but not defined\".",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    for (const Component& c : analysis.deploy.manifests.components) {
      if (!c.version || c.version->date == 0 || !FlagTableCovers(c.name, c.version)) continue;
      // No binary at the tag: prow-version-known-bad says so.
      if (MissingBinary(c.name, c.version, nullptr)) continue;
      for (const Flag& flag : c.flags) {
        const FlagVerdict v = FlagAt(c.name, flag.name.value, c.version);
        if (!v.known) {
          ReportUnknownToTheTable(c, flag, sink);
          continue;
        }
        if (v.defined == Presence::kYes || !v.row) continue;
        const FlagRow& row = *v.row;
        const Boundary& b = v.removed ? row.removed : row.added;
        const Certainty certainty = v.removed ? row.removed_certainty : row.added_certainty;
        const std::string_view source = v.removed ? row.removed_source : row.added_source;
        const bool sure = v.defined == Presence::kNo && IsSure(certainty);
        std::string message = "--" + flag.name.value + (sure ? " is not" : " may not be") +
                              " a flag of " + c.name + " " + c.version->tag + ": " +
                              (v.removed ? "removed" : "added") + " on " + DayText(b.day);
        if (!source.empty()) message += " (" + SourceText(source) + ")";
        if (v.defined == Presence::kMaybe) {
          message += ", the day the tag was built";
        } else if (!sure) {
          message += " by the table's flag scan";
        }
        message +=
            sure ? "; the component exits at start" : "; if so, the component exits at start";
        Finding& f = sink.Report(sure ? Severity::kError : Severity::kWarning, flag.name.pos,
                                 std::move(message),
                                 v.removed ? "remove --" + flag.name.value + " for this tag"
                                           : "remove --" + flag.name.value +
                                                 ", or deploy a tag built after " + DayText(b.day));
        f.subject = {"flag --" + flag.name.value + " of " + ComponentSubject(c), ""};
        // A rollout whose new pods exit leaves the old ones running until
        // the next restart: each restart is the harm.
        f.at_start_of = c.name;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewComponentFlagUnknown() { return std::make_unique<ComponentFlagUnknown>(); }

}  // namespace prowlint::rules
