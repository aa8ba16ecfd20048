// SPDX-License-Identifier: Apache-2.0
// See in_repo_config.h.
#include "lint/load/in_repo_config.h"

#include <filesystem>
#include <vector>

#include "lint/base/read_file.h"
#include "lint/load/job_config_tree.h"
#include "lint/load/load_job_config.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace fs = std::filesystem;

JobConfig LoadInRepoJobs(const InRepoPaths& paths, Deploy& deploy, Diagnostics& diag) {
  JobConfig out;
  if (paths.repo.empty()) return out;
  const fs::path root = paths.root.empty() ? fs::path(".") : fs::path(paths.root);
  std::error_code ec;
  std::vector<std::string> files;
  const std::string dir = (root / ".prow").lexically_normal().string();
  const std::string file = (root / ".prow.yaml").lexically_normal().string();
  if (fs::is_directory(dir, ec)) {
    // Prow prefers the directory and ignores .prow.yaml beside it.
    files = ListJobConfigFiles(dir, deploy.sources, diag);
  } else if (fs::exists(file, ec)) {
    files.push_back(file);
  } else {
    diag.notes.Add("no .prow/ or .prow.yaml in " + deploy.sources.Display(root.string()) + ": " +
                   paths.repo + " has no in-repo jobs");
    return out;
  }
  for (const std::string& path : files) {
    const FileId id = deploy.sources.Add(path);
    std::string text;
    if (!ReadInput(path, id, "in-repo config", text, diag)) continue;
    ++deploy.files_read;
    YamlParseOptions options;
    options.first_document_only = true;  // yaml.Unmarshal reads the first document
    std::vector<yaml::Document> docs = ParseYaml(text, id, options, diag);
    if (docs.empty()) continue;
    out.Append(LoadInRepoConfig(docs.front().root(), paths.repo, PlainScalars::kCoerce, diag));
  }
  return out;
}

}  // namespace prowlint
