// The bump-PR report: GitHub-flavoured Markdown for a job summary, a PR
// comment or a Prow artifact. For `plan`: versions per component (with a
// compare link), where jobs land and what moves, and the findings the change
// brings; for `lint`: the findings with links to their lines. With a base
// compared, both end with the findings the change fixes.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "lint/plan.h"
#include "lint/report/report.h"

namespace prowlint {

/// A link to a place in the repository (GitHub blob URL with #L), or "".
using LineLink = std::function<std::string(const Position&)>;

/// Links through GitHub: `server/repository/blob/commit/prefix+path#Lline`
/// for relative paths inside the repository (`prefix` is the working
/// directory's path in it, "" or ending in '/'); "" for other places.
LineLink GithubLineLink(const SourceSet& sources, const std::string& server,
                        const std::string& repository, const std::string& commit,
                        const std::string& prefix);

/// `findings` are those to show (the new ones when a base was compared),
/// `existing` how many others were left out.
void WritePlanMarkdown(const Plan& plan, const Report& findings, std::size_t existing,
                       const LineLink& link, std::ostream& out);

void WriteLintMarkdown(const Report& report, std::size_t existing, const LineLink& link,
                       std::ostream& out);

/// Escapes text for Markdown inline content and table cells.
std::string MarkdownEscape(const std::string& text);

}  // namespace prowlint
