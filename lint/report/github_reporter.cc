// SPDX-License-Identifier: Apache-2.0
// See github_reporter.h. The escaping is GitHub's protocol (actions/toolkit
// command.ts), not a general format, so no library covers it.
#include "lint/report/github_reporter.h"

#include <algorithm>

namespace prowlint {
namespace {

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "error";
}

std::string Properties(const SourceSet& sources, const Position& pos, const std::string& title) {
  std::string p;
  if (pos.Known()) {
    p += "file=" + EscapeGithubProperty(sources.Path(pos.file));
    if (pos.line > 0) p += ",line=" + std::to_string(pos.line);
    if (pos.column > 0) p += ",col=" + std::to_string(pos.column);
    p += ",";
  }
  return p + "title=" + EscapeGithubProperty(title);
}

}  // namespace

std::string EscapeGithubData(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out.push_back(c);
  }
  return out;
}

std::string EscapeGithubProperty(const std::string& s) {
  std::string out;
  for (char c : EscapeGithubData(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out.push_back(c);
  }
  return out;
}

void WriteGithub(const Report& report, std::ostream& out) {
  const SourceSet& sources = *report.sources;
  for (const InputError& e : report.input_errors)
    out << "::error " << Properties(sources, e.pos, "prowlint: input error") << "::"
        << EscapeGithubData(e.message) << "\n";
  for (const Finding& f : report.findings) {
    if (f.suppressed) continue;
    std::string text = f.message;
    if (!f.hint.empty()) text += "\nhint: " + f.hint;
    if (f.jobs.size() > 1) {
      text += "\njobs:";
      const std::size_t shown = std::min(f.jobs.size(), kJobsShown);
      for (std::size_t i = 0; i < shown; ++i) text += (i ? ", \"" : " \"") + f.jobs[i].name + "\"";
      if (shown < f.jobs.size()) text += " and " + std::to_string(f.jobs.size() - shown) + " more";
    }
    out << "::" << Command(f.severity) << " " << Properties(sources, f.pos, f.rule_id) << "::"
        << EscapeGithubData(text) << "\n";
  }
}

}  // namespace prowlint
