// SPDX-License-Identifier: Apache-2.0
// Flags build-cluster aliases that point at the same API server. Why: see
// rules/credential_duplicate_server.md.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lint/base/text.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/component_clusters.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class CredentialDuplicateServer final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "credential-duplicate-server",
        "Two or more build-cluster aliases point at the same API server, so jobs sent to "
        "different aliases share one cluster.",
        Severity::kInfo};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    // Judged from the deploy tree's own credential objects too.
    const std::set<std::string> refused = PipelineRefuses(analysis, sink);
    const Credentials& creds = analysis.deploy.credentials;
    if (!creds.Given()) {
      if (refused.empty()) sink.CouldNotJudge(Unjudged::kNoCredentials);
      return;
    }
    std::map<std::string, std::vector<const ClusterContext*>> by_server;
    for (const ClusterContext& c : creds.AllContexts()) {
      if (c.server.empty()) continue;
      auto& aliases = by_server[c.server];
      bool seen = false;
      for (const ClusterContext* x : aliases) seen = seen || x->alias.value == c.alias.value;
      if (!seen) aliases.push_back(&c);
    }
    for (const auto& [server, contexts] : by_server) {
      if (contexts.size() < 2 || refused.count(server)) continue;
      std::vector<std::string> aliases;
      for (const ClusterContext* c : contexts) aliases.push_back(c->alias.value);
      const std::string service = ServiceAlias(contexts, analysis);
      std::string message = Count(contexts.size(), "alias", "aliases") + " point at API server " +
                            server + ": " + SampleNames(aliases, 6);
      Severity severity = Severity::kInfo;
      std::string hint =
          "make sure sharing one cluster is meant, or point each alias at its own server";
      if (!service.empty()) {
        severity = Severity::kWarning;
        message += "; " + Quote(service) +
                   " is the service cluster, so jobs on the others run "
                   "beside Prow";
        hint = "point the other aliases at a build cluster, or keep only trusted jobs on them";
      }
      Finding& f = sink.Report(severity, contexts[1]->alias.pos, message, hint);
      f.subject = {"API server " + server, ""};
      f.related.push_back({contexts[0]->alias.pos,
                           "alias " + Quote(aliases[0]) + " points at the same server here"});
    }
  }

 private:
  // The pipeline controller from SP#749 exits at start when two contexts of
  // the kubeconfigs it loads share an API server: an error at its image line
  // per server. Returns the servers reported.
  static std::set<std::string> PipelineRefuses(const Analysis& analysis, FindingSink& sink) {
    std::set<std::string> reported;
    const ClusterFeatureRow& row = FeatureRow(ClusterFeature::kPipelineRejectsSharedServers);
    for (const Component& c : analysis.deploy.manifests.components) {
      if (c.name != "pipeline" || c.init_container || !c.version) continue;
      const Presence refuses = FeaturePresence(c.version, row.feature);
      if (refuses == Presence::kNo) continue;
      std::map<std::string, std::vector<const ClusterContext*>> by_server;
      for (const TracedRef& t : TraceComponentClusters(c, analysis.deploy).refs)
        for (const ClusterContext* ctx : t.contexts)
          if (!ctx->server.empty()) by_server[ctx->server].push_back(ctx);
      for (const auto& [server, contexts] : by_server) {
        if (contexts.size() < 2) continue;
        std::vector<std::string> names;
        for (const ClusterContext* ctx : contexts) names.push_back(ctx->alias.value);
        Finding& f = sink.Report(
            refuses == Presence::kYes ? Severity::kError : analysis.run.UncertainSeverity(),
            c.image.pos,
            "pipeline " + c.version->tag + (refuses == Presence::kYes ? " exits" : " may exit") +
                " at start: contexts " + SampleNames(names, 6) + " of the kubeconfig it loads "
                "point at one API server " + server + ", which it refuses from " +
                std::string(row.source) + " (" + DayText(row.since.day) + ")",
            "keep one context per API server in the pipeline controller's kubeconfig");
        f.subject = {"API server " + server + " for " + ComponentSubject(c), ""};
        for (const ClusterContext* ctx : contexts)
          f.related.push_back({ctx->alias.pos, "context " + Quote(ctx->alias.value) + " is here"});
        reported.insert(server);
      }
    }
    return reported;
  }

  // The alias among `contexts` that is the service cluster (--service-cluster,
  // or resolved there), or "".
  static std::string ServiceAlias(const std::vector<const ClusterContext*>& contexts,
                                  const Analysis& analysis) {
    for (const ClusterContext* c : contexts)
      if (c->alias.value == analysis.run.cluster_options.service_cluster) return c->alias.value;
    for (const ClusterContext* c : contexts) {
      const Route* route = analysis.clusters.Find(c->alias.value);
      if (!route) continue;
      for (const Destination& d : route->destinations)
        if (d.context == c && d.service_cluster) return c->alias.value;
    }
    return "";
  }
};

}  // namespace

std::unique_ptr<Rule> NewCredentialDuplicateServer() {
  return std::make_unique<CredentialDuplicateServer>();
}

}  // namespace prowlint::rules
