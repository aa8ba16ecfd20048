// SPDX-License-Identifier: Apache-2.0
// Kubernetes Secret manifests that wrap credential files: the values of
// `data` (base64) and `stringData` (plain), ready to parse as files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/base/text.h"
#include "lint/yaml/yaml_loader.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// One value of a Secret. `text` may hold secret material: parse it, keep
/// only names and URLs, and let it go.
struct SecretValue {
  std::string secret;  // metadata.name
  std::string kind;    // "Secret" or "ConfigMap"
  std::string key;     // the data/stringData key
  std::string text;
  YamlParseOptions parse;  // positions of the text, mapped into the manifest

  /// `data key "config" of Secret "kubeconfig"`, for messages.
  std::string Describe() const;
};

/// Whether `root` is a Secret or ConfigMap, or a List holding some.
bool IsSecretManifest(const yaml::Node& root);

/// The values of every Secret or ConfigMap in `root` (or a List of them):
/// a Secret's stringData over its data for the same key, as the API server
/// does; a ConfigMap's data and binaryData. Bad base64
/// is an error naming the key, never the value. `file_lines` index the
/// manifest's text, to map stringData block scalars to real lines and
/// columns; one index serves every object of a file.
std::vector<SecretValue> SecretValues(const yaml::Node& root, LineIndex& file_lines,
                                      Diagnostics& diag);

}  // namespace prowlint
