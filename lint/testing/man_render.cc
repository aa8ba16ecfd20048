// SPDX-License-Identifier: Apache-2.0
// See man_render.h.
#include "lint/testing/man_render.h"

namespace prowlint::testing {

RunResult RenderManPage(const std::string& path, const std::string& options) {
  // Output discarded by groff -z would skip the checks made while lines are
  // set ("cannot adjust line"): render for real, into the pipe.
  RunResult r = RunCommand("groff -man -Tutf8 -ww " + options + " -P-cbou '" + path + "'");
  // U+2010 (hyphen) and U+2212 (minus), as a groff without Debian's
  // man.local prints - and \-.
  for (const char* dash : {"\xe2\x80\x90", "\xe2\x88\x92"})
    for (std::size_t at; (at = r.out.find(dash)) != std::string::npos;) r.out.replace(at, 3, "-");
  return r;
}

RunResult RenderManSource(const std::string& source, const std::string& options) {
  const TempDir dir;
  return RenderManPage(dir.Write("page.1", source), options);
}

}  // namespace prowlint::testing
