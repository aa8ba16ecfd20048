// See load_kubeconfig.h. Alias = context name (prow-semantics §1.4); the
// context's cluster entry gives the server URL.
#include "lint/load_kubeconfig.h"

#include <map>
#include <set>

#include "lint/yaml_fields.h"

namespace prowlint {
namespace {

}  // namespace

bool LooksLikeKubeconfig(const yaml::Node& root) {
  return root.IsMap() && (root.Get("kind").Text() == "Config" || root.Get("contexts").Present() ||
                          root.Get("clusters").Present());
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

  std::map<std::string, std::string> servers;  // cluster entry name -> server URL
  const yaml::Node clusters = root.Get("clusters");
  if (ExpectSeq(clusters, "\"clusters\"", diag)) {
    for (const yaml::Node& item : clusters.Items()) {
      if (!ExpectMap(item, "a cluster entry", diag)) continue;
      auto name = ReadString(item, "name", diag);
      const yaml::Node cluster = item.Get("cluster");
      if (!name || !ExpectMap(cluster, "\"cluster\"", diag)) continue;
      auto server = ReadString(cluster, "server", diag);
      servers.emplace(name->value, server ? RedactUrl(server->value) : "");
    }
  }

  std::set<std::string> users;  // names only; the user entries hold the credentials
  const yaml::Node user_list = root.Get("users");
  if (ExpectSeq(user_list, "\"users\"", diag)) {
    for (const yaml::Node& item : user_list.Items()) {
      if (item.IsMap()) users.insert(item.Get("name").Str());
    }
  }

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
      auto server = servers.find(ctx.cluster_ref.value);
      ctx.cluster_found = server != servers.end();
      if (ctx.cluster_found) ctx.server = server->second;
      ctx.user_found = ctx.user_ref.value.empty() || users.count(ctx.user_ref.value) > 0;
      out.contexts.push_back(std::move(ctx));
    }
  }
  if (auto current = ReadString(root, "current-context", diag); current && !current->value.empty())
    out.current_context = current;
  return out;
}

}  // namespace prowlint
