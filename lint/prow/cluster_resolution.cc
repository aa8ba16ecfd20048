// SPDX-License-Identifier: Apache-2.0
// See cluster_resolution.h. One function per era of plank's alias loading;
// a version on a boundary day is resolved under both eras and merged.
#include "lint/prow/cluster_resolution.h"

#include <algorithm>

#include "lint/base/text.h"

namespace prowlint {
namespace {

bool IsDisabled(const std::string& alias, const std::vector<Located<std::string>>& disabled) {
  return std::any_of(disabled.begin(), disabled.end(),
                     [&](const Located<std::string>& d) { return d.value == alias; });
}

// Why Prow cannot load a credential, as a clause for start-up failures.
std::string FailureClause(const CredentialProblem& p, const std::string& alias) {
  const std::string context = alias.empty() ? "" : "context " + Quote(alias) + " ";
  switch (p.defect) {
    case CredentialDefect::kClusterEntryMissing:
      return context + "names cluster entry " + Quote(p.subject) + ", which does not exist";
    case CredentialDefect::kNoServer:
      return context + "uses cluster entry " + Quote(p.entry) + ", which has no server";
    case CredentialDefect::kCertificateWithoutKey:
      return context + "has a client certificate without a key";
    case CredentialDefect::kNotBase64:
      return "field " + Quote(p.field) + " is not valid base64";
    case CredentialDefect::kNoCertificate:
    case CredentialDefect::kCertificateUnparsable:
    case CredentialDefect::kKeyUnparsable:
    case CredentialDefect::kUserEntryMissing:
    case CredentialDefect::kServerNotHttps:
    case CredentialDefect::kNoEndpoint:
      break;
  }
  return context + "fails to load";
}

// The first problem of `ctx` with `effect`, or nullptr.
const CredentialProblem* ProblemWith(const ClusterContext& ctx, DefectEffect effect) {
  for (const CredentialProblem& p : ctx.problems)
    if (EffectOf(p.defect) == effect) return &p;
  return nullptr;
}

struct EraDestination {
  const ClusterContext* context;  // nullptr = in-cluster
  FallbackCause fallback;
  Position cause;
};

struct EraResult {
  std::map<std::string, std::vector<EraDestination>> aliases;
  StartupFailure failure = StartupFailure::kNone;
  std::string fatal;
  Position fatal_pos;
};

class EraResolver {
 public:
  EraResolver(const Credentials& creds, const VersionSemantics& semantics,
              const ClusterOptions& options, const std::vector<Located<std::string>>& disabled,
              Notes& notes)
      : creds_(creds), semantics_(semantics), options_(options), disabled_(disabled),
        notes_(notes) {}

  EraResult Resolve(AliasEra era) {
    switch (era) {
      case AliasEra::kLegacyMap:
        return LegacyMap();
      case AliasEra::kBuildClusterIgnored:
      case AliasEra::kRandomDefault:
      case AliasEra::kLiteralDefaultKept:
        return RemapEra(era);
      case AliasEra::kMergeConfigs:
      case AliasEra::kKubeconfigOnly:
        return MergeConfigs(era);
      case AliasEra::kStartupPanic:
        return Panic();
    }
    return {};
  }

 private:
  std::string Version() const { return semantics_.Name(); }

  Position CredentialsPos() const {
    return creds_.kubeconfig_given ? creds_.kubeconfig_pos : creds_.build_cluster_pos;
  }

  void Note(std::string note) { notes_.Add(std::move(note)); }

  static const ClusterContext* FindIn(const std::vector<const ClusterContext*>& list,
                                      std::string_view alias) {
    for (const ClusterContext* c : list)
      if (c->alias.value == alias) return c;
    return nullptr;
  }

  std::vector<const ClusterContext*> BuildClusterMap() const {
    std::vector<const ClusterContext*> out;
    for (const ClusterContext& c : creds_.build_cluster) out.push_back(&c);
    return out;
  }

  std::vector<const ClusterContext*> Kubeconfig(bool apply_disabled) const {
    std::vector<const ClusterContext*> out;
    for (const ClusterContext& c : creds_.kubeconfig) {
      const bool off = apply_disabled && IsDisabled(c.alias.value, disabled_);
      if (!off) out.push_back(&c);
    }
    return out;
  }

  // Kubeconfig contexts, then build-cluster aliases overriding them.
  static std::vector<const ClusterContext*> Union(std::vector<const ClusterContext*> k,
                                                  const std::vector<const ClusterContext*>& m) {
    for (const ClusterContext* c : m) {
      auto same = [&](const ClusterContext* x) { return x->alias.value == c->alias.value; };
      k.erase(std::remove_if(k.begin(), k.end(), same), k.end());
      k.push_back(c);
    }
    return k;
  }

  std::string StartupFailure(const std::string& why) const {
    return "plank of " + Version() + " exits at start-up: " + why;
  }

  // A legacy clusters.yaml Prow cannot decode stops it at start-up (era B:
  // ClientMapFromFile; D: buildConfigs). Material that decodes but does not
  // parse would stop it too, when it builds the clients; credential-malformed
  // reports that, and the aliases are still resolved, so that placeholder
  // material in a test set-up does not hide every other finding.
  bool BuildClusterMapFails(EraResult& r) const {
    for (const auto& f : creds_.document_failures) {
      if (f.format != CredentialFormat::kBuildClusterMap) continue;
      r.fatal = StartupFailure("the build-cluster file cannot be decoded: " +
                               FailureClause(f.problem, ""));
      r.fatal_pos = f.problem.pos;
      return true;
    }
    return false;
  }

  // What kubeconfig contexts that fail to load do (sigs/prow pkg/kube/
  // config.go kubeConfigs and LoadClusterConfigs): building a context's
  // client config fails for a missing cluster entry, a document fails for a
  // field that does not decode. On the $KUBECONFIG path that drops every
  // context (since #23194; before, a document failure did and a context
  // failure stopped Prow); with --kubeconfig or --kubeconfig-dir it stops
  // Prow. (A CA or key that does not parse stops Prow later, when it builds
  // the clients: see BuildClusterMapFails.) Returns true when every
  // kubeconfig context is dropped.
  bool KubeconfigFails(AliasEra era, EraResult& r) {
    if (!creds_.kubeconfig_given) return false;
    const CredentialProblem* cause = nullptr;
    std::string why;
    bool document_level = false;
    for (const auto& f : creds_.document_failures) {
      if (f.format != CredentialFormat::kKubeconfig) continue;
      cause = &f.problem;
      why = "a kubeconfig cannot be decoded: " + FailureClause(f.problem, "");
      document_level = true;
      break;
    }
    if (!cause) {
      for (const ClusterContext& c : creds_.kubeconfig) {
        if (const CredentialProblem* p = ProblemWith(c, DefectEffect::kContextFails)) {
          cause = p;
          why = FailureClause(*p, c.alias.value);
          break;
        }
      }
    }
    if (cause) {
      const bool drops = creds_.loading == KubeconfigLoading::kEnv &&
                         (document_level ||
                          (era == AliasEra::kKubeconfigOnly && semantics_.env_drops_failing_context));
      if (drops) {
        Note(Version() + " drops every kubeconfig context on the $KUBECONFIG path when one fails "
             "to load (" + why + "): only the service cluster remains");
        dropped_cause_ = cause->pos;
        return true;
      }
      r.fatal = StartupFailure(why);
      r.fatal_pos = cause->pos;
      return false;
    }
    return false;
  }

  static void AddAll(EraResult& r, const std::vector<const ClusterContext*>& contexts) {
    for (const ClusterContext* c : contexts)
      r.aliases[c->alias.value].push_back({c, FallbackCause::kNone, {}});
  }

  // 2019-01-31..02-01: plank and KubernetesOptions both define
  // --build-cluster; Go's flag package panics before anything is loaded.
  EraResult Panic() {
    EraResult r;
    r.failure = StartupFailure::kFlagRedefined;
    r.fatal = "plank of " + Version() + " panics at start-up: flag redefined: build-cluster "
              "(test-infra #11083)";
    r.fatal_pos = CredentialsPos();
    return r;
  }

  // Era B: only the --build-cluster map, which must hold "default".
  EraResult LegacyMap() {
    EraResult r;
    if (creds_.kubeconfig_given)
      Note(Version() + " reads build clusters only from --build-cluster; the kubeconfig "
           "contexts are not loaded");
    if (!creds_.build_cluster_given) {
      r.aliases["default"].push_back(
          {nullptr, FallbackCause::kNoBuildClusterFile, CredentialsPos()});
      return r;
    }
    const auto map = BuildClusterMap();
    if (!FindIn(map, "default")) {
      r.failure = StartupFailure::kNoDefaultInBuildCluster;
      r.fatal = "plank of " + Version() + " exits at start-up: the build-cluster file has no "
                "\"default\" alias";
      r.fatal_pos = creds_.build_cluster_pos;
      return r;
    }
    if (BuildClusterMapFails(r)) return r;
    AddAll(r, map);
    return r;
  }

  // Eras C0, C and C' (2019-01-28 … 2019-02-21): plank loads the in-cluster
  // config as context "" and renames it to "default".
  EraResult RemapEra(AliasEra era) {
    EraResult r;
    std::vector<const ClusterContext*> contexts = Kubeconfig(false);
    const auto map = BuildClusterMap();
    if (era == AliasEra::kBuildClusterIgnored) {
      if (creds_.build_cluster_given)
        Note(Version() + " ignores --build-cluster (test-infra #10987): its aliases are not "
             "loaded");
    } else {
      if (creds_.build_cluster_given && creds_.kubeconfig_given) {
        r.failure = StartupFailure::kBothCredentialFlags;
        r.fatal = "plank of " + Version() + " exits at start-up: it takes --build-cluster or "
                  "--kubeconfig, not both";
        r.fatal_pos = creds_.build_cluster_pos;
        return r;
      }
      if (creds_.build_cluster_given && BuildClusterMapFails(r)) return r;
      contexts = Union(contexts, map);
    }
    const ClusterContext* literal = FindIn(contexts, "default");
    for (const ClusterContext* c : contexts) {
      if (c != literal) r.aliases[c->alias.value].push_back({c, FallbackCause::kNone, {}});
    }
    auto& def = r.aliases["default"];
    if (literal && era != AliasEra::kLiteralDefaultKept) {
      def.push_back({literal, FallbackCause::kNone, {}});
      def.push_back({nullptr, FallbackCause::kLiteralDefaultClobbered, literal->alias.pos});
    } else if (literal) {
      def.push_back({literal, FallbackCause::kNone, {}});
    } else {
      const ClusterContext* ignored = FindIn(map, "default");
      if (era == AliasEra::kBuildClusterIgnored && ignored) {
        def.push_back({nullptr, FallbackCause::kBuildClusterIgnored, ignored->alias.pos});
      } else {
        def.push_back({nullptr, FallbackCause::kNoLiteralDefault, CredentialsPos()});
      }
    }
    return r;
  }

  // Eras D and E: mergeConfigs. "" is the in-cluster config; "default" falls
  // back to it when no literal "default" survives disabled_clusters.
  EraResult MergeConfigs(AliasEra era) {
    EraResult r;
    const auto map = BuildClusterMap();
    std::vector<const ClusterContext*> contexts;
    const bool dropped = KubeconfigFails(era, r);
    if (!r.fatal.empty()) return r;
    std::vector<const ClusterContext*> kubeconfig;
    if (!dropped) kubeconfig = Kubeconfig(era == AliasEra::kKubeconfigOnly && semantics_.disabled_clusters);
    if (era == AliasEra::kMergeConfigs) {
      if (creds_.build_cluster_given && !FindIn(map, "default")) {
        r.failure = StartupFailure::kNoDefaultInBuildCluster;
        r.fatal = "plank of " + Version() + " exits at start-up: the build-cluster file must "
                  "have a \"default\" alias";
        r.fatal_pos = creds_.build_cluster_pos;
        return r;
      }
      if (creds_.build_cluster_given && BuildClusterMapFails(r)) return r;
      contexts = Union(kubeconfig, map);
    } else {
      if (creds_.build_cluster_given)
        Note(Version() + " has no --build-cluster (removed 2020-08-24, test-infra #15287): "
             "the clusters.yaml aliases are not loaded; convert the file with cm2kc");
      contexts = kubeconfig;
    }
    AddAll(r, contexts);
    bool no_in_cluster = options_.no_in_cluster_config;
    if (no_in_cluster && !semantics_.no_in_cluster_config_flag) {
      Note(Version() + " has no --no-in-cluster-config (added 2021-08-27); judged without it");
      no_in_cluster = false;
    }
    if (no_in_cluster || FindIn(contexts, "default")) return r;
    // The fallback. Say why: a disabled literal, or none at all.
    const Located<std::string>* disabled_default = nullptr;
    for (const auto& d : disabled_)
      if (d.value == "default" && era == AliasEra::kKubeconfigOnly) disabled_default = &d;
    const ClusterContext* unread = FindIn(map, "default");
    if (dropped) {
      r.aliases["default"].push_back({nullptr, FallbackCause::kKubeconfigDropped, dropped_cause_});
    } else if (era == AliasEra::kKubeconfigOnly && unread) {
      r.aliases["default"].push_back(
          {nullptr, FallbackCause::kBuildClusterUnread, unread->alias.pos});
    } else if (disabled_default && FindIn(Kubeconfig(false), "default")) {
      r.aliases["default"].push_back(
          {nullptr, FallbackCause::kDisabledLiteralDefault, disabled_default->pos});
    } else {
      r.aliases["default"].push_back(
          {nullptr, FallbackCause::kNoLiteralDefault, CredentialsPos()});
    }
    return r;
  }

  const Credentials& creds_;
  const VersionSemantics& semantics_;
  const ClusterOptions& options_;
  const std::vector<Located<std::string>>& disabled_;
  Notes& notes_;
  Position dropped_cause_;  // the failing context that dropped them all
};

const ClusterContext* ServiceContext(const Credentials& creds, const std::string& alias) {
  if (alias.empty()) return nullptr;
  for (const ClusterContext& c : creds.kubeconfig)
    if (c.alias.value == alias) return &c;
  for (const ClusterContext& c : creds.build_cluster)
    if (c.alias.value == alias) return &c;
  return nullptr;
}

}  // namespace

std::string Destination::Why(const std::string& version) const {
  const bool remap_era = era == AliasEra::kBuildClusterIgnored || era == AliasEra::kStartupPanic ||
                         era == AliasEra::kRandomDefault || era == AliasEra::kLiteralDefaultKept;
  switch (fallback) {
    case FallbackCause::kNone:
      return "";
    case FallbackCause::kNoBuildClusterFile:
      return version + " runs every job in the service cluster when no --build-cluster file "
                       "is given";
    case FallbackCause::kBuildClusterIgnored:
      return version + " ignores the build-cluster file, so \"default\" is the service "
                       "cluster (test-infra #10987)";
    case FallbackCause::kLiteralDefaultClobbered:
      return version + " overwrites the literal \"default\" with the service cluster "
                       "(test-infra #11209)";
    case FallbackCause::kNoLiteralDefault:
      return "the credentials define no literal \"default\", so " +
             (remap_era ? version : std::string("Prow")) +
             " uses the service cluster as \"default\"";
    case FallbackCause::kDisabledLiteralDefault:
      return "disabled_clusters removes the literal \"default\" context, so Prow uses the "
             "service cluster as \"default\"";
    case FallbackCause::kBuildClusterUnread:
      return version + " does not read build-cluster files, so their literal \"default\" is "
                       "not loaded and Prow uses the service cluster as \"default\"";
    case FallbackCause::kKubeconfigDropped:
      return "a kubeconfig context fails to load, so " + version +
             " drops every $KUBECONFIG context and uses the service cluster as \"default\"";
  }
  return "";
}

std::string Destination::Describe() const {
  if (!context) return "the service cluster";
  std::string out = "cluster \"" + context->alias.value + "\"";
  if (service_cluster) return out + " (the service cluster)";
  if (!context->server.empty()) out += " (" + context->server + ")";
  return out;
}

const Route* ClusterResolution::Find(std::string_view alias) const {
  auto it = routes.find(alias);
  return it == routes.end() ? nullptr : &it->second;
}

bool ClusterResolution::ReachesServiceCluster(std::string_view alias) const {
  const Route* route = judged ? Find(alias) : nullptr;
  if (!route) return false;
  for (const Destination& d : route->destinations)
    if (d.service_cluster) return true;
  return false;
}

ClusterResolution ResolveClusters(const Credentials& creds, const ProwConfig& config,
                                  const VersionSemantics& semantics,
                                  const ClusterOptions& options, Notes& notes) {
  ClusterResolution res;
  res.semantics = semantics;
  res.judged = creds.Given();
  if (semantics.disabled_clusters) {
    res.disabled = config.disabled_clusters;
  } else if (!config.disabled_clusters.empty()) {
    notes.Add(semantics.Name() + " ignores disabled_clusters (added 2023-09-27)");
  }
  if (!res.judged) {
    notes.Add("no --kubeconfig or --build-cluster given: cluster aliases were not checked");
    return res;
  }

  for (const ClusterContext& c : creds.kubeconfig) {
    const bool off = IsDisabled(c.alias.value, res.disabled);
    if (c.alias.value == "default" && !off) res.literal_defaults.push_back(&c);
  }
  for (const ClusterContext& c : creds.build_cluster)
    if (c.alias.value == "default") res.literal_defaults.push_back(&c);

  // An alias the credentials lack is a usage error before this
  // (CheckServiceClusterAlias).
  const ClusterContext* service = ServiceContext(creds, options.service_cluster);
  auto is_service = [&](const ClusterContext* c) {
    if (!c) return true;
    if (!service) return false;
    return c == service || c->alias.value == service->alias.value ||
           (!service->server.empty() && c->server == service->server);
  };

  EraResolver resolver(creds, semantics, options, res.disabled, notes);
  std::vector<EraResult> eras;
  for (AliasEra era : semantics.eras) eras.push_back(resolver.Resolve(era));

  std::size_t fatal = 0;
  bool earliest_fails = false;  // eras are in time order
  for (std::size_t i = 0; i < eras.size(); ++i) {
    const EraResult& e = eras[i];
    if (e.fatal.empty()) continue;
    ++fatal;
    earliest_fails = earliest_fails || i == 0;
    if (res.startup_failure.empty()) {
      res.startup_failure = e.fatal;
      res.failure = e.failure;
      res.failure_pos = e.fatal_pos;
    }
  }
  if (fatal > 0 && fatal < eras.size()) {
    notes.Add(res.startup_failure + (earliest_fails
                                                   ? " (if the tag was built before the change that day)"
                                                   : " (if the tag was built after the change that day)"));
    res.startup_failure.clear();
    res.failure = StartupFailure::kNone;
  }

  for (std::size_t i = 0; i < eras.size(); ++i) {
    const EraResult& e = eras[i];
    if (!e.fatal.empty()) continue;
    for (const auto& [alias, dests] : e.aliases) {
      Route& route = res.routes[alias];
      for (const EraDestination& d : dests) {
        auto same = [&](const Destination& x) { return x.context == d.context; };
        auto it = std::find_if(route.destinations.begin(), route.destinations.end(), same);
        if (it != route.destinations.end()) continue;
        Destination dest;
        dest.context = d.context;
        dest.service_cluster = is_service(d.context);
        dest.likelihood = dests.size() > 1 ? Likelihood::kRandomPerRestart : Likelihood::kAlways;
        dest.fallback = d.fallback;
        dest.era = semantics.eras[i];
        dest.cause = d.cause;
        route.destinations.push_back(std::move(dest));
      }
    }
  }
  // A destination or alias that only some builds of the version produce.
  std::size_t working = eras.size() - fatal;
  for (auto& [alias, route] : res.routes) {
    std::size_t loaded = 0;
    for (const EraResult& e : eras)
      if (e.fatal.empty() && e.aliases.count(alias)) ++loaded;
    route.loaded_in_every_build = loaded == working;
    for (Destination& d : route.destinations) {
      std::size_t present = 0;
      for (const EraResult& e : eras) {
        if (!e.fatal.empty()) continue;
        auto it = e.aliases.find(alias);
        if (it == e.aliases.end()) continue;
        for (const EraDestination& x : it->second) present += x.context == d.context ? 1 : 0;
      }
      if (present < working) d.likelihood = Likelihood::kDependsOnBuild;
    }
  }
  return res;
}

}  // namespace prowlint
