// SPDX-License-Identifier: Apache-2.0
// See checkconfig_flags.h.
#include "cmd/prowlint/checkconfig_flags.h"

#include <algorithm>

#include "cmd/prowlint/outputs.h"
#include "lint/base/text.h"

namespace prowlint {
namespace {

// checkconfig's warnings (getAllWarnings in cmd/checkconfig/main.go at
// kubernetes-sigs/prow a61940897) and the prowlint rules that are all of
// one: only those can be left out for it. The others check what no
// prowlint rule does yet, or part of a rule that also holds refusals.
struct Warning {
  const char* name;
  std::vector<std::string> rules;  // the rules that are all of it
  bool by_default = true;          // in checkconfig's defaultWarnings
  /// The rules whose warnings are this warning's (under --strict they fail
  /// the run); a rule whose errors are refusals may be listed here for the
  /// warnings it also gives.
  std::vector<std::string> warned_by = {};
};

const std::vector<Warning>& Warnings() {
  static const std::vector<Warning> kWarnings = {
      {"mismatched-tide", {}},
      {"mismatched-tide-lenient", {}},
      {"tide-strict-branch", {}},
      {"tide-context-policy", {"tide-context-conflict"}, true, {"tide-context-conflict"}},
      {"non-decorated-jobs", {}},
      {"valid-decoration-config", {}, false},
      {"long-job-names", {}, true, {"job-name-invalid"}},
      {"duplicate-job-refs", {}},
      {"periodic-default-clone-config", {}},
      {"needs-ok-to-test", {}},
      {"managed-webhooks", {}},
      {"validate-owners", {}},
      {"missing-trigger", {}},
      {"validate-urls", {}},
      {"unknown-fields", {"config-field-unknown"}, true, {"config-field-unknown"}},
      {"unknown-fields-all", {"config-field-unknown"}, false, {"config-field-unknown"}},
      {"verify-owners-presence", {}, false},
      {"validate-cluster-field", {}},
      {"validate-supplemental-prow-config-hierarchy", {}},
      {"validate-unmanaged-branchconfig-has-no-subconfig", {}},
      {"validate-github-app-installation", {}, false},
      {"validate-label", {}},
      {"validate-config-updater-acls", {}},
      {"required-job-annotations", {"job-annotation-missing"}, true, {"job-annotation-missing"}},
  };
  return kWarnings;
}

const Warning* Find(const std::string& name) {
  for (const Warning& w : Warnings())
    if (name == w.name) return &w;
  return nullptr;
}

void CheckNames(const std::vector<std::string>& names, const char* flag) {
  for (const std::string& name : names) {
    if (Find(name)) continue;
    const std::string guess = ClosestMatch(name, CheckconfigWarningNames());
    throw UsageError{std::string(flag) + ": no checkconfig warning " + Quote(name) +
                     (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?")};
  }
}

}  // namespace

const std::vector<std::string>& CheckconfigWarningNames() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const Warning& w : Warnings()) names.emplace_back(w.name);
    return names;
  }();
  return kNames;
}

void AddCheckconfigFlags(CLI::App* cmd, CheckconfigOptions& o) {
  const char* group = "checkconfig's flags";
  cmd->add_flag("--strict", o.strict,
                "as checkconfig: the warnings of the checkconfig warnings enabled fail the run")
      ->group(group);
  cmd->add_option("--warnings", o.warnings,
                  "as checkconfig: a warning to run (repeatable); with --strict its rules' "
                  "warnings fail the run")
      ->type_name("NAME")
      ->group(group);
  cmd->add_option("--exclude-warning", o.exclude_warnings,
                  "as checkconfig: a warning not to run (repeatable): the prowlint rules that "
                  "are all of it are left out")
      ->type_name("NAME")
      ->group(group);
  cmd->add_flag("--include-default-warnings", o.include_default_warnings,
                "as checkconfig: with --warnings, the default warnings too")
      ->group(group);
  cmd->add_flag("--expensive-checks", o.expensive_checks,
                "as checkconfig: every warning, GitHub's included (prowlint asks no API)")
      ->group(group);
  cmd->add_option("--required-job-annotations", o.required_job_annotations,
                  "as checkconfig: every central job must carry annotation KEY (repeatable; "
                  "job-annotation-missing)")
      ->type_name("KEY")
      ->group(group);
}

CheckconfigEffect ResolveCheckconfig(const CheckconfigOptions& o) {
  CheckNames(o.warnings, "--warnings");
  CheckNames(o.exclude_warnings, "--exclude-warning");
  CheckconfigEffect effect;
  effect.strict = o.strict;
  // validate(): --warnings alone, or with the defaults; without it the
  // defaults, or every warning under --expensive-checks; less the excluded.
  for (const Warning& w : Warnings()) {
    const bool named = std::find(o.warnings.begin(), o.warnings.end(), w.name) != o.warnings.end();
    const bool defaults = o.warnings.empty() || o.include_default_warnings;
    bool enabled = named || (defaults && (w.by_default || o.expensive_checks));
    enabled = enabled && std::find(o.exclude_warnings.begin(), o.exclude_warnings.end(), w.name) ==
                             o.exclude_warnings.end();
    if (!enabled) continue;
    for (const std::string& r : w.warned_by)
      if (std::find(effect.strict_rules.begin(), effect.strict_rules.end(), r) ==
          effect.strict_rules.end())
        effect.strict_rules.push_back(r);
  }
  std::vector<std::string> unmatched;
  for (const std::string& name : o.exclude_warnings) {
    const Warning* w = Find(name);
    if (w->rules.empty()) unmatched.push_back(name);
    for (const std::string& r : w->rules)
      if (std::find(effect.disable.begin(), effect.disable.end(), r) == effect.disable.end())
        effect.disable.push_back(r);
  }
  if (!unmatched.empty())
    effect.notes.push_back("--exclude-warning " + Join(unmatched, ", ") +
                           ": no prowlint rule is all of it, so none is left out");
  if (o.strict)
    effect.notes.push_back(
        "--strict: the warnings of " +
        (effect.strict_rules.empty() ? std::string("no rule") : JoinAnd(effect.strict_rules)) +
        " fail the run, as the checkconfig warnings enabled fail checkconfig; prowlint's other "
        "warnings are reported without failing it (--fail-on warning fails on every one)");
  return effect;
}

}  // namespace prowlint
