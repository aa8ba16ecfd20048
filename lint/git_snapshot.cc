// See git_snapshot.h.
#include "lint/git_snapshot.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "lint/git_refs.h"
#include "lint/subprocess.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string FirstLine(const std::string& s) { return Trim(s.substr(0, s.find('\n'))); }

}  // namespace

std::unique_ptr<GitSnapshot> GitSnapshot::Create(const std::string& ref,
                                                 const std::vector<std::string>& paths,
                                                 std::string& error) {
  ProcessResult top = RunProcess({"git", "rev-parse", "--show-toplevel", "--show-prefix"});
  if (!top.started) {
    error = "--base-ref needs git, which is not installed";
    return nullptr;
  }
  if (top.exit_code != 0) {
    error = "--base-ref: the working directory is not in a git repository (" +
            FirstLine(top.err) + ")";
    return nullptr;
  }
  const std::string toplevel = FirstLine(top.out);
  std::string prefix = top.out.find('\n') == std::string::npos
                           ? ""
                           : Trim(top.out.substr(top.out.find('\n') + 1));
  ProcessResult commit =
      RunProcess({"git", "rev-parse", "--verify", "--quiet", ref + "^{commit}"}, toplevel);
  if (commit.exit_code != 0) {
    error = "--base-ref " + ref + ": not a commit in " + toplevel + BadRefHint(toplevel, ref);
    return nullptr;
  }

  // Input paths as repository paths; the ones outside stay shared.
  std::vector<std::string> in_repo;
  for (const std::string& p : paths) {
    if (p.empty() || p == "-" || fs::path(p).is_absolute()) continue;
    const std::string repo_path = (fs::path(prefix) / p).lexically_normal().string();
    if (repo_path.rfind("..", 0) == 0) continue;
    in_repo.push_back(repo_path == "." ? "" : repo_path);
  }

  auto snapshot = std::unique_ptr<GitSnapshot>(new GitSnapshot());
  snapshot->commit_ = FirstLine(commit.out);
  std::string tmpl = (fs::temp_directory_path() / "prowlint-base-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    error = "--base-ref: cannot create a temporary directory";
    return nullptr;
  }
  snapshot->dir_ = tmpl;
  snapshot->root_ = (fs::path(tmpl) / prefix).lexically_normal().string();
  std::error_code ec;
  fs::create_directories(snapshot->root_, ec);

  // Only the paths that exist at the revision: a file the change adds has no
  // base, and git archive would refuse the whole list.
  std::vector<std::string> ls = {"git", "ls-tree", "-z", "--name-only", snapshot->commit_, "--"};
  for (const std::string& p : in_repo) ls.push_back(p.empty() ? "." : p);
  ProcessResult listed = in_repo.empty() ? ProcessResult{true, 0, "", ""} : RunProcess(ls, toplevel);
  if (listed.exit_code != 0) {
    error = "--base-ref " + ref + ": git ls-tree failed: " + FirstLine(listed.err);
    return nullptr;
  }
  std::vector<std::string> existing;
  for (std::size_t start = 0; start < listed.out.size();) {
    const std::size_t end = listed.out.find('\0', start);
    existing.push_back(listed.out.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  if (existing.empty()) return snapshot;

  const std::string archive = (fs::path(tmpl) / ".prowlint-base.tar").string();
  std::vector<std::string> git_archive = {"git", "archive", "--format=tar", "-o", archive,
                                          snapshot->commit_, "--"};
  for (const std::string& p : existing) git_archive.push_back(p);
  ProcessResult archived = RunProcess(git_archive, toplevel);
  if (archived.exit_code != 0) {
    error = "--base-ref " + ref + ": git archive failed: " + FirstLine(archived.err);
    return nullptr;
  }
  ProcessResult extracted = RunProcess({"tar", "-xf", archive, "-C", tmpl});
  fs::remove(archive, ec);
  if (extracted.exit_code != 0) {
    error = "--base-ref " + ref + ": cannot unpack the base files: " + FirstLine(extracted.err);
    return nullptr;
  }
  return snapshot;
}

GitSnapshot::~GitSnapshot() {
  if (dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

}  // namespace prowlint
