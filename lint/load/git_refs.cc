// SPDX-License-Identifier: Apache-2.0
// See git_refs.h.
#include "lint/load/git_refs.h"

#include <vector>

#include "lint/base/subprocess.h"
#include "lint/base/text.h"

namespace prowlint {
namespace {

// The lines git printed, or none when it failed.
std::vector<std::string> GitLines(const std::vector<std::string>& args,
                                  const std::string& toplevel) {
  std::vector<std::string> argv{"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  const ProcessResult r = RunProcess(argv, toplevel);
  std::vector<std::string> lines;
  if (r.exit_code != 0) return lines;
  LineReader reader(r.out);
  for (std::string_view line; reader.Next(line);)
    if (!line.empty()) lines.emplace_back(line);
  return lines;
}

// Branches, tags and remote-tracking branches by the short names people
// write; symbolic refs (origin/HEAD, shown as "origin") left out.
std::vector<std::string> RefNames(const std::string& toplevel) {
  return GitLines({"for-each-ref", "--format=%(if)%(symref)%(then)%(else)%(refname:short)%(end)",
                   "refs/heads", "refs/tags", "refs/remotes"},
                  toplevel);
}

// For "origin/main" where origin is a configured remote: "git fetch origin
// main"; else "".
std::string FetchCommand(const std::string& toplevel, const std::string& ref) {
  for (const std::string& remote : GitLines({"remote"}, toplevel)) {
    const std::string prefix = remote + "/";
    if (ref.size() > prefix.size() && ref.compare(0, prefix.size(), prefix) == 0)
      return "git fetch " + remote + " " + ref.substr(prefix.size());
  }
  return "";
}

bool IsShallow(const std::string& toplevel) {
  const std::vector<std::string> out = GitLines({"rev-parse", "--is-shallow-repository"}, toplevel);
  return !out.empty() && out.front() == "true";
}

}  // namespace

std::string BadRefHint(const std::string& toplevel, const std::string& ref) {
  std::string hint;
  std::string guess = ClosestMatch(ref, RefNames(toplevel));
  if (guess == ref) guess.clear();  // a tag of a tree, say: no typo
  if (!guess.empty()) hint += "; did you mean " + Quote(guess) + "?";
  // A typo's remote branch does not exist to fetch either.
  const std::string fetch = guess.empty() ? FetchCommand(toplevel, ref) : "";
  if (!fetch.empty()) hint += "; this clone has no " + ref + ": fetch it with `" + fetch + "`";
  if (IsShallow(toplevel)) {
    hint += "; this clone is shallow, its history cut off";
    if (fetch.empty())
      hint +=
          ": fetch the base with `git fetch --deepen=1` (for HEAD~1) or `git fetch "
          "--unshallow`, or check out with fetch-depth: 0";
  }
  return hint;
}

}  // namespace prowlint
