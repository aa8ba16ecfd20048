// SPDX-License-Identifier: Apache-2.0
// See load_kubeconfig.h. Alias = context name (prow-semantics §1.4); the
// context's cluster entry gives the server URL.
#include "lint/load/load_kubeconfig.h"

#include <set>

#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// The entry's body (`cluster:` or `user:`) and where a missing field points.
KubeconfigEntry ReadEntry(const yaml::Node& item, const char* body_key, Diagnostics& diag,
                          yaml::Node& body) {
  KubeconfigEntry entry;
  if (auto name = ReadString(item, "name", diag)) entry.name = *name;
  body = item.Get(body_key);
  const yaml::Node key = item.Key(body_key);
  entry.pos = key.Present() ? key.pos() : item.pos();
  return entry;
}

void ReadCluster(KubeconfigEntry& entry, const yaml::Node& cluster, Diagnostics& diag) {
  const std::string& name = entry.name.value;
  MaterialVerdicts& v = entry.verdicts;
  const yaml::Node server = cluster.Get("server");
  if (auto s = ReadString(cluster, "server", diag); s && !s->value.empty()) {
    entry.server = RedactUrl(s->value);
    JudgeServer(server, "server", name, v);
  } else {
    // client-go: "no server found for cluster".
    v.problems.push_back({CredentialDefect::kNoServer, entry.pos, "server", "", name});
  }
  JudgeCertificate(cluster, "certificate-authority-data", CertificateRole::kClusterCa, name, v);
}

void ReadUser(KubeconfigEntry& entry, const yaml::Node& user) {
  const std::string& name = entry.name.value;
  MaterialVerdicts& v = entry.verdicts;
  JudgeCertificate(user, "client-certificate-data", CertificateRole::kClientCertificate, name, v);
  JudgeKey(user, "client-key-data", name, v);
  JudgeToken(user, "token", v);
  // client-go's validateAuthInfo: a client certificate needs its key.
  for (const char* cert : {"client-certificate-data", "client-certificate"}) {
    if (user.Get(cert).IsNull()) continue;
    if (user.Get("client-key-data").IsNull() && user.Get("client-key").IsNull()) {
      const yaml::Node key = user.Key(cert);
      v.problems.push_back({CredentialDefect::kCertificateWithoutKey, key.pos(), cert, "", name});
    }
    break;
  }
}

}  // namespace

bool LooksLikeKubeconfig(const yaml::Node& root) {
  return root.IsMap() && (root.Get("kind").Text() == "Config" || root.Get("contexts").Present() ||
                          root.Get("clusters").Present());
}

void BindContext(ClusterContext& ctx, const KubeconfigEntries& clusters,
                 const KubeconfigEntries& users) {
  ctx.server.clear();
  ctx.certificates.clear();
  ctx.tokens.clear();
  ctx.problems.clear();
  ctx.redacted = false;
  auto add = [&](const MaterialVerdicts& v) {
    ctx.redacted = ctx.redacted || v.redacted;
    ctx.certificates.insert(ctx.certificates.end(), v.certificates.begin(), v.certificates.end());
    ctx.tokens.insert(ctx.tokens.end(), v.tokens.begin(), v.tokens.end());
    ctx.problems.insert(ctx.problems.end(), v.problems.begin(), v.problems.end());
  };
  // Where a missing reference points: the reference, else the context's name.
  const Position cluster_pos = ctx.cluster_ref.pos.Known() ? ctx.cluster_ref.pos : ctx.alias.pos;
  auto cluster = clusters.find(ctx.cluster_ref.value);
  ctx.cluster_found = cluster != clusters.end();
  if (ctx.cluster_found) {
    ctx.server = cluster->second.server;
    add(cluster->second.verdicts);
  } else {
    ctx.problems.push_back({CredentialDefect::kClusterEntryMissing, cluster_pos, "cluster",
                            ctx.cluster_ref.value, ""});
  }
  auto user = users.find(ctx.user_ref.value);
  ctx.user_found = ctx.user_ref.value.empty() || user != users.end();
  if (!ctx.user_found) {
    ctx.problems.push_back({CredentialDefect::kUserEntryMissing, ctx.user_ref.pos, "user",
                            ctx.user_ref.value, ""});
  } else if (user != users.end()) {
    add(user->second.verdicts);
  }
}

Kubeconfig LoadKubeconfig(const yaml::Node& root, const std::string& container,
                          Diagnostics& diag) {
  Kubeconfig out;
  if (!LooksLikeKubeconfig(root)) {
    diag.Error(root.pos(), "not a kubeconfig: no \"contexts\" or \"clusters\"" + InContainer(container));
    return out;
  }

  // client-go refuses a name listed twice in clusters, users or contexts
  // (api/v1 conversion: duplicate name in list), so Prow cannot load the file.
  for (const char* list : {"clusters", "users", "contexts"}) {
    std::map<std::string, Position> seen;
    for (const yaml::Node& item : root.Get(list).Items()) {
      const yaml::Node name = item.Get("name");
      if (!name.IsScalar()) continue;
      auto [it, fresh] = seen.emplace(name.Str(), name.pos());
      if (!fresh)
        diag.Error(name.pos(), "\"" + name.Str() + "\" is listed twice in " + list + " (also line " +
                                   std::to_string(it->second.line) +
                                   "); Prow cannot load this kubeconfig" + InContainer(container));
    }
  }

  const yaml::Node clusters = root.Get("clusters");
  if (ExpectSeq(clusters, "\"clusters\"", diag)) {
    for (const yaml::Node& item : clusters.Items()) {
      if (!ExpectMap(item, "a cluster entry", diag)) continue;
      yaml::Node body;
      KubeconfigEntry entry = ReadEntry(item, "cluster", diag, body);
      if (!entry.name.pos.Known() || !ExpectMap(body, "\"cluster\"", diag)) continue;
      ReadCluster(entry, body, diag);
      out.clusters.emplace(entry.name.value, std::move(entry));
    }
  }

  const yaml::Node users = root.Get("users");
  if (ExpectSeq(users, "\"users\"", diag)) {
    for (const yaml::Node& item : users.Items()) {
      if (!item.IsMap()) continue;
      yaml::Node body;
      KubeconfigEntry entry = ReadEntry(item, "user", diag, body);
      if (body.IsMap()) ReadUser(entry, body);
      out.users.emplace(entry.name.value, std::move(entry));
    }
  }
  for (const KubeconfigEntries* entries : {&out.clusters, &out.users})
    for (const auto& [name, entry] : *entries)
      for (const CredentialProblem& p : entry.verdicts.problems)
        if (EffectOf(p.defect) == DefectEffect::kFileFails) out.file_failures.push_back(p);

  const yaml::Node contexts = root.Get("contexts");
  if (ExpectSeq(contexts, "\"contexts\"", diag)) {
    for (const yaml::Node& item : contexts.Items()) {
      if (!ExpectMap(item, "a context entry", diag)) continue;
      auto name = ReadString(item, "name", diag);
      if (!name || name->value.empty()) {
        diag.Error(item.pos(), "context has no name" + InContainer(container));
        continue;
      }
      ClusterContext ctx;
      ctx.alias = *name;
      ctx.format = CredentialFormat::kKubeconfig;
      ctx.container = container;
      const yaml::Node context = item.Get("context");
      if (ExpectMap(context, "\"context\"", diag)) {
        if (auto c = ReadString(context, "cluster", diag)) ctx.cluster_ref = *c;
        if (auto u = ReadString(context, "user", diag)) ctx.user_ref = *u;
      }
      BindContext(ctx, out.clusters, out.users);
      out.contexts.push_back(std::move(ctx));
    }
  }
  if (auto current = ReadString(root, "current-context", diag); current && !current->value.empty())
    out.current_context = current;
  return out;
}

}  // namespace prowlint
