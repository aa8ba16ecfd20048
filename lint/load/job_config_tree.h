// SPDX-License-Identifier: Apache-2.0
// Which files Prow reads for one --job-config-path (prow-semantics §3.6).
#pragma once

#include <string>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/source_set.h"

namespace prowlint {

/// Lists, in Prow's (lexical walk) order, the files of `root` as paths for
/// display (`root` joined with the relative path). A file root is returned as
/// is, whatever its name. A directory is walked recursively: only `.yaml` and
/// `.yml` files, names starting with ".." skipped, symlinked directories not
/// followed, and `.prowignore` files honoured in every directory (the nearest
/// one that decides wins; an ignored directory hides everything below it).
/// A root that does not exist is an error.
std::vector<std::string> ListJobConfigFiles(const std::string& root, SourceSet& sources,
                                            Diagnostics& diag);

}  // namespace prowlint
