// SPDX-License-Identifier: Apache-2.0
// Library tests of the rule engine (RunRules): what it does to the findings
// rules report, with rules made for the test: severity overrides from
// .prowlint.yaml, inline suppressions (never of the rules about suppressions,
// which it knows by their tag), ignore-paths, and a rule that throws.
#include "lint/engine/engine.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "lint/engine/rule.h"

namespace prowlint {
namespace {

// Reports one warning at line 3 of file 0, about `object`.
class OneFinding final : public Rule {
 public:
  OneFinding(std::string_view id, unsigned tags)
      : info_{id, "for the test", Severity::kWarning, tags} {}
  const RuleInfo& Info() const override { return info_; }
  void Check(const Analysis&, FindingSink& sink) const override {
    sink.Report(Position{0, 3, 1}, "found", "fix it").subject = {"thing " + std::string(info_.id),
                                                                 ""};
  }

 private:
  RuleInfo info_;
};

class Throws final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{"throws", "for the test", Severity::kError};
    return info;
  }
  void Check(const Analysis&, FindingSink&) const override { throw std::runtime_error("boom"); }
};

struct Engine {
  Deploy deploy;
  RunContext run;
  TargetVersion target;
  ClusterResolution clusters;
  Notes notes;

  Engine() {
    deploy.sources.Add("jobs/a.yaml");
    run.today = "2026-12-07";
  }
  LintResult Run(const std::vector<const Rule*>& rules, const EngineOptions& options = {}) {
    const Analysis analysis{deploy, run, target, clusters};
    return RunRules(analysis, rules, options, notes);
  }
  // A `# prowlint:ignore=<rules> reason` directive on line 2 of jobs/a.yaml.
  void Ignore(const std::vector<std::string>& rules) {
    Suppression s;
    s.pos = Position{0, 2, 1};
    for (const std::string& r : rules) s.rules.push_back({r, s.pos});
    s.reason = "known";
    s.own_line = true;
    deploy.suppressions.push_back(s);
  }
};

TEST(RunRules, SeverityOverridesApplyToTheirRuleOnly) {
  Engine e;
  OneFinding a("rule-a", 0), b("rule-b", 0);
  EngineOptions options;
  options.severity["rule-a"] = Severity::kError;
  const LintResult r = e.Run({&a, &b}, options);
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].severity, Severity::kError);
  EXPECT_EQ(r.findings[1].severity, Severity::kWarning);
}

TEST(RunRules, ADirectiveSuppressesItsRulesButNeverOnesAboutSuppressions) {
  Engine e;
  OneFinding plain("rule-a", 0);
  OneFinding about("suppression-something", static_cast<unsigned>(RuleTag::kAboutSuppressions));
  e.Ignore({"rule-a", "suppression-something"});
  const LintResult r = e.Run({&plain, &about});
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_TRUE(r.findings[0].suppressed);
  EXPECT_EQ(r.findings[0].justification, "known");
  EXPECT_FALSE(r.findings[1].suppressed);

  EngineOptions off;
  off.apply_suppressions = false;  // --no-suppressions
  EXPECT_FALSE(e.Run({&plain}, off).findings[0].suppressed);
}

TEST(RunRules, IgnorePathsSuppressByTheDisplayedPath) {
  Engine e;
  OneFinding a("rule-a", 0);
  EngineOptions options;
  options.ignore_paths = {"jobs/*.yaml"};
  const LintResult r = e.Run({&a}, options);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_TRUE(r.findings[0].suppressed);
  EXPECT_TRUE(r.findings[0].external);
}

TEST(RunRules, ARuleThatThrowsIsAnInternalErrorNotACrash) {
  Engine e;
  Throws bad;
  OneFinding good("rule-a", 0);
  const LintResult r = e.Run({&bad, &good});
  EXPECT_TRUE(r.internal_error);
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].rule_id, "internal-error");
  EXPECT_NE(r.findings[0].message.find("rule throws failed: boom"), std::string::npos);
  EXPECT_EQ(r.findings[1].rule_id, "rule-a");
}

}  // namespace
}  // namespace prowlint
