// SPDX-License-Identifier: Apache-2.0
// See job_config_tree.h.
#include "lint/load/job_config_tree.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include "lint/base/gitignore.h"
#include "lint/base/input_boundary.h"
#include "lint/base/read_file.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

struct Scope {
  std::string dir;  // relative to the root, "" for the root itself
  IgnoreFile rules;
};

std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (a.back() == '/') return a + b;
  return a + "/" + b;
}

// Nearest .prowignore with a matching pattern decides.
bool Ignored(const std::vector<const Scope*>& scopes, const std::string& rel, bool is_dir) {
  for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
    const Scope& s = **it;
    const std::string inside = s.dir.empty() ? rel : rel.substr(s.dir.size() + 1);
    if (auto verdict = s.rules.Match(inside, is_dir)) return *verdict;
  }
  return false;
}

void Walk(const std::string& root, const std::string& rel, std::vector<const Scope*>& scopes,
          std::vector<std::string>& out, SourceSet& sources, Diagnostics& diag) {
  const std::string dir = Join(root, rel);
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    entries.push_back(*it);
  if (ec) {
    diag.Error(Position{sources.Add(dir), 0, 0}, "cannot list directory: " + ec.message());
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });

  std::unique_ptr<Scope> scope;
  const std::string ignore_path = Join(dir, ".prowignore");
  // Anything by that name is read: one that cannot be (a directory, a pipe,
  // a dangling symlink) is an error, not a reason to load what it hides.
  if (fs::exists(fs::symlink_status(ignore_path, ec))) {
    std::string text, error;
    if (!ReadFile(ignore_path, text, error)) {
      diag.Error(Position{sources.Add(ignore_path), 0, 0}, "cannot read .prowignore: " + error);
    } else {
      scope = std::make_unique<Scope>(Scope{rel, IgnoreFile::Parse(text)});
      scopes.push_back(scope.get());
    }
  }

  for (const fs::directory_entry& entry : entries) {
    const std::string name = entry.path().filename().string();
    const std::string child = rel.empty() ? name : rel + "/" + name;
    // Prow skips ConfigMap mount internals such as "..data".
    if (name.rfind("..", 0) == 0) continue;
    // Like Go's filepath.Walk: a symlink to a directory is not descended.
    const bool is_dir = entry.is_directory(ec) && !entry.is_symlink(ec);
    if (is_dir) {
      if (!Ignored(scopes, child, true)) Walk(root, child, scopes, out, sources, diag);
      continue;
    }
    const std::string ext = entry.path().extension().string();
    if (ext != ".yaml" && ext != ".yml") continue;
    if (Ignored(scopes, child, false)) continue;
    const std::string path = Join(root, child);
    if (!sources.boundary().MayRead(path)) {
      diag.notes.Add(NotReadOutside(sources.Display(path)));
      continue;
    }
    out.push_back(path);
  }
  if (scope) scopes.pop_back();
}

}  // namespace

std::vector<std::string> ListJobConfigFiles(const std::string& root, SourceSet& sources,
                                            Diagnostics& diag) {
  std::vector<std::string> out;
  std::error_code ec;
  const fs::file_status status = fs::status(root, ec);
  if (!fs::exists(status)) {
    std::error_code link_ec;
    const bool dangling = fs::is_symlink(fs::symlink_status(root, link_ec));
    diag.Error(Position{sources.Add(root), 0, 0},
               dangling ? "job config path is a symbolic link to a file that does not exist"
               : ec && ec != std::errc::no_such_file_or_directory
                   ? "cannot read job config path: " + ec.message()
                   : "job config path does not exist");
    return out;
  }
  if (!fs::is_directory(status)) {
    out.push_back(root);
    return out;
  }
  std::vector<const Scope*> scopes;
  Walk(root, "", scopes, out, sources, diag);
  return out;
}

}  // namespace prowlint
