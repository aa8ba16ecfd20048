// SPDX-License-Identifier: Apache-2.0
// See load_plugin_config.h. Keys from Prow's plugins.Configuration,
// ConfigUpdater and ConfigMapSpec (pkg/plugins/config.go).
#include "lint/load/load_plugin_config.h"

#include "lint/load/record_keys.h"
#include "lint/yaml/yaml_fields.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

void LoadPlugins(const yaml::Node& plugins, PluginConfig& out, Diagnostics& diag) {
  if (!ExpectMap(plugins, "\"plugins\"", diag)) return;
  for (const yaml::Entry& e : plugins.Entries()) {
    EnabledPlugins p;
    p.target = {e.key.Str(), e.key.pos()};
    if (e.value.IsSeq()) {
      // The form before 2021-02-23, still read: a plain list of names.
      for (const yaml::Node& item : e.value.Items())
        if (item.IsScalar()) p.plugins.push_back({item.Str(), item.pos()});
    } else if (ExpectMap(e.value, "the plugins of " + e.key.Str(), diag)) {
      p.plugins = ReadStringList(e.value, "plugins", diag);
      p.excluded_repos = ReadStringList(e.value, "excluded_repos", diag);
    }
    out.plugins.push_back(std::move(p));
  }
}

void LoadExternal(const yaml::Node& external, PluginConfig& out, Diagnostics& diag) {
  if (!ExpectMap(external, "\"external_plugins\"", diag)) return;
  for (const yaml::Entry& e : external.Entries()) {
    ExternalPlugins p;
    p.target = {e.key.Str(), e.key.pos()};
    for (const yaml::Node& item : e.value.Items())
      if (auto name = item.IsMap() ? ReadString(item, "name", diag) : std::nullopt)
        p.names.push_back(*name);
    out.external_plugins.push_back(std::move(p));
  }
}

ConfigUpdaterMap LoadMap(const yaml::Entry& e, Diagnostics& diag) {
  ConfigUpdaterMap m;
  m.pattern = {e.key.Str(), e.key.pos()};
  const yaml::Node& v = e.value;
  if (!ExpectMap(v, "config_updater map " + e.key.Str(), diag)) return m;
  m.name = ReadString(v, "name", diag);
  m.key = ReadString(v, "key", diag);
  m.ns = ReadString(v, "namespace", diag);
  m.partitioned_names = ReadStringList(v, "partitioned_names", diag);
  m.gzip = ReadBool(v, "gzip", diag);
  m.use_full_path_as_key = ReadBool(v, "use_full_path_as_key", diag);
  m.cluster_groups = ReadStringList(v, "cluster_groups", diag);
  const yaml::Node clusters = v.Get("clusters");
  if (ExpectMap(clusters, "\"clusters\"", diag)) {
    m.clusters_given = true;
    for (const yaml::Entry& c : clusters.Entries()) {
      ConfigMapCluster cluster;
      cluster.alias = {c.key.Str(), c.key.pos()};
      for (const yaml::Node& ns : c.value.Items())
        if (ns.IsScalar() || ns.IsNull()) cluster.namespaces.push_back({ns.Str(), ns.pos()});
      m.clusters.push_back(std::move(cluster));
    }
  }
  return m;
}

void LoadConfigUpdater(const yaml::Node& cu, PluginConfig& out, Diagnostics& diag) {
  if (!ExpectMap(cu, "\"config_updater\"", diag)) return;
  out.config_updater_given = true;
  out.gzip = ReadBool(cu, "gzip", diag);
  const yaml::Node maps = cu.Get("maps");
  if (ExpectMap(maps, "\"maps\"", diag))
    for (const yaml::Entry& e : maps.Entries()) out.maps.push_back(LoadMap(e, diag));
  const yaml::Node groups = cu.Get("cluster_groups");
  if (ExpectMap(groups, "\"cluster_groups\"", diag)) {
    for (const yaml::Entry& e : groups.Entries()) {
      ConfigUpdaterClusterGroup g;
      g.name = {e.key.Str(), e.key.pos()};
      if (e.value.IsMap()) {
        g.clusters = ReadStringList(e.value, "clusters", diag);
        g.namespaces = ReadStringList(e.value, "namespaces", diag);
      }
      out.cluster_groups.push_back(std::move(g));
    }
  }
}

}  // namespace

namespace {

// The values Configuration.Validate checks (kubernetes-sigs/prow
// pkg/plugins/config.go: compileRegexpsAndDurations, validateBlunderbuss,
// validateSizes), as written.
void LoadCheckedValues(const yaml::Node& root, PluginConfig& out) {
  auto regexp = [&](const yaml::Node& v, std::string key) {
    if (v.IsScalar()) out.regexps.push_back({std::move(key), {v.Str(), v.pos()}});
  };
  regexp(root.Get("sigmention").Get("regexp"), "sigmention.regexp");
  regexp(root.Get("cherry_pick_unapproved").Get("branchregexp"),
         "cherry_pick_unapproved.branchregexp");
  regexp(root.Get("heart").Get("commentregexp"), "heart.commentregexp");
  const auto blockades = root.Get("blockades").Items();
  for (std::size_t i = 0; i < blockades.size(); ++i)
    regexp(blockades[i].Get("branchregexp"), "blockades[" + std::to_string(i) + "].branchregexp");
  const auto labels = root.Get("require_matching_label").Items();
  for (std::size_t i = 0; i < labels.size(); ++i)
    regexp(labels[i].Get("regexp"), "require_matching_label[" + std::to_string(i) + "].regexp");
  const yaml::Node count = root.Get("blunderbuss").Get("request_count");
  if (count.IsScalar()) out.blunderbuss_request_count = Located<std::string>{count.Str(), count.pos()};
  const yaml::Node size = root.Get("size");
  for (const char* key : {"s", "m", "l", "xl", "xxl"}) {
    const yaml::Node v = size.Get(key);
    if (v.IsScalar()) out.size_thresholds.emplace_back(key, Located<std::string>{v.Str(), v.pos()});
  }
}

}  // namespace

PluginConfig LoadPluginConfig(const yaml::Node& root, Diagnostics& diag, KeyUses& keys) {
  PluginConfig out;
  out.given = true;
  out.file = root.pos().file;
  if (root.IsNull()) return out;
  if (!root.IsMap()) {
    diag.Error(root.pos(),
               std::string("a plugin config must be a mapping, found ") + root.Describe());
    return out;
  }
  const std::string other = NotProwFile(root, SchemaRoot::kPlugins);
  if (!other.empty())
    diag.Error(root.pos(),
               "--plugin-config holds no Prow plugin config: none of its keys is a "
               "plugins.yaml key (it looks like " +
                   other + ")");
  RecordKeys(root, SchemaRoot::kPlugins, keys);
  LoadPlugins(root.Get("plugins"), out, diag);
  LoadExternal(root.Get("external_plugins"), out, diag);
  LoadConfigUpdater(root.Get("config_updater"), out, diag);
  LoadCheckedValues(root, out);
  return out;
}

PluginConfig LoadPluginConfigText(std::string_view text, FileId file, Diagnostics& diag,
                                  KeyUses& keys) {
  YamlParseOptions options;
  options.first_document_only = true;
  std::vector<yaml::Document> docs = ParseYaml(text, file, options, diag);
  if (docs.empty()) {
    PluginConfig out;
    out.given = true;
    out.file = file;
    return out;
  }
  PluginConfig out = LoadPluginConfig(docs.front().root(), diag, keys);
  out.file = file;
  return out;
}

}  // namespace prowlint
