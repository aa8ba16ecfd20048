// SPDX-License-Identifier: Apache-2.0
// See config_updater.h.
#include "rules/support/config_updater.h"

#include <filesystem>

namespace prowlint {
namespace {

namespace fs = std::filesystem;

// Expands the first {a,b} group; patterns without one expand to themselves.
void ExpandBraces(const std::string& pattern, std::vector<std::string>& out) {
  const std::size_t open = pattern.find('{');
  if (open == std::string::npos) {
    out.push_back(pattern);
    return;
  }
  int depth = 0;
  std::size_t close = std::string::npos;
  std::vector<std::size_t> commas;
  for (std::size_t i = open; i < pattern.size(); ++i) {
    if (pattern[i] == '{') ++depth;
    if (pattern[i] == '}' && --depth == 0) {
      close = i;
      break;
    }
    if (pattern[i] == ',' && depth == 1) commas.push_back(i);
  }
  if (close == std::string::npos) {
    out.push_back(pattern);
    return;
  }
  std::size_t start = open + 1;
  commas.push_back(close);
  for (std::size_t c : commas) {
    ExpandBraces(
        pattern.substr(0, open) + pattern.substr(start, c - start) + pattern.substr(close + 1),
        out);
    start = c + 1;
  }
}

bool ClassMatch(std::string_view p, std::size_t& i, char c) {
  // p[i] == '['; on return i is past ']'.
  std::size_t j = i + 1;
  bool negate = j < p.size() && (p[j] == '!' || p[j] == '^');
  if (negate) ++j;
  bool hit = false;
  bool first = true;
  while (j < p.size() && (first || p[j] != ']')) {
    first = false;
    char lo = p[j];
    if (j + 2 < p.size() && p[j + 1] == '-' && p[j + 2] != ']') {
      hit = hit || (c >= lo && c <= p[j + 2]);
      j += 3;
    } else {
      hit = hit || c == lo;
      ++j;
    }
  }
  i = j + 1;
  return hit != negate;
}

bool Match(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p.substr(0, 3) == "**/") {
    // Zero or more whole directories.
    if (Match(p.substr(3), s)) return true;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (s[i] == '/' && Match(p.substr(3), s.substr(i + 1))) return true;
    return false;
  }
  if (p.substr(0, 2) == "**") {
    for (std::size_t i = 0; i <= s.size(); ++i)
      if (Match(p.substr(2), s.substr(i))) return true;
    return false;
  }
  if (p[0] == '*') {
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (Match(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') break;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '?') return s[0] != '/' && Match(p.substr(1), s.substr(1));
  if (p[0] == '[') {
    std::size_t i = 0;
    return ClassMatch(p, i, s[0]) && Match(p.substr(i), s.substr(1));
  }
  return p[0] == s[0] && Match(p.substr(1), s.substr(1));
}

bool AnyMatch(const PluginConfig& plugins, const std::string& path) {
  for (const ConfigUpdaterMap& m : plugins.maps)
    if (ZglobMatch(m.pattern.value, path)) return true;
  return false;
}

std::string Relative(const fs::path& file, const fs::path& root) {
  const fs::path rel = file.lexically_relative(root);
  const std::string s = rel.generic_string();
  return s.rfind("..", 0) == 0 ? "" : s;
}

}  // namespace

bool ZglobMatch(std::string_view pattern, std::string_view path) {
  std::vector<std::string> alternatives;
  ExpandBraces(std::string(pattern), alternatives);
  for (const std::string& a : alternatives)
    if (Match(a, path)) return true;
  return false;
}

std::vector<ConfigMapTarget> Targets(const ConfigUpdaterMap& map, const PluginConfig& plugins) {
  ConfigMapTarget base;
  base.name = map.name ? map.name->value : "";
  if (base.name.empty() && !map.partitioned_names.empty()) {
    for (const auto& n : map.partitioned_names)
      base.name += (base.name.empty() ? "" : ",") + n.value;
    base.partitioned = true;
    base.partitions = map.partitioned_names.size();
  }
  std::vector<ConfigMapTarget> out;
  auto add = [&](const std::string& cluster, const std::string& ns) {
    ConfigMapTarget t = base;
    t.cluster = cluster;
    t.ns = ns;
    out.push_back(t);
  };
  for (const ConfigMapCluster& c : map.clusters)
    for (const auto& ns : c.namespaces) add(c.alias.value, ns.value);
  if (map.clusters.empty()) {
    for (const auto& g : map.cluster_groups)
      for (const auto& group : plugins.cluster_groups)
        if (group.name.value == g.value)
          for (const auto& c : group.clusters)
            for (const auto& ns : group.namespaces) add(c.value, ns.value);
  }
  // SetDefaults: no clusters and no groups means the service cluster.
  if (map.clusters.empty() && map.cluster_groups.empty()) add("default", "");
  return out;
}

std::string ConfigMapKey(const ConfigUpdaterMap& map, const std::string& path) {
  if (map.key && !map.key->value.empty()) return map.key->value;
  if (map.use_full_path_as_key && map.use_full_path_as_key->value) {
    std::string key = path;
    for (char& c : key)
      if (c == '/') c = '-';
    return key;
  }
  return path.substr(path.rfind('/') + 1);
}

ConfigUpdaterView ViewConfigUpdater(const Deploy& deploy) {
  ConfigUpdaterView view;
  const PluginConfig& plugins = deploy.plugins;
  if (!plugins.given) {
    view.why_not = "no --plugin-config given";
    return view;
  }
  if (plugins.maps.empty()) {
    view.why_not = "plugins.yaml has no config_updater maps";
    return view;
  }
  if (deploy.job_files.empty()) {
    view.why_not = "no job-config file was read";
    return view;
  }
  std::vector<fs::path> files;
  std::error_code ec;
  for (const JobFile& f : deploy.job_files)
    files.push_back(fs::absolute(deploy.sources.Path(f.file), ec).lexically_normal());
  auto absolute = [&](const std::string& p) { return fs::absolute(p, ec).lexically_normal(); };
  // Score each ancestor of the first job file as the repository root.
  long best = 0;
  fs::path best_root;
  for (fs::path root = files.front().parent_path();; root = root.parent_path()) {
    long score = 0;
    for (const fs::path& f : files) {
      const std::string rel = Relative(f, root);
      if (!rel.empty() && AnyMatch(plugins, rel)) score += 2;
    }
    if (plugins.file != kNoFile) {
      const std::string rel = Relative(absolute(deploy.sources.Path(plugins.file)), root);
      if (!rel.empty() && AnyMatch(plugins, rel)) score += 1;
    }
    // Deeper roots win ties: they are visited first.
    if (score > best) {
      best = score;
      best_root = root;
    }
    if (root == root.parent_path()) break;
  }
  if (best == 0) {
    view.why_not = "no config_updater map matches a job-config file from any directory above them";
    return view;
  }
  view.judged = true;
  view.root = best_root.string();
  for (std::size_t i = 0; i < files.size(); ++i) {
    UpdatedFile u;
    u.file = &deploy.job_files[i];
    u.path = Relative(files[i], best_root);
    for (const ConfigUpdaterMap& m : plugins.maps)
      if (!u.path.empty() && ZglobMatch(m.pattern.value, u.path)) u.maps.push_back(&m);
    view.files.push_back(std::move(u));
  }
  return view;
}

}  // namespace prowlint
