// SPDX-License-Identifier: Apache-2.0
// Flags values in config.yaml and plugins.yaml that Prow's loaders refuse:
// an unknown log level, merge method or reported job type, a negative
// goroutine or concurrency limit, a plugin regexp Go cannot compile, a
// reviewer count below one, size thresholds out of order.
// Why: see rules/config_value_invalid.md.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "lint/base/text.h"
#include "lint/go/go_regexp.h"
#include "lint/prow/validation_table.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

// A Go integer as written, or nullopt when it is none (then the YAML does
// not unmarshal and the loader refuses it anyway: said as such).
std::optional<long long> Integer(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const long long v = std::strtoll(text.c_str(), &end, 10);
  if (*end != '\0') return std::nullopt;
  return v;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class ConfigValueInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "config-value-invalid",
        "A value in config.yaml or plugins.yaml is one Prow's loader refuses, so every "
        "component keeps its old config (or hook its old plugin config), or crash-loops on "
        "restart.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    if (deploy.config.given) CheckConfig(deploy.config.components, analysis, sink);
    if (deploy.plugins.given) CheckPlugins(deploy.plugins, sink);
  }

 private:
  static void Report(FindingSink& sink, const Position& pos, const std::string& key,
                     const std::string& message, const std::string& hint, const char* file) {
    Finding& f = sink.Report(pos, message + "; Prow refuses the whole " + file, hint);
    f.subject = {"value of " + key, ""};
  }

  // parseProwConfig and validateComponentConfig (pkg/config/config.go).
  static void CheckConfig(const ComponentKeys& k, const Analysis& analysis, FindingSink& sink) {
    const char* file = "config";
    static const std::vector<std::string> kLevels = {"panic",   "fatal", "error", "warn",
                                                     "warning", "info",  "debug", "trace"};
    if (k.log_level && !k.log_level->value.empty() &&
        std::find(kLevels.begin(), kLevels.end(), Lower(k.log_level->value)) == kLevels.end()) {
      const std::string guess = ClosestMatch(Lower(k.log_level->value), kLevels);
      Report(sink, k.log_level->pos, "log_level",
             "log_level " + Quote(k.log_level->value) + " is not a logrus level",
             guess.empty() ? "use one of panic, fatal, error, warn, info, debug, trace"
                           : "did you mean " + Quote(guess) + "?",
             file);
    }
    // Checked since test-infra #11168 (merged 2019-02-14).
    if (SpanInEffect(20190214, 0, analysis.target.version) != InEffect::kNo)
      for (const auto& t : k.github_reporter_job_types)
        if (t.value != "presubmit" && t.value != "postsubmit")
          Report(sink, t.pos, "github_reporter.job_types_to_report",
                 "github_reporter.job_types_to_report holds " + Quote(t.value) +
                     ": only presubmit and postsubmit are reported to GitHub",
                 "remove " + Quote(t.value), file);
    for (const auto& [target, method] : k.tide_merge_methods)
      if (method.value != "merge" && method.value != "rebase" && method.value != "squash")
        Report(sink, method.pos, "tide.merge_method " + target.value,
               "tide.merge_method for " + Quote(target.value) + " is " + Quote(method.value) +
                   ", not merge, rebase or squash",
               "use merge, rebase or squash", file);
    CheckLimit(sink, k.tide_max_goroutines, "tide.max_goroutines", false, file);
    CheckLimit(sink, k.plank_max_goroutines, "plank.max_goroutines", false, file);
    CheckLimit(sink, k.plank_max_concurrency, "plank.max_concurrency", true, file);
  }

  // A goroutine limit of 0 means the default (20) and must not be negative;
  // max_concurrency may be 0 (no limit) and must not be negative.
  static void CheckLimit(FindingSink& sink, const std::optional<Located<std::string>>& value,
                         const std::string& key, bool zero_is_none, const char* file) {
    if (!value) return;
    const std::optional<long long> n = Integer(value->value);
    if (!n) {
      Report(sink, value->pos, key, key + " is " + Quote(value->value) + ", not an integer",
             "write a whole number", file);
    } else if (*n < 0) {
      Report(sink, value->pos, key, key + " is " + value->value + ", below 0",
             zero_is_none ? "use 0 for no limit, or a positive number"
                          : "use a positive number (0 or unset: the default, 20)",
             file);
    }
  }

  // Configuration.Validate (pkg/plugins/config.go): compileRegexpsAndDurations,
  // validateBlunderbuss, validateSizes.
  static void CheckPlugins(const PluginConfig& p, FindingSink& sink) {
    const char* file = "plugin config";
    for (const PluginRegexp& r : p.regexps) {
      const std::string error = GoRegexpError(r.pattern.value);
      if (!error.empty())
        Report(sink, r.pattern.pos, r.key,
               r.key + " " + Quote(r.pattern.value) + " is not a Go regexp: " + error,
               "write it as an RE2 regexp (no look-around or back-references)", file);
    }
    if (p.blunderbuss_request_count) {
      const std::optional<long long> n = Integer(p.blunderbuss_request_count->value);
      if (!n || *n < 1)
        Report(sink, p.blunderbuss_request_count->pos, "blunderbuss.request_count",
               "blunderbuss.request_count is " + Quote(p.blunderbuss_request_count->value) +
                   ", not a number of at least 1",
               "request at least one reviewer", file);
    }
    CheckSizes(p, sink, file);
  }

  // setDefaults fills s=10, m=30, l=100, xl=500, xxl=1000 first; then each
  // threshold must not exceed the next.
  static void CheckSizes(const PluginConfig& p, FindingSink& sink, const char* file) {
    if (p.size_thresholds.empty()) return;
    const std::vector<std::pair<std::string, long long>> defaults = {
        {"s", 10}, {"m", 30}, {"l", 100}, {"xl", 500}, {"xxl", 1000}};
    std::vector<long long> value;
    std::vector<const Located<std::string>*> written;
    for (const auto& [name, fallback] : defaults) {
      long long v = fallback;
      const Located<std::string>* at = nullptr;
      for (const auto& [key, text] : p.size_thresholds)
        if (key == name) {
          at = &text;
          if (auto n = Integer(text.value); n && *n != 0) v = *n;
        }
      value.push_back(v);
      written.push_back(at);
    }
    for (std::size_t i = 0; i + 1 < value.size(); ++i) {
      if (value[i] <= value[i + 1]) continue;
      const Located<std::string>* at = written[i] ? written[i] : written[i + 1];
      if (!at) continue;
      Report(sink, at->pos, "size",
             "size." + defaults[i].first + " (" + std::to_string(value[i]) + ") is above size." +
                 defaults[i + 1].first + " (" + std::to_string(value[i + 1]) +
                 "): one of the smaller sizes is bigger than a larger one",
             "order the thresholds s <= m <= l <= xl <= xxl (unset ones are 10, 30, 100, 500, "
             "1000)",
             file);
      return;
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewConfigValueInvalid() { return std::make_unique<ConfigValueInvalid>(); }

}  // namespace prowlint::rules
