// The yaml-cpp boundary: bytes in, positioned yaml::Documents and
// InputErrors out. yaml-cpp exceptions stop here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostics.h"
#include "lint/yaml_tree.h"

namespace prowlint {

struct YamlParseOptions {
  /// go-yaml v2's Unmarshal (Prow's config and job files) decodes only the
  /// first document of a stream; manifests and inventories use them all.
  bool first_document_only = false;
  /// For text decoded out of another file (a Secret's base64 `data`): every
  /// position becomes `enclosing`, and error messages say where inside the
  /// decoded text the problem is, after `what` (e.g. `data key "config"`).
  bool collapse_positions = false;
  Position enclosing;
  std::string what;
  /// For text embedded verbatim (a `stringData` block scalar): added to
  /// every line and column of the inner text.
  int line_offset = 0;
  int column_offset = 0;
};

/// Parses `text`, the contents of `file`. Never throws. On a syntax error the
/// documents before it are returned and an InputError with the position is
/// added to `diag`. Messages never quote the input.
std::vector<yaml::Document> ParseYaml(std::string_view text, FileId file,
                                      const YamlParseOptions& options, Diagnostics& diag);

/// Whether `text` passes ParseYaml's first check: UTF-8 without the control
/// characters YAML forbids and without a lone CR.
bool IsYamlText(std::string_view text);

}  // namespace prowlint
