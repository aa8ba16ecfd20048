// SPDX-License-Identifier: Apache-2.0
// Why Prow refuses to merge a supplemental config ("shard") into the main
// config.yaml or plugins.yaml: it refuses the whole config then.
#pragma once

#include <string>

#include "lint/base/position.h"

namespace prowlint {

/// What a shard merges into.
enum class ShardOf {
  kProwConfig,    // --supplemental-prow-config-dir (pkg/config ProwConfig.mergeFrom)
  kPluginConfig,  // --supplemental-plugin-config-dir (pkg/plugins Configuration.mergeFrom)
};

struct ShardProblem {
  enum class Kind {
    kNotMergeable,  // a field shards may not set
    kSetTwice,      // a key or policy already set by the main config or an earlier shard
  };
  Kind kind = Kind::kNotMergeable;
  Position pos;
  std::string field;  // "plank", "tide.merge_method for \"org/a\"", ...
  Position first;     // kSetTwice: where it was set before
  ShardOf of = ShardOf::kProwConfig;
};

}  // namespace prowlint
