// SPDX-License-Identifier: Apache-2.0
// Flags a status context that Tide's context policy for a branch puts in two
// classes (required and optional, required and required if present, ...):
// Prow's TideContextPolicy.Validate refuses the policy, and Tide merges no
// pull request to that branch. One finding per repository, context and
// collision, listing the branches.
// Why: see rules/tide_context_conflict.md.
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "lint/base/text.h"
#include "lint/go/go_regexp.h"
#include "lint/prow/tide_contexts.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

using Kind = ContextCollision::Kind;
using Source = ContextOrigin::Source;

// The classes a collision names, as Prow's error words them.
std::pair<const char*, const char*> Classes(Kind kind) {
  switch (kind) {
    case Kind::kRequiredAndOptional:
      return {"required", "optional"};
    case Kind::kRequiredAndRequiredIfPresent:
      return {"required", "required if present"};
    case Kind::kOptionalAndRequiredIfPresent:
      return {"optional", "required if present"};
    case Kind::kOptionalRegexMatchesRequired:
      return {"required", "optional by optional-regex-contexts"};
    case Kind::kOptionalRegexMatchesRequiredIfPresent:
      return {"required if present", "optional by optional-regex-contexts"};
    case Kind::kOptionalRegexInvalid:
      break;
  }
  return {"", ""};
}

std::string Describe(const ContextOrigin& o) {
  switch (o.source) {
    case Source::kBranchProtection:
      return "branch-protection's required_status_checks, with from-branch-protection";
    case Source::kContextOptions:
      return "tide.context_options";
    case Source::kJob:
      break;
  }
  const JobTriggers& t = *o.job->triggers;
  std::string how = "presubmit " + Quote(o.job->name.value);
  if (t.optional && t.optional->value) return how + ", optional";
  if (t.skip_report && t.skip_report->value) return how + ", skip_report";
  if (t.run_if_changed && !t.run_if_changed->value.empty()) return how + ", run_if_changed";
  if (t.skip_if_only_changed && !t.skip_if_only_changed->value.empty())
    return how + ", skip_if_only_changed";
  if (o.conditional) return how + ", run only on request";
  return how;
}

std::string DescribeAll(const std::vector<ContextOrigin>& origins) {
  std::string out;
  for (const ContextOrigin& o : origins) out += (out.empty() ? "" : "; ") + Describe(o);
  return out;
}

// The finding sits on a job when one takes part (it shows on the job
// config's diff), else on the first config.yaml entry.
const ContextOrigin& Primary(const ContextCollision& c) {
  for (const auto* list : {&c.second, &c.first})
    for (const ContextOrigin& o : *list)
      if (o.source == Source::kJob) return o;
  return c.first.empty() ? c.second.front() : c.first.front();
}

std::string PositionKey(const Position& p) {
  return std::to_string(p.file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

struct Group {
  ContextCollision collision;
  std::vector<std::string> branches;
  std::vector<std::string> repos;  // kOptionalRegexInvalid: every repository it applies to
};

class TideContextConflict final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "tide-context-conflict",
        "Tide's context policy for a branch puts one status context in two classes (required "
        "and optional, or required and required if present), which Prow refuses: Tide merges no "
        "pull request to that branch.",
        Severity::kWarning};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const MergePolicy& merge = deploy.config.merge_policy;
    GoRegexpCache regexps;
    std::map<std::tuple<std::string, Kind, std::string>, Group> groups;
    std::vector<std::tuple<std::string, Kind, std::string>> order;
    ForKnownBranches(merge, RepoPresubmits(deploy.jobs, true), [&](const RepoBranch& b) {
      const TideContextPolicy policy =
          BuildTideContextPolicy(merge, b.org, b.repo, b.branch, b.presubmits, regexps);
      if (policy.unsure) return;  // a branch regex prowlint cannot evaluate
      for (ContextCollision& c : Collisions(policy, regexps)) {
        // A regexp Go cannot compile is one cause wherever it applies.
        const bool invalid = c.kind == Kind::kOptionalRegexInvalid;
        const auto id = std::make_tuple(invalid ? std::string() : b.key, c.kind,
                                        invalid ? PositionKey(c.second.front().pos) : c.context);
        auto [it, fresh] = groups.try_emplace(id, Group{std::move(c), {}, {}});
        if (fresh) order.push_back(id);
        it->second.branches.push_back(b.branch);
        if (it->second.repos.empty() || it->second.repos.back() != b.key)
          it->second.repos.push_back(b.key);
      }
    });
    for (const auto& id : order) Report(std::get<0>(id), groups.at(id), sink);
  }

 private:
  static void Report(const std::string& repo, const Group& g, FindingSink& sink) {
    const ContextCollision& c = g.collision;
    if (c.kind == Kind::kOptionalRegexInvalid) {
      std::string repos;
      for (std::size_t i = 0; i < g.repos.size() && i < 5; ++i)
        repos += (repos.empty() ? "" : ", ") + g.repos[i];
      if (g.repos.size() > 5) repos += " and " + std::to_string(g.repos.size() - 5) + " more";
      Finding& f = sink.Report(
          c.second.front().pos,
          "optional-regex-contexts entry " + Quote(c.context) + " does not compile in Go (" +
              GoRegexpError(c.context) + "), so Prow refuses Tide's context policy of " + repos +
              " and Tide merges no pull request there",
          Hint(c.kind));
      f.subject = {"tide optional-regex-contexts " + Quote(c.context), ""};
      return;
    }
    const auto [first, second] = Classes(c.kind);
    std::string branches;
    for (const std::string& b : g.branches) branches += (branches.empty() ? "" : ", ") + Quote(b);
    const ContextOrigin& primary = Primary(c);
    Finding& f = sink.Report(
        primary.pos,
        "context " + Quote(c.context) + " is " + first + " (" + DescribeAll(c.first) + ") and " +
            second + " (" + DescribeAll(c.second) + ") in Tide's context policy for " + repo +
            (g.branches.size() == 1 ? " branch " : " branches ") + branches +
            "; Prow refuses that policy and Tide merges no pull request there",
        Hint(c.kind));
    f.subject = {"tide context " + Quote(c.context) + " of " + repo + ": " + first + " and " + second,
                 ""};
    for (const auto* list : {&c.first, &c.second})
      for (const ContextOrigin& o : *list)
        if (&o != &primary) f.related.push_back({o.pos, "also " + Describe(o)});
  }

  static std::string Hint(Kind kind) {
    switch (kind) {
      case Kind::kRequiredAndRequiredIfPresent:
        return "list the context in one class only: drop it from required_status_checks or "
               "context_options (Prow requires an always_run job's context itself), or make the "
               "job always_run";
      case Kind::kRequiredAndOptional:
      case Kind::kOptionalAndRequiredIfPresent:
        return "list the context in one class only: drop it from context_options or "
               "required_status_checks, or change the job's optional";
      case Kind::kOptionalRegexMatchesRequired:
      case Kind::kOptionalRegexMatchesRequiredIfPresent:
        return "narrow the optional-regex-contexts entry so it does not match the context";
      case Kind::kOptionalRegexInvalid:
        return "write the entry as a Go regexp (RE2 syntax)";
    }
    return "";
  }
};

}  // namespace

std::unique_ptr<Rule> NewTideContextConflict() { return std::make_unique<TideContextConflict>(); }

}  // namespace prowlint::rules
