// SPDX-License-Identifier: Apache-2.0
// One job-config file read, as Prow's config loader and config-updater see
// it: where it was found and how big it is.
#pragma once

#include <cstddef>
#include <optional>

#include "lint/base/position.h"

namespace prowlint {

struct JobFile {
  FileId file = kNoFile;
  /// Found by walking a --job-config-path directory (Prow then requires a
  /// unique basename); false for a --job-config-path that is the file itself.
  bool in_directory = false;
  std::size_t bytes = 0;
  /// Its gzip-compressed size, measured only when config_updater gzips.
  std::optional<std::size_t> gzip_bytes;
};

}  // namespace prowlint
