// SPDX-License-Identifier: Apache-2.0
// YAML → PluginConfig: Prow's plugins.yaml (--plugin-config).
#pragma once

#include <string_view>

#include "lint/base/diagnostics.h"
#include "lint/model/key_use.h"
#include "lint/model/plugin_config.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// Reads `plugins`, `external_plugins` and `config_updater` of a plugins.yaml
/// root, and records its keys for config-field-unknown in `keys`. A root that
/// is not a mapping is an error.
PluginConfig LoadPluginConfig(const yaml::Node& root, Diagnostics& diag, KeyUses& keys);

/// Parses `text`, the contents of `file`, and loads it. Reads no file.
PluginConfig LoadPluginConfigText(std::string_view text, FileId file, Diagnostics& diag,
                                  KeyUses& keys);

}  // namespace prowlint
