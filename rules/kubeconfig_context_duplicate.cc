// SPDX-License-Identifier: Apache-2.0
// Flags a context defined in two kubeconfig files that one Prow component
// reads: fatal for --kubeconfig/--kubeconfig-dir, silently first-wins for a
// $KUBECONFIG list. Why: see rules/kubeconfig_context_duplicate.md.
#include <map>
#include <set>

#include "lint/base/text.h"
#include "rules/registry.h"
#include "rules/support/component_clusters.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

class KubeconfigContextDuplicate final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "kubeconfig-context-duplicate",
        "The same context is defined in two kubeconfig files one component reads: Prow "
        "refuses to start for --kubeconfig-dir, and a $KUBECONFIG list silently keeps the "
        "first.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    std::set<Position> reported;
    for (const Component& c : deploy.manifests.components) {
      if (c.init_container) continue;
      const ComponentClusters cc = TraceComponentClusters(c, deploy);
      // Each file the component reads: a ref, and for a directory each key.
      std::map<std::string, std::pair<const TracedRef*, const ClusterContext*>> first;
      for (const TracedRef& t : cc.refs) {
        for (const ClusterContext* ctx : t.contexts) {
          auto [it, fresh] = first.emplace(ctx->alias.value, std::make_pair(&t, ctx));
          if (fresh) continue;
          const ClusterContext* earlier = it->second.second;
          if (earlier->wrapper == ctx->wrapper && earlier->wrapper_key == ctx->wrapper_key)
            continue;  // one file
          if (!reported.insert(ctx->alias.pos).second) continue;
          // A $KUBECONFIG list merges first-wins; Prow's own candidates
          // (--kubeconfig, --kubeconfig-dir) must not repeat a context.
          const bool fatal = t.ref->flag != CredentialFlag::kKubeconfigEnv;
          Finding& f = sink.Report(
              fatal ? Severity::kError : Severity::kWarning, ctx->alias.pos,
              "context " + Quote(ctx->alias.value) + " is defined again here (" + Where(*ctx) +
                  ") for " + c.name + ", which reads it through " +
                  CredentialFlagName(t.ref->flag) +
                  (fatal ? ": Prow refuses to start when a context occurs in two kubeconfig files"
                         : ": the first definition (" + Where(*earlier) + ") silently wins"),
              fatal ? "keep each context in one file" : "remove one of the two definitions");
          f.subject = {"context " + ctx->alias.value + " read by " + ComponentSubject(c), ""};
          f.related.push_back({earlier->alias.pos, "first defined here"});
          f.related.push_back({t.ref->path.pos, c.name + " reads it through this path"});
        }
      }
    }
    // The --kubeconfig files given to prowlint, read like a $KUBECONFIG list.
    for (const ClusterContext& s : deploy.credentials.shadowed) {
      if (!reported.insert(s.alias.pos).second) continue;
      const ClusterContext* winner = nullptr;
      for (const ClusterContext& k : deploy.credentials.kubeconfig)
        if (k.alias.value == s.alias.value) winner = &k;
      Finding& f =
          sink.Report(Severity::kWarning, s.alias.pos,
                      "context " + Quote(s.alias.value) + " is defined again here (" + Where(s) +
                          "); read as one $KUBECONFIG list, the first definition" +
                          (winner ? " (" + Where(*winner) + ")" : std::string()) + " silently wins",
                      "remove one of the two definitions");
      f.subject = {"context " + s.alias.value + " of the --kubeconfig files", ""};
      if (winner) f.related.push_back({winner->alias.pos, "first defined here"});
    }
  }

 private:
  static std::string Where(const ClusterContext& c) {
    std::string out = c.server.empty() ? "no server" : "server " + c.server;
    if (!c.wrapper.empty()) out += ", " + Quote(c.wrapper) + " key " + Quote(c.wrapper_key);
    return out;
  }
};

}  // namespace

std::unique_ptr<Rule> NewKubeconfigContextDuplicate() {
  return std::make_unique<KubeconfigContextDuplicate>();
}

}  // namespace prowlint::rules
