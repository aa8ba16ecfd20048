// SPDX-License-Identifier: Apache-2.0
// See component_clusters.h.
#include "rules/support/component_clusters.h"

#include <algorithm>

namespace prowlint {
namespace {

bool SameNamespace(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || a == b;
}

// Whether data key `key` is a file Prow reads through `ref`: the key the
// path names, or, for a directory, every key with the --kubeconfig-suffix.
bool Selects(const CredentialRef& ref, const std::string& key, const std::string& suffix) {
  if (!ref.key.empty()) return key == ref.key;
  if (key.rfind("..", 0) == 0) return false;  // mount internals
  return key.size() >= suffix.size() &&
         key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

ComponentClusters TraceComponentClusters(const Component& c, const Deploy& deploy) {
  ComponentClusters out;
  out.component = &c;
  // client-go reads $KUBECONFIG only when neither flag names a file
  // (prow-semantics §1.5; SP pkg/kube/config.go).
  bool flags = false;
  for (const CredentialRef& r : c.credentials)
    flags =
        flags || r.flag == CredentialFlag::kKubeconfig || r.flag == CredentialFlag::kKubeconfigDir;
  std::string suffix;
  if (const Flag* f = c.FindFlag("kubeconfig-suffix"); f && f->value) suffix = f->value->value;

  out.complete = true;
  for (const CredentialRef& r : c.credentials) {
    if (flags && r.flag == CredentialFlag::kKubeconfigEnv) continue;
    TracedRef t;
    t.ref = &r;
    if (!r.object.empty()) {
      const std::string what =
          std::string(r.object_kind == ObjectKind::kSecret ? "Secret" : "ConfigMap") + " \"" +
          r.object + "\"";
      // Given on the command line as a Secret manifest: matched by name.
      for (const ClusterContext& ctx : deploy.credentials.AllContexts()) {
        if (ctx.wrapper != r.object || !Selects(r, ctx.wrapper_key, suffix)) continue;
        t.known = true;
        t.contexts.push_back(&ctx);
      }
      // Else in the deploy tree, in the component's namespace.
      if (!t.known) {
        for (const ManifestObject& o : deploy.manifests.objects) {
          if (o.kind != r.object_kind || o.name.value != r.object || !SameNamespace(o.ns, c.ns))
            continue;
          for (const ClusterContext& ctx : o.contexts) {
            if (!Selects(r, ctx.wrapper_key, suffix)) continue;
            t.known = true;
            t.contexts.push_back(&ctx);
          }
        }
      }
      if (!t.known && std::find(out.unknown.begin(), out.unknown.end(), what) == out.unknown.end())
        out.unknown.push_back(what);
    } else {
      out.unknown.push_back("the file " + r.path.value);
    }
    out.complete = out.complete && t.known;
    out.refs.push_back(std::move(t));
  }
  // No credential file at all: the in-cluster config only.

  for (const TracedRef& t : out.refs)
    for (const ClusterContext* ctx : t.contexts) out.aliases.insert(ctx->alias.value);
  // Without a literal "default", Prow uses the service cluster as "default"
  // unless --no-in-cluster-config (prow-semantics §1.1).
  const Flag* no_in_cluster = c.FindFlag("no-in-cluster-config");
  const bool off =
      no_in_cluster && (!no_in_cluster->value || no_in_cluster->value->value == "true");
  if (!off) out.aliases.insert("default");
  return out;
}

}  // namespace prowlint
