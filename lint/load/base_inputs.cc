// SPDX-License-Identifier: Apache-2.0
// See base_inputs.h.
#include "lint/load/base_inputs.h"

#include <algorithm>
#include <filesystem>

#include "lint/base/subprocess.h"
#include "lint/base/text.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

// Whether git tracks `path` (a file, or any file under a directory) in the
// repository it lies in; false outside any repository or without git.
bool TrackedByGit(const std::string& path) {
  std::error_code ec;
  const fs::path p = fs::absolute(path, ec);
  if (ec) return false;
  const fs::path dir = fs::is_directory(p, ec) ? p : p.parent_path();
  ProcessResult r = RunProcess({"git", "--literal-pathspecs", "ls-files", "-z", "--", p.string()},
                               dir.string());
  return r.exit_code == 0 && !r.out.empty();
}

// `rest` under `dir`, ending in '/' when `given` does: SourceSet::MapReads
// replaces one prefix with the other, so both must end alike.
std::string Under(const std::string& dir, const fs::path& rest, const std::string& given) {
  std::string path = rest.empty() || rest == "." ? dir : (fs::path(dir) / rest).string();
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  if (!given.empty() && given.back() == '/') path += '/';
  return path;
}


}  // namespace

BaseLocator LocateUnder(const std::string& dir) {
  return [dir](const std::string& given) -> BaseLocation {
    std::error_code ec;
    const fs::path here = fs::current_path(ec);
    // Lexically first (how the user wrote it), then with symlinks resolved
    // (an absolute path through a link to the working directory).
    fs::path rel = fs::absolute(given, ec).lexically_normal().lexically_relative(here);
    if (rel.empty() || *rel.begin() == "..")
      rel = fs::weakly_canonical(given, ec).lexically_relative(fs::weakly_canonical(here, ec));
    if (ec || rel.empty() || *rel.begin() == "..") return {BaseRead::kShared, given};
    const std::string path = Under(dir, rel, given);
    if (fs::exists(path, ec)) return {BaseRead::kOwn, path};
    return TrackedByGit(given) ? BaseLocation{BaseRead::kAbsent, ""}
                               : BaseLocation{BaseRead::kShared, given};
  };
}

BaseLocator LocateSame() {
  // Its own copy, which is the head's file: nothing to say is shared.
  return [](const std::string& given) { return BaseLocation{BaseRead::kOwn, given}; };
}

BaseInputs MapBaseInputs(const InputPaths& head, const BaseLocator& locate, SourceSet& sources) {
  BaseInputs out;
  out.paths = head;
  // Maps one path in place; false when the base lacks it.
  auto map = [&](std::string& path) {
    if (path.empty() || path == "-") return true;
    const BaseLocation where = locate(path);
    switch (where.read) {
      case BaseRead::kOwn:
        sources.MapReads(where.path, path);
        // The base's copy (a snapshot prowlint wrote, or --base DIR) is
        // read as the head's path would be.
        out.paths.boundary.Name(where.path);
        path = where.path;
        return true;
      case BaseRead::kShared:
        if (std::find(out.shared.begin(), out.shared.end(), path) == out.shared.end())
          out.shared.push_back(path);
        return true;
      case BaseRead::kAbsent:
        out.absent.push_back(path);
        return false;
    }
    return true;
  };
  auto map_list = [&](std::vector<std::string>& paths) {
    paths.erase(std::remove_if(paths.begin(), paths.end(),
                               [&](std::string& p) { return !map(p); }),
                paths.end());
  };
  InputPaths& p = out.paths;
  if (!map(p.config_path)) p.config_path.clear();
  if (!map(p.plugin_config)) p.plugin_config.clear();
  map_list(p.job_config_paths);
  map_list(p.shards.prow_dirs);
  map_list(p.shards.plugin_dirs);
  map_list(p.credentials.kubeconfigs);
  if (!map(p.credentials.kubeconfig_dir)) {
    p.credentials.kubeconfig_dir.clear();
    p.credentials.kubeconfig_suffix.clear();
  }
  if (!map(p.credentials.build_cluster)) p.credentials.build_cluster.clear();
  p.inventories.erase(std::remove_if(p.inventories.begin(), p.inventories.end(),
                                     [&](auto& alias_file) { return !map(alias_file.second); }),
                      p.inventories.end());
  map_list(p.manifests.dirs);
  p.manifests.files.erase(std::remove(p.manifests.files.begin(), p.manifests.files.end(), "-"),
                          p.manifests.files.end());
  p.manifests.stdin_text.clear();
  p.manifests.stdin_error.clear();
  map_list(p.manifests.files);
  if (!p.in_repo.repo.empty()) {
    std::string root = p.in_repo.root.empty() ? "." : p.in_repo.root;
    if (map(root)) {
      p.in_repo.root = root;
    } else {
      p.in_repo.repo.clear();
    }
  }
  return out;
}

std::string BaseInputsNote(const BaseInputs& inputs) {
  std::string note;
  if (!inputs.shared.empty())
    note = "the base side read " + Join(inputs.shared, ", ") +
           " from the working tree (outside the repository or not tracked by git)";
  if (!inputs.absent.empty())
    note += std::string(note.empty() ? "" : "; ") + "absent on the base side (the change adds " +
            (inputs.absent.size() == 1 ? "it" : "them") + "): " + Join(inputs.absent, ", ");
  return note;
}

}  // namespace prowlint
