// SPDX-License-Identifier: Apache-2.0
// A man page as man(1) shows it, for the tests of prowlint.1 and of the
// troff its generator writes: groff with every warning on (groff-base,
// which .ci/deps installs).
#pragma once

#include <string>

#include "lint/testing/test_util.h"

namespace prowlint::testing {

/// Renders the man page at `path` with `groff -man -Tutf8 -ww OPTIONS`:
/// plain text (no overstrikes for bold and italics), each typographic hyphen
/// or minus sign as "-"; groff's warnings are in `err`. "-rLL=300n -rHY=0"
/// puts each paragraph on one line, unhyphenated.
RunResult RenderManPage(const std::string& path, const std::string& options);

/// RenderManPage of `source`, written to a temporary file.
RunResult RenderManSource(const std::string& source, const std::string& options);

}  // namespace prowlint::testing
