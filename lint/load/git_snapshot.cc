// SPDX-License-Identifier: Apache-2.0
// See git_snapshot.h.
#include "lint/load/git_snapshot.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "lint/base/read_file.h"
#include "lint/base/subprocess.h"
#include "lint/load/git_refs.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string FirstLine(const std::string& s) { return Trim(s.substr(0, s.find('\n'))); }

// git, with pathspecs taken literally (a file named "*.yaml" is that file)
// and no optional locks taken in the user's repository.
ProcessResult Git(std::vector<std::string> args, const std::string& cwd,
                  std::string_view input = {}) {
  args.insert(args.begin(), {"git", "--literal-pathspecs", "--no-optional-locks"});
  return RunProcess(args, cwd, input);
}

std::vector<std::string> SplitNul(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < s.size();) {
    const std::size_t end = s.find('\0', start);
    out.push_back(s.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// Whether `path` is `dir` or lies under it (repository paths, "" = top).
bool Within(const std::string& path, const std::string& dir) {
  return dir.empty() || path == dir ||
         (path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 &&
          path[dir.size()] == '/');
}

struct TreeEntry {
  std::string mode;  // "100644", "100755", "120000" (symlink), "160000" (submodule)
  std::string oid;
  std::string path;
  std::size_t size = 0;  // a blob's bytes (0 for a submodule)
};

// `git ls-tree -r -l` of `paths` at `commit`: every file under them, with
// its size, so a blob over the input cap is refused before it is read.
bool ListTree(const std::string& top, const std::string& commit,
              const std::vector<std::string>& paths, std::vector<TreeEntry>& out,
              std::string& error) {
  std::vector<std::string> args = {"ls-tree", "-r", "-l", "-z", "--full-tree", commit, "--"};
  args.insert(args.end(), paths.begin(), paths.end());
  ProcessResult listed = Git(args, top);
  if (listed.exit_code != 0) {
    error = "git ls-tree failed: " + FirstLine(listed.err);
    return false;
  }
  for (const std::string& line : SplitNul(listed.out)) {
    // "<mode> SP <type> SP <oid> SP+ <size or -> TAB <path>"
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::istringstream fields(line.substr(0, tab));
    std::string mode, type, oid, size;
    if (!(fields >> mode >> type >> oid >> size)) continue;
    const bool known = !size.empty() && size.find_first_not_of("0123456789") == std::string::npos;
    out.push_back({mode, oid, line.substr(tab + 1), known ? std::stoull(size) : 0});
  }
  return true;
}

// The blobs `oids` name, raw, by one `git cat-file --batch`.
bool ReadBlobs(const std::string& top, const std::vector<std::string>& oids,
               std::map<std::string, std::string>& blobs, std::string& error) {
  std::string request;
  for (const std::string& oid : oids) request += oid + "\n";
  if (request.empty()) return true;
  ProcessResult r = Git({"cat-file", "--batch"}, top, request);
  if (r.exit_code != 0) {
    error = "git cat-file failed: " + FirstLine(r.err);
    return false;
  }
  // "<oid> SP <type> SP <size> LF <contents> LF", or "<oid> missing LF".
  for (std::size_t at = 0; at < r.out.size();) {
    const std::size_t eol = r.out.find('\n', at);
    if (eol == std::string::npos) break;
    const std::string header = r.out.substr(at, eol - at);
    const std::size_t sp1 = header.find(' '), sp2 = header.rfind(' ');
    if (sp1 == std::string::npos || sp1 == sp2) {
      error = "git cat-file: " + header;
      return false;
    }
    const std::size_t size = std::stoull(header.substr(sp2 + 1));
    blobs[header.substr(0, sp1)] = r.out.substr(eol + 1, size);
    at = eol + 1 + size + 1;
  }
  return true;
}

bool WriteFile(const std::string& path, const std::string& text, bool executable) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, executable ? 0755 : 0644);
  if (fd < 0) return false;
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  return close(fd) == 0 && done == text.size();
}

// The repository path a symlink at `link` pointing to `target` reaches, or
// "" when it leaves the repository (or is absolute: read as it points).
std::string LinkTarget(const std::string& link, const std::string& target) {
  if (target.empty() || target.front() == '/') return "";
  const fs::path joined = (fs::path(link).parent_path() / target).lexically_normal();
  const std::string s = joined.string();
  if (s.empty() || s == "." || s.rfind("..", 0) == 0) return "";
  return s;
}

}  // namespace

bool GitSnapshot::RepoPath(const std::string& given, std::string& rel) const {
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(fs::absolute(given, ec), ec);
  if (ec) return false;
  const fs::path r = resolved.lexically_relative(toplevel_);
  if (r.empty() || *r.begin() == "..") return false;
  rel = r == "." ? "" : r.string();
  return true;
}

std::unique_ptr<GitSnapshot> GitSnapshot::Create(
    const std::string& ref, const std::vector<std::string>& paths, std::string& error,
    const std::function<void(const std::string&)>& created) {
  ProcessResult top = RunProcess({"git", "rev-parse", "--show-toplevel"});
  if (!top.started) {
    error = "--base-ref needs git, which is not installed";
    return nullptr;
  }
  if (top.exit_code != 0) {
    error = "--base-ref: the working directory is not in a git repository (" +
            FirstLine(top.err) + ")";
    return nullptr;
  }
  std::error_code ec;
  auto snapshot = std::unique_ptr<GitSnapshot>(new GitSnapshot());
  snapshot->toplevel_ = fs::weakly_canonical(FirstLine(top.out), ec).string();
  const std::string& toplevel = snapshot->toplevel_;
  ProcessResult commit = Git({"rev-parse", "--verify", "--quiet", ref + "^{commit}"}, toplevel);
  if (commit.exit_code != 0) {
    error = "--base-ref " + ref + ": not a commit in " + toplevel + BadRefHint(toplevel, ref);
    return nullptr;
  }
  snapshot->commit_ = FirstLine(commit.out);

  // The inputs as repository paths; the ones outside stay shared.
  std::vector<std::string> in_repo;
  for (const std::string& p : paths) {
    std::string rel;
    if (p.empty() || p == "-" || !snapshot->RepoPath(p, rel)) continue;
    in_repo.push_back(rel.empty() ? "." : rel);
  }

  std::string tmpl = (fs::temp_directory_path() / "prowlint-base-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) {
    error = "--base-ref: cannot create a temporary directory";
    return nullptr;
  }
  snapshot->dir_ = tmpl;
  if (created) created(tmpl);
  if (in_repo.empty()) return snapshot;

  // What the head tracks: an untracked input (credentials) is shared.
  std::vector<std::string> ls_files = {"ls-files", "-z", "--full-name", "--"};
  ls_files.insert(ls_files.end(), in_repo.begin(), in_repo.end());
  for (const std::string& f : SplitNul(Git(ls_files, toplevel).out)) snapshot->tracked_.insert(f);

  // Files at the revision, then what in-repository symlinks among them point
  // at (a job file linked from elsewhere in the repository), a few rounds.
  std::vector<TreeEntry> entries;
  std::vector<std::string> wanted = in_repo;
  std::set<std::string> listed;
  for (int round = 0; round < 8 && !wanted.empty(); ++round) {
    std::vector<TreeEntry> found;
    if (!ListTree(toplevel, snapshot->commit_, wanted, found, error)) {
      error = "--base-ref " + ref + ": " + error;
      return nullptr;
    }
    for (const std::string& w : wanted) listed.insert(w);
    wanted.clear();
    for (TreeEntry& e : found) {
      if (e.mode == "120000") wanted.push_back(e.oid);  // resolved below, once read
      entries.push_back(std::move(e));
    }
    // Symlink blobs hold their targets.
    std::map<std::string, std::string> targets;
    if (!ReadBlobs(toplevel, wanted, targets, error)) {
      error = "--base-ref " + ref + ": " + error;
      return nullptr;
    }
    wanted.clear();
    for (const TreeEntry& e : entries) {
      if (e.mode != "120000") continue;
      const std::string t = LinkTarget(e.path, targets[e.oid]);
      if (!t.empty() && !listed.count(t)) wanted.push_back(t);
    }
  }

  // A file reached twice (a link's target under an input too) is one file.
  std::set<std::string> seen;
  entries.erase(std::remove_if(entries.begin(), entries.end(),
                               [&](const TreeEntry& e) { return !seen.insert(e.path).second; }),
                entries.end());
  std::vector<std::string> oids;
  for (const TreeEntry& e : entries) {
    if (e.mode == "160000") {
      snapshot->submodules_.push_back(e.path);
      continue;
    }
    // Blobs are held in memory: one over the cap is refused by its size, as
    // a working-tree file is.
    if (e.size > MaxInputSize()) {
      error = "--base-ref " + ref + ": " + e.path + " " + OverInputSizeCap(e.size);
      return nullptr;
    }
    oids.push_back(e.oid);
  }
  std::map<std::string, std::string> blobs;
  if (!ReadBlobs(toplevel, oids, blobs, error)) {
    error = "--base-ref " + ref + ": " + error;
    return nullptr;
  }
  for (const TreeEntry& e : entries) {
    if (e.mode == "160000") {
      // Another repository's history: its working-tree files stand for the
      // base too, so its jobs are neither added nor removed by the change.
      fs::copy(fs::path(toplevel) / e.path, fs::path(tmpl) / e.path,
               fs::copy_options::recursive | fs::copy_options::copy_symlinks, ec);
      fs::remove_all(fs::path(tmpl) / e.path / ".git", ec);
      continue;
    }
    for (fs::path d = fs::path(e.path).parent_path(); !d.empty(); d = d.parent_path())
      snapshot->in_base_.insert(d.string());
    snapshot->in_base_.insert(e.path);
    const std::string out = (fs::path(tmpl) / e.path).string();
    if (e.mode == "120000") {
      // Only a link that stays in the repository: the base revision is
      // read inside it, as the head is (input_boundary.h).
      if (LinkTarget(e.path, blobs[e.oid]).empty()) {
        snapshot->links_out_.push_back(e.path);
        continue;
      }
      fs::create_directories(fs::path(out).parent_path(), ec);
      fs::create_symlink(blobs[e.oid], out, ec);
      continue;
    }
    if (!WriteFile(out, blobs[e.oid], e.mode == "100755")) {
      error = "--base-ref " + ref + ": cannot write the base files under " + tmpl;
      return nullptr;
    }
  }
  return snapshot;
}

BaseLocation GitSnapshot::Locate(const std::string& given) const {
  std::string rel;
  if (!RepoPath(given, rel)) return {BaseRead::kShared, given};
  for (const std::string& s : submodules_)
    if (Within(rel, s)) return {BaseRead::kShared, given};
  const bool tracked = std::any_of(tracked_.begin(), tracked_.end(),
                                   [&](const std::string& f) { return Within(f, rel); });
  if (!tracked) return {BaseRead::kShared, given};
  if (!rel.empty() && !in_base_.count(rel)) return {BaseRead::kAbsent, ""};
  std::string path = rel.empty() ? dir_ : (fs::path(dir_) / rel).string();
  if (!given.empty() && given.back() == '/') path += '/';
  return {BaseRead::kOwn, path};
}

GitSnapshot::~GitSnapshot() {
  if (dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

}  // namespace prowlint
