// SPDX-License-Identifier: Apache-2.0
// Flags build-cluster aliases that point at the same API server. Why: see
// rules/credential_duplicate_server.md.
#include <map>

#include "lint/base/text.h"
#include "rules/registry.h"

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
    const Credentials& creds = analysis.deploy.credentials;
    if (!creds.Given()) {
      sink.CouldNotJudge(Unjudged::kNoCredentials);
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
      if (contexts.size() < 2) continue;
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
