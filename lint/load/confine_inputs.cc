// SPDX-License-Identifier: Apache-2.0
// See confine_inputs.h.
#include "lint/load/confine_inputs.h"

#include <algorithm>

namespace prowlint {

InputPaths ConfineInputs(const InputPaths& paths, SourceSet& sources, Diagnostics& diag) {
  InputPaths out = paths;
  const InputBoundary& boundary = paths.boundary;
  if (!boundary.enforced()) return out;
  // Whether `path` may be read; an error names it when not.
  auto allowed = [&](const std::string& path) {
    if (path.empty() || path == "-" || boundary.MayRead(path)) return true;
    diag.Error(Position{sources.Add(path), 0, 0},
               "leads out of the repository (a symbolic link to a place outside it), so it is "
               "not read; name that place on the command line to read it");
    return false;
  };
  // Prow's config and manifests read from outside the repository (credentials
  // and inventories are never quoted, wherever they are).
  std::vector<std::string> outside;
  auto followed = [&](const std::string& path) {
    const std::string shown = sources.Display(path);
    if (!path.empty() && path != "-" && !boundary.ReachesInside(shown)) outside.push_back(shown);
  };
  auto one = [&](std::string& path) {
    if (!allowed(path)) path.clear();
  };
  auto list = [&](std::vector<std::string>& v) {
    v.erase(std::remove_if(v.begin(), v.end(), [&](const std::string& p) { return !allowed(p); }),
            v.end());
  };
  one(out.config_path);
  one(out.plugin_config);
  list(out.job_config_paths);
  list(out.shards.prow_dirs);
  list(out.shards.plugin_dirs);
  followed(out.config_path);
  followed(out.plugin_config);
  for (const std::string& p : out.job_config_paths) followed(p);
  for (const std::string& p : out.manifests.dirs) followed(p);
  for (const std::string& p : out.manifests.files) followed(p);
  list(out.credentials.kubeconfigs);
  one(out.credentials.kubeconfig_dir);
  one(out.credentials.build_cluster);
  out.inventories.erase(std::remove_if(out.inventories.begin(), out.inventories.end(),
                                       [&](const auto& scope) { return !allowed(scope.second); }),
                        out.inventories.end());
  list(out.manifests.dirs);
  list(out.manifests.files);
  if (!out.in_repo.repo.empty() && !allowed(out.in_repo.root.empty() ? "." : out.in_repo.root))
    out.in_repo.repo.clear();
  if (!outside.empty()) {
    std::string list;
    for (const std::string& p : outside) list += (list.empty() ? "" : ", ") + p;
    diag.notes.Add("read outside the repository because the command line names it (its lines "
                   "are not quoted): " + list);
  }
  return out;
}

}  // namespace prowlint
