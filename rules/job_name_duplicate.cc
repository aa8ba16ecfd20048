// SPDX-License-Identifier: Apache-2.0
// Flags jobs Prow refuses as duplicates: one name twice among a repo's
// presubmits (or postsubmits) on intersecting branches, two jobs of a repo
// reporting to one context, one periodic name twice. Why: see
// rules/job_name_duplicate.md.
#include <algorithm>
#include <map>

#include "lint/base/text.h"
#include "lint/engine/finding_sink.h"
#include "lint/go/go_regexp.h"
#include "lint/prow/job_identity.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

std::string Joined(const std::vector<Located<std::string>>& patterns) {
  std::string out;
  for (const auto& p : patterns) out += (out.empty() ? "" : "|") + p.value;
  return out;
}

bool HasNone(const Job& j) {
  return j.triggers->branches.empty() && j.triggers->skip_branches.empty();
}

// Brancher.ShouldRun for a branch, for a job with skip_branches only;
// nullopt when the regex cannot be evaluated here.
std::optional<bool> ShouldRun(const Job& j, const std::string& branch, GoRegexpCache& regexps) {
  auto skip = regexps.Matches(Joined(j.triggers->skip_branches), branch);
  if (!skip) return std::nullopt;
  return !*skip;
}

// Prow's Brancher.Intersects (pkg/config/jobs.go). Before test-infra #12462
// skip_branches were compared as strings; after, as regexes. Unsure answers
// count as "no": a false duplicate would be a false alarm.
bool Intersects(const Job& a, const Job& b, bool regex, GoRegexpCache& regexps) {
  if (HasNone(a) || HasNone(b)) return true;
  if (a.triggers->branches.empty() && b.triggers->branches.empty()) return true;
  const Job& with = a.triggers->branches.empty() ? b : a;
  const Job& other = &with == &a ? b : a;
  if (!other.triggers->branches.empty()) {
    for (const auto& x : with.triggers->branches)
      for (const auto& y : other.triggers->branches)
        if (x.value == y.value) return true;
    return false;
  }
  for (const auto& branch : with.triggers->branches) {
    if (regex) {
      if (ShouldRun(other, branch.value, regexps).value_or(false)) return true;
    } else {
      bool skipped = false;
      for (const auto& s : other.triggers->skip_branches)
        skipped = skipped || s.value == branch.value;
      if (!skipped) return true;
    }
  }
  return false;
}

std::string Context(const Job& j) {
  return j.triggers->context && !j.triggers->context->value.empty() ? j.triggers->context->value
                                                                    : j.name.value;
}

class JobNameDuplicate final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-name-duplicate",
        "Two presubmits (or postsubmits) of one repository share a name or a status context on "
        "intersecting branches, or two periodics share a name, so Prow refuses the whole config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ValidationRules rules(analysis.target.version);
    const InEffect regex = rules.Get(ValidationChange::kRegexBranchIntersection);
    const InEffect contexts = rules.Get(ValidationChange::kDuplicateContexts);
    // Jobs per (kind, repo) in config order; periodics across every file.
    std::map<std::pair<JobKind, std::string>, std::vector<const Job*>> by_repo;
    std::vector<std::pair<JobKind, std::string>> order;
    for (const Job& j : analysis.deploy.jobs) {
      const auto key = std::make_pair(j.kind, j.kind == JobKind::kPeriodic ? "" : j.repo);
      auto& list = by_repo[key];
      if (list.empty()) order.push_back(key);
      list.push_back(&j);
    }
    GoRegexpCache regexps;
    for (const auto& key : order) {
      const std::vector<const Job*>& jobs = by_repo[key];
      if (key.first == JobKind::kPeriodic) {
        CheckPeriodics(jobs, sink);
        continue;
      }
      // Only jobs sharing a name or a context can clash: compare within those.
      std::map<std::string, std::vector<const Job*>> by_name, by_context;
      for (const Job* j : jobs) {
        by_name[j->name.value].push_back(j);
        by_context[Context(*j)].push_back(j);
      }
      auto meets = [&](const Job& a, const Job& b) {
        // A day-of-change tag may compare either way: judge as both did.
        return regex == InEffect::kMaybe
                   ? Intersects(a, b, true, regexps) && Intersects(a, b, false, regexps)
                   : Intersects(a, b, regex == InEffect::kYes, regexps);
      };
      for (const Job* j : jobs) {
        const Job& b = *j;
        for (const Job* a : by_name[b.name.value]) {
          if (a == j) break;  // only earlier definitions
          if (!meets(*a, b)) continue;
          ReportNameClash(*a, b, sink);
          break;
        }
        if (contexts == InEffect::kNo) continue;
        for (const Job* a : by_context[Context(b)]) {
          if (a == j) break;
          if (a->name.value == b.name.value || !meets(*a, b)) continue;
          ReportContextClash(*a, b, MaybeClause(contexts, rules, ValidationChange::kDuplicateContexts),
                             *RefusalSeverity(contexts, analysis.run), sink);
          break;
        }
      }
    }
  }

 private:
  // `b` defined again after `a`, on branches that meet.
  static void ReportNameClash(const Job& a, const Job& b, FindingSink& sink) {
    const std::string kind = JobKindName(b.kind);
    const std::string what = kind + " " + Quote(b.name.value) + " of " + Quote(b.repo);
    const std::string why = " on intersecting branches; Prow refuses duplicated " + kind + " jobs";
    Share(sink, Severity::kError, a, b, "name " + b.repo + " " + b.name.value,
          {what + " is defined ", "times", why}, what + " is defined again" + why,
          "rename one of them, or give them branches that do not overlap", b.name.pos);
  }

  // `a` and `b` report to one context on branches that meet. `maybe` says
  // when only some builds of the target tag refuse it.
  static void ReportContextClash(const Job& a, const Job& b, const std::string& maybe,
                                 Severity severity, FindingSink& sink) {
    const Position pos = b.triggers->context ? b.triggers->context->pos : b.name.pos;
    const std::string why =
        " on intersecting branches; Prow refuses two jobs reporting to one context" + maybe;
    const std::string where = " of " + Quote(b.repo) + " report to context " + Quote(Context(b));
    Share(sink, severity, a, b, "context " + b.repo + " " + Context(b),
          {"", std::string(JobKindName(b.kind)) + "s", where + why},
          std::string(JobKindName(b.kind)) + "s " + Quote(a.name.value) + " and " +
              Quote(b.name.value) + where + why,
          "give each its own context: (it defaults to the job's name)", pos);
  }

  // Both jobs of a clash are shares of one cause; more clashes of the same
  // name or context join it.
  static void Share(FindingSink& sink, Severity severity, const Job& first, const Job& again,
                    const std::string& cause, const GroupWording& wording,
                    const std::string& single, const std::string& hint, Position pos) {
    for (const Job* j : {&first, &again}) {
      const Position at = j == &again ? pos : j->name.pos;
      Finding& f = sink.Report(severity, at, single, hint);
      ShareCause(f, JobRefOf(*j, at, j->alias.value), {cause, ""}, wording);
    }
  }

  static void CheckPeriodics(const std::vector<const Job*>& jobs, FindingSink& sink) {
    std::map<std::string, const Job*> first;
    for (const Job* j : jobs) {
      auto [it, fresh] = first.emplace(j->name.value, j);
      if (fresh) continue;
      const std::string what = "periodic " + Quote(j->name.value);
      const std::string why = "; Prow refuses duplicated periodic jobs";
      Share(sink, Severity::kError, *it->second, *j, "periodic " + j->name.value,
            {what + " is defined ", "times", why}, what + " is defined again" + why,
            "rename one of them", j->name.pos);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobNameDuplicate() { return std::make_unique<JobNameDuplicate>(); }

}  // namespace prowlint::rules
