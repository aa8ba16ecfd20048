// SPDX-License-Identifier: Apache-2.0
// Flags decorated jobs whose decoration config, once plank's defaults are
// merged as the target version merges them, fails Prow's
// DecorationConfig.Validate, and decoration values the version cannot read.
// Why: see rules/decoration_config_invalid.md.
#include <map>

#include "lint/base/text.h"
#include "lint/go/go_formats.h"
#include "lint/prow/versioned_decoration.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

struct Problem {
  std::string key;             // what kind of problem, for grouping
  std::optional<Position> at;  // the value at fault; nullopt: something is missing
  std::string message;
  std::string hint;
  C change = C::kAlways;
};

// The utility images every decorated pod needs.
std::optional<Problem> ImagesProblem(const DecorationConfig& d, const DecorationChecks& checks) {
  if (!checks.utility_images_key)
    return Problem{"images", std::nullopt, "has no utility_images",
                   "set plank's default utility_images (clonerefs, initupload, entrypoint, "
                   "sidecar), or the job's own"};
  std::vector<std::string> missing;
  for (const char* image : {"clonerefs", "initupload", "entrypoint", "sidecar"}) {
    bool have = false;
    for (const auto& [name, ref] : d.utility_images)
      have = have || (name == image && !ref.value.empty());
    if (!have) missing.emplace_back(image);
  }
  if (!missing.empty()) {
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    return Problem{"image\x1f" + list, std::nullopt, "has no utility image for " + list,
                   "name every utility image in plank's defaults or the job's decoration_config"};
  }
  return std::nullopt;
}

// Where the pod uploads to, and with what.
std::optional<Problem> GcsProblem(const DecorationConfig& d, const GcsConfiguration& g,
                                  const ValidationRules& rules) {
  if (rules.Maybe(C::kGcsCredentialsRequired) &&
      (!d.gcs_credentials_secret || d.gcs_credentials_secret->value.empty()))
    return Problem{"gcs-secret",
                   d.gcs_credentials_secret ? std::optional<Position>(d.gcs_credentials_secret->pos)
                                            : std::nullopt,
                   "has no gcs_credentials_secret, which " + rules.Name() + " requires",
                   "set gcs_credentials_secret, or deploy a version with test-infra #16722 "
                   "(Workload Identity)",
                   C::kGcsCredentialsRequired};
  if (rules.Maybe(C::kGcsBucketValidated) && g.bucket) {
    std::string bucket = g.bucket->value;
    if (bucket.find("://") == std::string::npos) bucket = "gs://" + bucket;
    if (!GoUrlError(bucket).empty())
      return Problem{"bucket", g.bucket->pos,
                     "has gcs_configuration.bucket " + Quote(g.bucket->value) +
                         ", which does not "
                         "parse as <bucket>[/<path>] or <provider>://<bucket>[/<path>]",
                     "write the bucket as gs://name", C::kGcsBucketValidated};
  }
  if (rules.Maybe(C::kMediaTypesValidated)) {
    for (const auto& [ext, type] : g.media_types)
      if (!MediaTypeError(type.value).empty())
        return Problem{"media", type.pos,
                       "has mediaTypes[" + Quote(ext.value) + "] " + Quote(type.value) +
                           ", which is not a media type",
                       "write a media type such as text/plain", C::kMediaTypesValidated};
  }
  const std::string strategy = g.path_strategy ? g.path_strategy->value : "";
  if (strategy != "legacy" && strategy != "explicit" && strategy != "single")
    return Problem{"strategy",
                   g.path_strategy ? std::optional<Position>(g.path_strategy->pos) : std::nullopt,
                   strategy.empty() ? "has no gcs_configuration.path_strategy"
                                    : "has gcs_configuration.path_strategy " + Quote(strategy) +
                                          ", not legacy, explicit or single",
                   "set path_strategy: explicit (or legacy or single with default_org and "
                   "default_repo)"};
  const bool org = g.default_org && !g.default_org->value.empty();
  const bool repo = g.default_repo && !g.default_repo->value.empty();
  if (strategy != "explicit" && (!org || !repo))
    return Problem{"org-repo", g.path_strategy->pos,
                   "has path_strategy " + Quote(strategy) + " without default_org and default_repo",
                   "set default_org and default_repo, or use path_strategy: explicit"};
  return std::nullopt;
}

// DecorationConfig.Validate (pkg/apis/prowjobs/v1/types.go), first failure
// only, with each check dated.
std::optional<Problem> Validate(const DecorationConfig& d, const ValidationRules& rules) {
  static const DecorationChecks kNone;
  const DecorationChecks& checks = d.checks ? *d.checks : kNone;
  if (auto problem = ImagesProblem(d, checks)) return problem;
  if (!checks.gcs_configuration)
    return Problem{"gcs", std::nullopt, "has no gcs_configuration",
                   "set gcs_configuration (bucket, path_strategy, default_org, default_repo) in "
                   "plank's defaults"};
  if (auto problem = GcsProblem(d, *checks.gcs_configuration, rules)) return problem;
  if (d.oauth_token_secret && !d.ssh_key_secrets.empty() && rules.Maybe(C::kOauthSshExclusive))
    return Problem{"oauth-ssh", d.oauth_token_secret->pos,
                   "has both oauth_token_secret and ssh_key_secrets",
                   "clone with one of them: drop oauth_token_secret or ssh_key_secrets",
                   C::kOauthSshExclusive};
  return std::nullopt;
}

class DecorationConfigInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "decoration-config-invalid",
        "A decorated job's decoration config, once plank's defaults are merged as the target "
        "version merges them, lacks what Prow requires (utility images, GCS configuration) or "
        "holds a value the version cannot read, so Prow refuses the whole config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ValidationRules rules(analysis.target.version);
    const Deploy& deploy = analysis.deploy;
    Ctx c{rules, analysis.run, sink};
    // Without config.yaml plank's defaults are unknown: a decorated job's
    // merged config cannot be judged, only what its own config says.
    const bool defaults_known = deploy.config.given;
    if (!defaults_known)
      sink.Note(
          "no --config-path given: decorated jobs were not checked against plank's "
          "decoration defaults");
    std::vector<const Job*> decorated;
    VersionedDecorations decorations(deploy.config, rules);
    for (const Job& job : deploy.jobs) {
      const VersionedDecoration& dec = decorations.For(job);
      if (dec.decorated) decorated.push_back(&job);
      if (job.decoration_config) CheckDurations(c, *job.decoration_config, &job, "");
      if (!dec.present || !job.spec || job.spec->containers.empty() || !defaults_known) continue;
      CheckJob(c, job, dec);
    }
    for (const DecorationDefault& d : deploy.config.decoration_defaults)
      if (ReadsForm(d.form, rules)) CheckDurations(c, d.config, nullptr, DefaultName(d));
    if (!decorated.empty() && defaults_known) CheckDefaults(c, deploy, decorated);
  }

 private:
  struct Ctx {
    const ValidationRules& rules;
    const RunContext& run;
    FindingSink& sink;
    JobShares shares{sink};
  };

  static Position Anchor(const Job& job) { return job.decorate ? job.decorate->pos : job.name.pos; }

  static void CheckJob(Ctx& c, const Job& job, const VersionedDecoration& dec) {
    const ValidationRules& rules = c.rules;
    const std::string own = dec.decorated ? ""
                                          : " (an undecorated job's own decoration_config is "
                                            "validated alone)";
    if (auto p = Validate(dec.merged, rules)) {
      // A value at fault is one place; something missing is shared by the
      // jobs that merge the same defaults.
      std::string key = p->key;
      if (p->at) {
        key += "\x1f" + Where(*p->at);
      } else {
        for (const DecorationDefault* d : dec.applied) key += "\x1f" + Where(d->pos);
      }
      Finding* f =
          Add(c, key, p->at ? *p->at : Anchor(job), "the decoration config " + p->message + own,
              p->hint, p->change, rules.Get(p->change), &job);
      if (f && !p->at && !dec.applied.empty())
        f->related.push_back(
            {dec.applied.back()->pos, "the decoration defaults merged in are here"});
    }
    // UtilityConfig.Validate: with an oauth secret, clonerefs clones over
    // http(s) only (extra_refs are checked only when clone_uri is set).
    if (!dec.merged.oauth_token_secret || !job.base->clone_uri ||
        job.base->clone_uri->value.empty())
      return;
    std::vector<const Located<std::string>*> uris{&*job.base->clone_uri};
    for (const auto& u : job.base->extra_ref_clone_uris) uris.push_back(&u);
    for (const Located<std::string>* u : uris) {
      const std::string& v = u->value;
      const std::string rest = v.substr(v.find('@') == std::string::npos ? 0 : v.find('@') + 1);
      const std::string scheme = GoUrlScheme(rest);
      if (!GoUrlError(rest).empty() || scheme == "http" || scheme == "https") continue;
      Add(c, "oauth-uri\x1f" + v, u->pos,
          "clone_uri " + Quote(v) +
              " is not http(s), but the decoration config clones with an "
              "oauth_token_secret",
          "clone over https, or use ssh_key_secrets instead of oauth_token_secret",
          C::kCloneUriValidated, rules.Get(C::kCloneUriValidated), &job);
    }
  }

  // A decoration default as config.yaml names it: the subject of its findings.
  static std::string DefaultName(const DecorationDefault& d) {
    switch (d.form) {
      case DecorationDefaultForm::kLegacy:
        return "plank.default_decoration_config";
      case DecorationDefaultForm::kByRepo:
        return "plank.default_decoration_configs[" + d.repo + "]";
      case DecorationDefaultForm::kEntries:
        return "plank.default_decoration_config_entries for repo " + d.repo + " cluster " +
               d.cluster;
    }
    return "plank's decoration defaults";
  }

  // prowapi.Duration read integers only until test-infra #12100; the pod
  // timeouts (metav1.Duration) read strings only. Either failure is an
  // unmarshal error, whether or not the job is decorated. A job's share is
  // keyed by place; a default's finding (`job` null) is about `owner`.
  static void CheckDurations(Ctx& c, const DecorationConfig& config, const Job* job,
                             const std::string& owner) {
    auto key = [&](const std::string& name, const Position& pos) {
      return job ? "dur\x1f" + Where(pos) : name + " of " + owner;
    };
    const ValidationRules& rules = c.rules;
    if (!config.checks) return;
    const DecorationChecks& d = *config.checks;
    for (const auto* field : {&d.timeout, &d.grace_period}) {
      if (!*field || (*field)->number) continue;
      const WrittenDuration& w = **field;
      const std::string name = field == &d.timeout ? "timeout" : "grace_period";
      const std::string error = GoDurationError(w.text.value);
      const InEffect strings = rules.Get(C::kDecorationDurationStrings);
      if (strings != InEffect::kYes) {
        // Refused exactly when the version does not read strings.
        Add(c, key(name, w.text.pos), w.text.pos,
            name + " " + Quote(w.text.value) + " is a string, which " + rules.Name() +
                " cannot read (integer nanoseconds only)",
            "write the duration in nanoseconds, or deploy a version with test-infra #12100",
            C::kDecorationDurationStrings,
            strings == InEffect::kMaybe ? InEffect::kMaybe : InEffect::kYes, job);
      } else if (!error.empty()) {
        Add(c, key(name, w.text.pos), w.text.pos,
            name + " " + Quote(w.text.value) + " is not a duration: " + error,
            "write a Go duration such as 2h or 90m", C::kAlways, InEffect::kYes, job);
      }
    }
    for (const auto& [name, w] : d.pod_timeouts) {
      const std::string error =
          w.number ? "a number, not a duration string" : GoDurationError(w.text.value);
      if (error.empty()) continue;
      Add(c, key(name, w.text.pos), w.text.pos,
          name + " " + Quote(w.text.value) + " is not readable: " + error,
          "write a Go duration string such as \"10m\"", C::kAlways, InEffect::kYes, job);
    }
  }

  // Before test-infra #20656 Prow checked plank's defaults once for the whole
  // config as soon as one job was decorated.
  static void CheckDefaults(Ctx& c, const Deploy& deploy,
                            const std::vector<const Job*>& decorated) {
    const ValidationRules& rules = c.rules;
    const DecorationDefault* legacy = nullptr;
    const DecorationDefault* star = nullptr;
    std::vector<const DecorationDefault*> map;
    for (const DecorationDefault& d : deploy.config.decoration_defaults) {
      if (d.form == DecorationDefaultForm::kLegacy) legacy = &d;
      if (d.form == DecorationDefaultForm::kByRepo) {
        map.push_back(&d);
        if (d.repo == "*") star = &d;
      }
    }
    const Position first = Anchor(*decorated.front());
    auto report = [&](const std::string& key, Position pos, const std::string& message,
                      const std::string& hint, C change) {
      for (const Job* j : decorated) Add(c, key, pos, message, hint, change, rules.Get(change), j);
    };
    if (rules.Maybe(C::kLegacyDefaultRequired)) {
      std::string missing;
      if (!legacy) {
        missing = "plank.default_decoration_config is missing";
      } else if (!legacy->config.checks || !legacy->config.checks->utility_images_key) {
        missing = "plank.default_decoration_config has no utility_images";
      } else if (!legacy->config.checks->gcs_configuration) {
        missing = "plank.default_decoration_config has no gcs_configuration";
      } else if (!legacy->config.gcs_credentials_secret ||
                 legacy->config.gcs_credentials_secret->value.empty()) {
        missing = "plank.default_decoration_config has no gcs_credentials_secret";
      }
      if (!missing.empty())
        report("legacy", legacy ? legacy->pos : first,
               missing + ", which " + rules.Name() + " requires as soon as a job is decorated",
               "write plank.default_decoration_config with utility_images, gcs_configuration and "
               "gcs_credentials_secret",
               C::kLegacyDefaultRequired);
    }
    if (!rules.Maybe(C::kDecorationMapStarRequired)) return;
    const DecorationDefault* global =
        legacy && rules.Maybe(C::kLegacyDefaultDecoration) && map.empty() ? legacy : star;
    if (!global) {
      report("star", map.empty() ? first : map.front()->pos,
             "plank has no default_decoration_configs[\"*\"], which " + rules.Name() +
                 " requires as soon as a job is decorated",
             "add a \"*\" entry to plank.default_decoration_configs",
             C::kDecorationMapStarRequired);
      return;
    }
    // Until #17346 the "*" entry was validated alone; after it, every entry
    // merged over "*".
    std::vector<const DecorationDefault*> checked{global};
    if (!rules.Surely(C::kLegacyDefaultDecoration)) checked = map;
    for (const DecorationDefault* d : checked) {
      DecorationConfig merged = d->config;
      merged.ApplyDefault(global->config);
      if (auto p = Validate(merged, rules))
        report("entry\x1f" + Where(d->pos), d->pos,
               "plank's decoration default " + Quote(d->repo) + " " + p->message + ", which " +
                   rules.Name() + " checks as soon as a job is decorated",
               p->hint, C::kDecorationMapStarRequired);
    }
  }

  static std::string Where(const Position& p) {
    return std::to_string(p.file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
  }

  // `effect` is how surely the version refuses; `change` dates it. A job's
  // problem is its share of the cause `key`, anything else's is about `key`
  // (its subject); nullptr when not refused.
  static Finding* Add(Ctx& c, const std::string& key, Position pos, const std::string& message,
                      const std::string& hint, C change, InEffect effect, const Job* job) {
    const auto severity = RefusalSeverity(effect, c.run);
    if (!severity) return nullptr;
    const std::string what = message + RefusedClause(effect, c.rules, change);
    if (job) return c.shares.Report(*severity, pos, *job, key, what, hint, Anchor(*job));
    Finding& f = c.sink.Report(*severity, pos, what, hint);
    f.subject = {key, ""};
    return &f;
  }
};

}  // namespace

std::unique_ptr<Rule> NewDecorationConfigInvalid() {
  return std::make_unique<DecorationConfigInvalid>();
}

}  // namespace prowlint::rules
