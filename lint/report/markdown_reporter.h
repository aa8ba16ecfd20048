// SPDX-License-Identifier: Apache-2.0
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

#include "lint/pipeline/plan.h"
#include "lint/report/report.h"

namespace prowlint {

/// A link to a place in the repository (GitHub blob URL with #L), or "".
using LineLink = std::function<std::string(const Position&)>;

/// Links through GitHub: `server/repository/blob/commit/path#Lline`, where
/// path is the file's place in the repository whose top is `root`
/// (absolute, symlinks resolved; the file's own symlinks resolved too, and
/// the path percent-encoded); "" for places outside it.
LineLink GithubLineLink(const SourceSet& sources, const std::string& server,
                        const std::string& repository, const std::string& commit,
                        const std::string& root);

/// `findings` are those to show (the new ones when a base was compared),
/// `existing` how many others were left out.
/// `title` heads the report: plan's and lint's (with a base) share the rest.
void WritePlanMarkdown(const Plan& plan, const Report& findings, std::size_t existing,
                       const LineLink& link, std::ostream& out,
                       const std::string& title = "prowlint plan");

void WriteLintMarkdown(const Report& report, std::size_t existing, const LineLink& link,
                       std::ostream& out);

}  // namespace prowlint
