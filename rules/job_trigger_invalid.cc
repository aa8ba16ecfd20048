// SPDX-License-Identifier: Apache-2.0
// Flags what Prow refuses in when a job runs: always_run with change
// filters, regexes Go cannot compile, a trigger without its rerun command,
// periodic schedules. Why: see rules/job_trigger_invalid.md.
#include "lint/base/text.h"
#include "lint/go/go_formats.h"
#include "lint/go/go_regexp.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

bool Set(const std::optional<Located<std::string>>& v) { return v && !v->value.empty(); }

class JobTriggerInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-trigger-invalid",
        "When a job runs is set in a way Prow refuses: always_run with run_if_changed or "
        "skip_if_only_changed, a regex Go cannot compile, a trigger without its rerun command, "
        "or a periodic without exactly one valid schedule.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ValidationRules rules(analysis.target.version);
    Ctx ctx{rules, analysis.run, JobShares(sink)};
    for (const Job& job : analysis.deploy.jobs) {
      CheckRegexes(job, rules, ctx);
      switch (job.kind) {
        case JobKind::kPresubmit:
          CheckPresubmit(job, rules, ctx);
          break;
        case JobKind::kPostsubmit:
          CheckPostsubmit(job, rules, ctx);
          break;
        case JobKind::kPeriodic:
          CheckPeriodic(job, rules, ctx);
          break;
      }
    }
  }

 private:
  struct Ctx {
    const ValidationRules& rules;
    const RunContext& run;
    JobShares shares;
  };

  // One finding per problem (and value) however many jobs share it, at its
  // first place.
  static void Add(Ctx& c, const ValidationRules& rules, const Job& job, const std::string& key,
                  Position pos, const std::string& message, const std::string& hint,
                  C change = C::kAlways) {
    const InEffect effect = rules.Get(change);
    const auto severity = RefusalSeverity(effect, c.run);
    if (!severity) return;
    c.shares.Report(*severity, pos, job, key, message + RefusedClause(effect, rules, change), hint);
  }

  // Set*Regexes (pkg/config/config.go): branches, skip_branches and the
  // change matcher compile as Go regexps (one pattern each, joined by |).
  static void CheckRegexes(const Job& job, const ValidationRules& rules, Ctx& ctx) {
    if (job.kind == JobKind::kPeriodic) return;
    const JobTriggers& t = *job.triggers;
    for (const auto* list : {&t.branches, &t.skip_branches}) {
      for (const auto& b : *list) {
        const std::string error = GoRegexpError(b.value);
        if (error.empty()) continue;
        Add(ctx, rules, job, "branch\x1f" + b.value, b.pos,
            std::string(list == &t.branches ? "branches" : "skip_branches") + " entry " +
                Quote(b.value) + " is not a Go regexp: " + error,
            "write the branch as an RE2 regexp (no look-around or back-references)");
      }
    }
    // Only the first non-empty of the two change matchers is compiled.
    const auto& matcher = Set(t.run_if_changed) ? t.run_if_changed : t.skip_if_only_changed;
    if (Set(matcher)) {
      const std::string error = GoRegexpError(matcher->value);
      const bool skip = &matcher == &t.skip_if_only_changed;
      if (!error.empty() && (!skip || rules.Maybe(C::kSkipIfOnlyChanged)))
        Add(ctx, rules, job, "changes\x1f" + matcher->value, matcher->pos,
            std::string(skip ? "skip_if_only_changed" : "run_if_changed") + " " +
                Quote(matcher->value) + " is not a Go regexp: " + error,
            "write the file pattern as an RE2 regexp (no look-around or back-references)",
            skip ? C::kSkipIfOnlyChanged : C::kAlways);
    }
  }

  // always_run against the change filters, and the filters against each
  // other (validateTriggering, validateAlwaysRun).
  static void CheckExclusions(const Job& job, const ValidationRules& rules, Ctx& ctx,
                              C always_change, C both_change) {
    const JobTriggers& t = *job.triggers;
    const bool always = t.always_run && t.always_run->value;
    if (always && Set(t.run_if_changed)) {
      Add(ctx, rules, job, "always-rif", t.always_run->pos,
          "always_run: true and run_if_changed exclude each other",
          "drop always_run, or drop run_if_changed", always_change);
    } else if (always && Set(t.skip_if_only_changed) && rules.Maybe(C::kSkipIfOnlyChanged)) {
      Add(ctx, rules, job, "always-sioc", t.always_run->pos,
          "always_run: true and skip_if_only_changed exclude each other",
          "drop always_run, or drop skip_if_only_changed", both_change);
    }
    if (Set(t.run_if_changed) && Set(t.skip_if_only_changed))
      Add(ctx, rules, job, "rif-sioc", t.skip_if_only_changed->pos,
          "run_if_changed and skip_if_only_changed exclude each other", "keep one of the two",
          both_change);
  }

  static void CheckPresubmit(const Job& job, const ValidationRules& rules, Ctx& ctx) {
    CheckExclusions(job, rules, ctx, C::kAlways, C::kSkipIfOnlyChanged);
    const JobTriggers& t = *job.triggers;
    const bool trigger = Set(t.trigger);
    const bool rerun = Set(t.rerun_command);
    if (trigger) {
      const std::string error = GoRegexpError(t.trigger->value);
      if (!error.empty()) {
        Add(ctx, rules, job, "trigger\x1f" + t.trigger->value, t.trigger->pos,
            "trigger " + Quote(t.trigger->value) + " is not a Go regexp: " + error,
            "write the trigger as an RE2 regexp (no look-around or back-references)");
        return;
      }
      // SetPresubmitRegexes: the rerun command must match the trigger (an
      // absent one is "", which must then match too).
      const std::string command = rerun ? t.rerun_command->value : "";
      if (GoRegexpMatches(t.trigger->value, command) == false &&
          (rerun || !rules.Maybe(C::kTriggerRerunBoth)))
        Add(ctx, rules, job, "rerun\x1f" + t.trigger->value + "\x1f" + command,
            rerun ? t.rerun_command->pos : t.trigger->pos,
            "rerun_command " + Quote(command) + " does not match trigger " +
                Quote(t.trigger->value),
            "make the trigger match the rerun command (e.g. (?m)^/test( all| NAME),?($|\\s.*))");
    }
    if (trigger != rerun)
      Add(ctx, rules, job, "trigger-rerun", trigger ? t.trigger->pos : t.rerun_command->pos,
          std::string(trigger ? "trigger" : "rerun_command") + " is set without " +
              (trigger ? "rerun_command" : "trigger"),
          "set both trigger and rerun_command, or neither (Prow then derives both from the name)",
          C::kTriggerRerunBoth);
  }

  static void CheckPostsubmit(const Job& job, const ValidationRules& rules, Ctx& ctx) {
    // Postsubmits read always_run, and refuse it with change filters, only
    // since test-infra #23242; before, the key was ignored.
    if (!rules.Maybe(C::kPostsubmitAlwaysRun)) return;
    CheckExclusions(job, rules, ctx, C::kPostsubmitAlwaysRun, C::kPostsubmitAlwaysRun);
  }

  static void CheckPeriodic(const Job& job, const ValidationRules& rules, Ctx& ctx) {
    const JobTriggers& t = *job.triggers;
    // minimum_interval is read since test-infra #27304; before, ignored.
    const bool minimum = Set(t.minimum_interval) && rules.Maybe(C::kMinimumInterval);
    const int schedules = Set(t.cron) + Set(t.interval) + minimum;
    if (schedules > 1) {
      Add(ctx, rules, job, "schedules", job.name.pos,
          "cron, interval and minimum_interval exclude each other, but " +
              std::to_string(schedules) + " are set",
          "keep one schedule");
      return;
    }
    if (schedules == 0) {
      Add(ctx, rules, job, "no-schedule", job.name.pos,
          Set(t.minimum_interval)
              ? "the periodic has only minimum_interval, which " + rules.Name() + " does not read"
              : "the periodic has no cron, interval or minimum_interval",
          "give the periodic a cron or an interval");
      return;
    }
    if (Set(t.cron)) {
      const std::string error = CronError(t.cron->value);
      if (!error.empty())
        Add(ctx, rules, job, "cron\x1f" + t.cron->value, t.cron->pos,
            "cron " + Quote(t.cron->value) + " does not parse: " + error,
            "write five fields (minute hour day-of-month month day-of-week), e.g. \"0 */6 * * *\"");
    }
    for (const auto* d : {&t.interval, &t.minimum_interval}) {
      if (!Set(*d) || (d == &t.minimum_interval && !minimum)) continue;
      const std::string error = GoDurationError((*d)->value);
      if (!error.empty())
        Add(ctx, rules, job, "interval\x1f" + (*d)->value, (*d)->pos,
            std::string(d == &t.interval ? "interval" : "minimum_interval") + " " +
                Quote((*d)->value) + " is not a duration: " + error,
            "write a Go duration such as 24h or 90m");
    }
    if (Set(t.retry_interval) && rules.Maybe(C::kRetryInterval)) {
      const std::string error = GoDurationError(t.retry_interval->value);
      if (!error.empty())
        Add(ctx, rules, job, "retry\x1f" + t.retry_interval->value, t.retry_interval->pos,
            "retry.interval " + Quote(t.retry_interval->value) + " is not a duration: " + error,
            "write a Go duration such as 10m", C::kRetryInterval);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobTriggerInvalid() { return std::make_unique<JobTriggerInvalid>(); }

}  // namespace prowlint::rules
