// SPDX-License-Identifier: Apache-2.0
// The LibYAML driver of ParseYaml (YamlParser::kLibyaml): LibYAML's event
// parser into a yaml_build::TreeBuilder. Called by ParseYaml only, after the
// text passed its checks (valid UTF-8, no forbidden control characters).
#pragma once

#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/yaml/yaml_loader.h"
#include "lint/yaml/yaml_tree.h"
#include "lint/yaml/yaml_tree_builder.h"

namespace prowlint {

/// Hands the documents of `text` to `sink`, each when it is complete; on a
/// syntax error, the ones before it, and an InputError in `diag`. Never
/// throws.
void ParseWithLibyaml(std::string_view text, const yaml_build::PlaceMapper& place,
                      const YamlParseOptions& options, Diagnostics& diag,
                      const DocumentSink& sink);

}  // namespace prowlint
