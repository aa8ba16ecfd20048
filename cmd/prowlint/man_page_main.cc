// SPDX-License-Identifier: Apache-2.0
// prowlint_manpage TEMPLATE OUTPUT: writes prowlint.1 from the template's
// prose and the App prowlint itself parses with (CommandLine, app.h). The
// build runs it (CMakeLists.txt); it is not installed.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cmd/prowlint/app.h"
#include "cmd/prowlint/man_page.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: prowlint_manpage TEMPLATE OUTPUT\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream page_template;
  page_template << in.rdbuf();
  if (!in) {
    std::cerr << "prowlint_manpage: cannot read " << argv[1] << "\n";
    return 1;
  }
  const prowlint::CommandLine cli;
  prowlint::CommandLine for_version;  // parsing --version changes the App
  std::string error;
  const std::string page =
      prowlint::FillManPage(page_template.str(), prowlint::MakeManSections(cli.app),
                            prowlint::VersionText(for_version.app), error);
  if (page.empty()) {
    std::cerr << "prowlint_manpage: " << argv[1] << ": " << error << "\n";
    return 1;
  }
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << page;
  out.close();
  if (!out) {
    std::cerr << "prowlint_manpage: cannot write " << argv[2] << "\n";
    std::remove(argv[2]);  // no half page for the next step to gzip
    return 1;
  }
  return 0;
}
