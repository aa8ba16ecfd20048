// SPDX-License-Identifier: Apache-2.0
// See manifest_files.h.
#include "lint/load/manifest_files.h"

#include <algorithm>
#include <filesystem>

#include "lint/base/input_boundary.h"

namespace prowlint {
namespace fs = std::filesystem;

// Every .yaml/.yml/.json under `dir`, in path order; names starting with ".."
// (a mounted ConfigMap's internals), hidden directories and Helm charts (a
// directory with a Chart.yaml holds templates and values, not manifests)
// are skipped.
std::vector<std::string> ListManifestFiles(const std::string& dir, FileId dir_id,
                                           const std::string& what, const SourceSet& sources,
                                           Diagnostics& diag) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diag.Error(Position{dir_id, 0, 0}, fs::exists(dir, ec)
                                           ? what + " is not a directory"
                                           : "cannot read " + what + ": No such file or directory");
    return out;
  }
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
      if (fs::exists(it->path() / "Chart.yaml", ec)) {
        it.disable_recursion_pending();
        diag.notes.Add(it->path().string() + ": a Helm chart, not manifests; skipped (render it "
                       "with helm template and pass the output with --deploy-manifest -)");
      }
      continue;
    }
    if (name.rfind("..", 0) == 0) continue;
    const std::string ext = it->path().extension().string();
    if (ext != ".yaml" && ext != ".yml" && ext != ".json") continue;
    if (!sources.boundary().MayRead(it->path().string())) {
      diag.notes.Add(NotReadOutside(sources.Display(it->path().string())));
      continue;
    }
    out.push_back(it->path().string());
  }
  if (ec) diag.Error(Position{dir_id, 0, 0}, "cannot list " + what + ": " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace prowlint
