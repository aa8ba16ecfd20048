// SPDX-License-Identifier: Apache-2.0
// A Prow image version: its tag and build date, and the grammar of tags.
// What a version does lives in lint/prow/version_semantics.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prowlint {

struct ProwVersion {
  std::string tag;  // "v20190208-c35c7e3", or "latest"
  int date = 0;     // build date YYYYMMDD; 0 for "latest"
};

/// Parses a Prow tag (vYYYYMMDD-<sha>[-dirty][-arch]), an image reference
/// ending in one (gcr.io/k8s-prow/plank:v20190208-c35c7e3), or "latest".
/// On failure returns nullopt and sets `error`.
std::optional<ProwVersion> ParseProwVersion(std::string_view text, std::string& error);

}  // namespace prowlint
