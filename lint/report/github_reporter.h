// SPDX-License-Identifier: Apache-2.0
// GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=…::message`
// per finding, which GitHub shows as annotations on the pull request diff.
#pragma once

#include <ostream>
#include <string>

#include "lint/report/report.h"

namespace prowlint {

void WriteGithub(const Report& report, std::ostream& out);

/// Escapes a command's message as GitHub's toolkit does: % CR LF.
std::string EscapeGithubData(const std::string& s);
/// Escapes a property value (file, title): also ':' and ','.
std::string EscapeGithubProperty(const std::string& s);

}  // namespace prowlint
