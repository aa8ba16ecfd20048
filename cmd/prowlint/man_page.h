// SPDX-License-Identifier: Apache-2.0
// The parts of prowlint.1 that describe the command line, written from the
// CLI11 App that parses it (app.h): NAME, SYNOPSIS and OPTIONS. The prose
// around them is cmd/prowlint/prowlint.1.in's; prowlint_manpage puts the two
// together at build time, so the page and --help cannot name different flags.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

namespace prowlint {

/// troff source for the sections of the page that `app` defines.
struct ManSections {
  /// NAME's line: the program and its description ("prowlint \- catch ...").
  std::string name;
  /// One line per command (usage as --help gives it), then the program's own.
  std::string synopsis;
  /// A subsection per command, the program's own options first: every
  /// option --help lists (the help flags once), in its order and groups, with
  /// value name, default and description. A command sharing most of its
  /// options with one above it names that one and lists what differs.
  std::string options;
};

ManSections MakeManSections(const CLI::App& app);

/// What `--version` prints ("prowlint 0.1.0"), from `app`'s version flag
/// (parsing it, so pass an App used for nothing else); "" without one.
std::string VersionText(CLI::App& app);

/// `page_template` with each marker line (`.\" @NAME@`, `.\" @SYNOPSIS@`,
/// `.\" @OPTIONS@`, each once) replaced by its section and @VERSION@ by
/// `version`, under a first line that says the page is made. Returns "" and
/// sets `error` when a marker is missing or repeated.
std::string FillManPage(std::string_view page_template, const ManSections& sections,
                        const std::string& version, std::string& error);

}  // namespace prowlint
