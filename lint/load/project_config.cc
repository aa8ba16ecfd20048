// SPDX-License-Identifier: Apache-2.0
// See project_config.h.
#include "lint/load/project_config.h"

#include <algorithm>
#include <filesystem>

#include "lint/base/read_file.h"
#include "lint/base/text.h"
#include "lint/load/read_allow_list.h"
#include "lint/load/read_policy.h"
#include "lint/yaml/yaml_fields.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kKeys = {
    "config-path",   "job-config-path", "kubeconfig",      "kubeconfig-dir", "kubeconfig-suffix",
    "build-cluster", "inventory",       "target-version",  "service-cluster",
    "no-in-cluster-config", "fail-on",  "disable",         "severity",       "ignore-paths",
    "deploy-dir",    "deploy-manifest", "prow-image-prefix", "baseline",     "allow",
    "plugin-config"};

class Reader {
 public:
  Reader(const yaml::Node& root, const fs::path& base, const InputBoundary& boundary,
         Diagnostics& diag)
      : root_(root), base_(base), boundary_(boundary), diag_(diag) {}

  // A path relative to the file, as a path relative to the working
  // directory. A pull request may change this file, so a path that leads out
  // of the repository is an error here, not a file read.
  std::string Resolve(const std::string& p, const Position& pos) const {
    const std::string out = fs::path(p).is_absolute() ? p : (base_ / p).lexically_normal().string();
    if (!boundary_.MayRead(out))
      diag_.Error(pos, Quote(p) + " leads out of the repository; .prowlint.yaml may name only "
                       "paths inside it (give this one on the command line instead)");
    return out;
  }

  std::optional<std::string> String(const char* key) {
    auto v = ReadString(root_, key, diag_);
    return v ? std::optional<std::string>(v->value) : std::nullopt;
  }

  std::optional<std::string> Path(const char* key) {
    auto v = ReadString(root_, key, diag_);
    return v ? std::optional<std::string>(Resolve(v->value, v->pos)) : std::nullopt;
  }

  // A string or a list of strings.
  std::vector<std::string> List(const char* key, bool paths) {
    std::vector<Located<std::string>> items;
    const yaml::Node node = root_.Get(key);
    if (node.IsScalar()) {
      items.push_back({node.Str(), node.pos()});
    } else {
      items = ReadStringList(root_, key, diag_);
    }
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(paths ? Resolve(item.value, item.pos) : item.value);
    return out;
  }

  std::vector<std::pair<std::string, std::string>> Map(const char* key, bool paths) {
    std::vector<std::pair<std::string, std::string>> out;
    const yaml::Node node = root_.Get(key);
    if (!ExpectMap(node, "\"" + std::string(key) + "\"", diag_)) return out;
    for (const yaml::Entry& e : node.Entries()) {
      if (!e.value.IsScalar()) {
        diag_.Error(e.value.pos(), "\"" + e.key.Str() + "\" must be a string");
        continue;
      }
      out.emplace_back(e.key.Str(), paths ? Resolve(e.value.Str(), e.value.pos()) : e.value.Str());
    }
    return out;
  }

 private:
  const yaml::Node& root_;
  fs::path base_;
  const InputBoundary& boundary_;
  Diagnostics& diag_;
};

}  // namespace

std::string FindProjectConfig(const std::string& dir) {
  std::error_code ec;
  // canonical, not absolute: "/repo/sub/." has "/repo/sub" as its parent,
  // which would count one level too many.
  fs::path current = fs::canonical(dir, ec);
  fs::path relative = ".";
  while (!ec) {
    // Anything by that name counts: one that cannot be read is an error,
    // not a reason to lint without the repository's settings.
    std::error_code type_ec;
    if (fs::exists(fs::symlink_status(current / ".prowlint.yaml", type_ec)))
      return (relative / ".prowlint.yaml").lexically_normal().string();
    // Like .editorconfig with root = true: a repository's root ends the search.
    if (fs::exists(current / ".git", ec)) break;
    if (!current.has_parent_path() || current.parent_path() == current) break;
    current = current.parent_path();
    relative /= "..";
  }
  return "";
}

ProjectConfig LoadProjectConfig(const std::string& path, SourceSet& sources, Diagnostics& diag,
                                const InputBoundary& boundary) {
  const FileId file = sources.Add(path);
  std::string text, error;
  if (!ReadFile(path, text, error)) {
    ProjectConfig c;
    c.path = path;
    diag.Error(Position{file, 0, 0}, "cannot read prowlint config: " + error);
    return c;
  }
  return ParseProjectConfig(text, path, file, diag, boundary);
}

ProjectConfig ParseProjectConfig(std::string_view text, const std::string& path, FileId file,
                                 Diagnostics& diag, const InputBoundary& boundary) {
  ProjectConfig c;
  c.path = path;
  std::vector<yaml::Document> docs = ParseYaml(text, file, {}, diag);
  if (docs.empty() || docs.front().root().IsNull()) return c;
  const yaml::Node root = docs.front().root();
  if (!root.IsMap()) {
    diag.Error(root.pos(), "a .prowlint.yaml must be a mapping");
    return c;
  }
  std::vector<std::string> keys = kKeys;
  keys.insert(keys.end(), PolicyKeys().begin(), PolicyKeys().end());
  for (const yaml::Entry& e : root.Entries()) {
    if (std::find(keys.begin(), keys.end(), e.key.Text()) != keys.end()) continue;
    const std::string guess = ClosestMatch(e.key.Text(), keys);
    diag.Error(e.key.pos(), "unknown key " + Quote(e.key.Text()) +
                                (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?"));
  }
  Reader r(root, fs::path(path).parent_path(), boundary, diag);
  c.policy = ReadPolicy(root, fs::path(path).parent_path(), diag);
  c.config_path = r.Path("config-path");
  c.plugin_config = r.Path("plugin-config");
  c.job_config_paths = r.List("job-config-path", true);
  c.kubeconfigs = r.List("kubeconfig", true);
  c.kubeconfig_dir = r.Path("kubeconfig-dir");
  c.kubeconfig_suffix = r.String("kubeconfig-suffix");
  c.build_cluster = r.Path("build-cluster");
  c.inventories = r.Map("inventory", true);
  c.target_version = r.String("target-version");
  c.service_cluster = r.String("service-cluster");
  c.deploy_dirs = r.List("deploy-dir", true);
  c.deploy_manifests = r.List("deploy-manifest", true);
  c.prow_image_prefixes = r.List("prow-image-prefix", false);
  if (auto b = ReadBool(root, "no-in-cluster-config", diag)) c.no_in_cluster_config = b->value;
  c.fail_on = ReadString(root, "fail-on", diag);
  const yaml::Node disable = root.Get("disable");
  if (disable.IsScalar()) {
    c.disable.push_back({disable.Str(), disable.pos()});
  } else {
    c.disable = ReadStringList(root, "disable", diag);
  }
  const yaml::Node severity = root.Get("severity");
  if (ExpectMap(severity, "\"severity\"", diag)) {
    for (const yaml::Entry& e : severity.Entries())
      c.severity.push_back({{e.key.Str(), e.key.pos()}, {e.value.Str(), e.value.pos()}});
  }
  for (const std::string& glob : r.List("ignore-paths", false)) {
    // Patterns are relative to the file, like every other path in it.
    c.ignore_paths.push_back((fs::path(path).parent_path() / glob).lexically_normal().string());
  }
  c.baseline = r.Path("baseline");
  if (root.Get("allow").Present()) c.allow = LoadAllowList(root.Get("allow"), path, diag);
  return c;
}

}  // namespace prowlint
