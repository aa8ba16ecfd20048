// SPDX-License-Identifier: Apache-2.0
// Flags components whose ServiceAccount, as bound in the deploy manifests,
// lacks a permission the component's tag needs. Why: see
// rules/component_rbac_missing.md.
#include <algorithm>

#include "lint/base/text.h"
#include "lint/prow/version_table.h"
#include "rules/registry.h"
#include "rules/support/version_findings.h"

namespace prowlint::rules {
namespace {

// One role rule that applies to a ServiceAccount, and where.
struct Grant {
  const Role* role;
  const RbacRule* rule;
  std::string ns;  // "" = every namespace (ClusterRoleBinding)
};

bool Lists(const std::vector<std::string>& list, std::string_view item) {
  return std::any_of(list.begin(), list.end(),
                     [&](const std::string& s) { return s == item || s == "*"; });
}

bool SameNs(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

std::vector<std::string> Split(std::string_view verbs) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= verbs.size()) {
    const std::size_t comma = std::min(verbs.find(',', start), verbs.size());
    out.emplace_back(verbs.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

class ComponentRbacMissing final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "component-rbac-missing",
        "The Role or ClusterRole bound to a component's ServiceAccount in the deploy manifests "
        "lacks a permission the component's tag needs.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    const Manifests& m = deploy.manifests;
    if (m.roles.empty() || m.bindings.empty()) return;  // RBAC is not in the tree
    // kustomize rewrites namespaces on build: judge by names only.
    const bool any_ns = m.kustomize;
    if (any_ns)
      sink.Note(
          "the deploy manifests are a kustomize tree: RBAC was judged by role and "
          "ServiceAccount names, not namespaces (render it with kustomize build and pass "
          "--deploy-manifest - to judge namespaces too)");
    for (const Component& c : m.components) {
      if (c.init_container || !c.version || c.version->date == 0) continue;
      const std::string sa = c.service_account ? c.service_account->value : "default";
      const std::string sa_ns = c.ns.empty() ? deploy.config.prowjob_namespace.value : c.ns;
      const std::vector<Grant> grants = GrantsOf(m, sa, sa_ns, any_ns);
      if (grants.empty()) continue;  // this ServiceAccount's RBAC lives elsewhere
      for (const RbacRow& row : RbacNeeds()) {
        if (row.component != c.name) continue;
        const Presence in = Within(c.version, row.span);
        if (in == Presence::kNo) continue;
        if (!row.only_with_flag.empty() && !Enabled(c, row.only_with_flag)) continue;
        // Without config.yaml the pod namespace is unknown.
        if (row.scope == RbacScope::kPodNamespace && !deploy.config.given) continue;
        const std::string ns = ScopeNamespace(deploy, row.scope, sa_ns);
        // Pod permissions in the build clusters are granted there; judge
        // them only when this tree grants the ServiceAccount anything in
        // that namespace.
        if (row.scope == RbacScope::kPodNamespace && !any_ns &&
            std::none_of(grants.begin(), grants.end(),
                         [&](const Grant& g) { return !g.ns.empty() && g.ns == ns; }))
          continue;
        const std::vector<std::string> missing = MissingVerbs(row, grants, ns, any_ns);
        if (missing.empty()) continue;
        ReportGap(sink, c, row, in, {sa, ns}, grants, missing);
      }
    }
  }

 private:
  // The verbs of `row` no grant in namespace `ns` gives.
  static std::vector<std::string> MissingVerbs(const RbacRow& row, const std::vector<Grant>& grants,
                                               const std::string& ns, bool any_ns) {
    std::vector<std::string> missing;
    for (const std::string& verb : Split(row.verbs)) {
      const bool granted = std::any_of(grants.begin(), grants.end(), [&](const Grant& g) {
        return (any_ns || g.ns.empty() || SameNs(g.ns, ns)) &&
               Lists(g.rule->api_groups, row.api_group) &&
               Lists(g.rule->resources, row.resource) && Lists(g.rule->verbs, verb);
      });
      if (!granted) missing.push_back(verb);
    }
    return missing;
  }

  struct Account {
    const std::string& service_account;
    const std::string& ns;  // where the row's permission is needed
  };

  static void ReportGap(FindingSink& sink, const Component& c, const RbacRow& row, Presence in,
                        const Account& account, const std::vector<Grant>& grants,
                        const std::vector<std::string>& missing) {
    const std::string& sa = account.service_account;
    const std::string& ns = account.ns;
    // Without watch an informer still lists (and syncs); it logs errors
    // and sees changes only when it lists again: degraded, not down.
    const bool watch_only = row.effect == RbacEffect::kWatchFails ||
                            (missing.size() == 1 && missing.front() == "watch");
    const RbacEffect effect = watch_only ? RbacEffect::kWatchFails : row.effect;
    const bool certain = in == Presence::kYes && IsSure(row.certainty);
    // Degraded, not down: a warning.
    const bool sure = certain && !watch_only && effect != RbacEffect::kPodReportLost;
    std::string verbs;
    for (const std::string& v : missing) verbs += (verbs.empty() ? "" : ", ") + v;
    const std::string resource =
        row.api_group.empty() ? std::string(row.resource)
                              : std::string(row.resource) + "." + std::string(row.api_group);
    const Grant& first = FirstIn(grants, ns);
    Finding& f =
        sink.Report(sure ? Severity::kError : Severity::kWarning, first.role->name.pos,
                    c.name + " " + c.version->tag + (certain ? " needs " : " may need ") +
                        verbs + " on " + resource + " in namespace " + Quote(ns) + " (" +
                        SourceText(row.source) + "), which no role bound to ServiceAccount " +
                        Quote(sa) + " grants; " + Effect(effect),
                    "add a rule with apiGroups [" + Quote(std::string(row.api_group)) +
                        "], resources [" + std::string(row.resource) + "] and verbs [" + verbs +
                        "] to " + Quote(first.role->name.value));
    // Not the verbs: one more missing verb is the same gap.
    f.subject = {resource + " in namespace " + ns + " for " + ComponentSubject(c), ""};
    f.related.push_back({c.image.pos, c.name + " " + c.version->tag + " runs here"});
  }

  static std::vector<Grant> GrantsOf(const Manifests& m, const std::string& sa,
                                     const std::string& sa_ns, bool any_ns) {
    std::vector<Grant> out;
    for (const RoleBinding& b : m.bindings) {
      const bool bound = std::any_of(b.subjects.begin(), b.subjects.end(), [&](const auto& s) {
        const std::string& ns = s.ns.empty() ? b.ns : s.ns;
        return s.kind == "ServiceAccount" && s.name == sa && (any_ns || SameNs(ns, sa_ns));
      });
      if (!bound) continue;
      for (const Role& r : m.roles) {
        if (r.name.value != b.role || r.cluster_role != b.role_is_cluster_role) continue;
        if (!r.cluster_role && !any_ns && !SameNs(r.ns, b.ns)) continue;
        // A RoleBinding grants in its namespace, even a ClusterRole's rules.
        const std::string ns = b.cluster_binding ? "" : (b.ns.empty() ? sa_ns : b.ns);
        for (const RbacRule& rule : r.rules) out.push_back({&r, &rule, ns});
      }
    }
    return out;
  }

  static std::string ScopeNamespace(const Deploy& deploy, RbacScope scope,
                                    const std::string& sa_ns) {
    if (!deploy.config.given) return sa_ns;
    return scope == RbacScope::kPodNamespace ? deploy.config.pod_namespace.value
                                             : deploy.config.prowjob_namespace.value;
  }

  static const Grant& FirstIn(const std::vector<Grant>& grants, const std::string& ns) {
    for (const Grant& g : grants)
      if (!g.ns.empty() && g.ns == ns) return g;
    return grants.front();
  }

  static bool Enabled(const Component& c, std::string_view flag) {
    const Flag* f = c.FindFlag(flag);
    return f && f->value && !f->value->value.empty() && f->value->value != "0";
  }

  static std::string Effect(RbacEffect effect) {
    switch (effect) {
      case RbacEffect::kNoLeaderElection:
        return "it never takes the leader lock and does nothing";
      case RbacEffect::kRequestsForbidden:
        return "its requests fail as forbidden";
      case RbacEffect::kBuildClusterDropped:
        return "it drops the cluster at start and jobs there fail";
      case RbacEffect::kPodReportLost:
        return "it cannot put its finalizer on job pods, so a pod may be deleted before crier "
               "records it: the job's podinfo.json (Spyglass's pod lens) is then missing, and "
               "crier logs a failed patch for every running job";
      case RbacEffect::kWatchFails:
        return "its informer cannot watch, so it logs errors and sees changes only when it "
               "lists again";
    }
    return "";
  }
};

}  // namespace

std::unique_ptr<Rule> NewComponentRbacMissing() { return std::make_unique<ComponentRbacMissing>(); }

}  // namespace prowlint::rules
