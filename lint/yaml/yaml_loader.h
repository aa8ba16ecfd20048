// SPDX-License-Identifier: Apache-2.0
// The YAML parsers' boundary: bytes in, positioned yaml::Documents and
// InputErrors out. yaml-cpp exceptions and LibYAML errors stop here.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/diagnostics.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// Which parser reads the text. Both build the same tree with the same
/// positions for the same valid YAML (YamlParsersTest pins that on the
/// corpus); they differ in speed and in how they word a syntax error.
enum class YamlParser {
  /// Prow's config and job files, and everything else by default: every
  /// rule and error message was written against it.
  kYamlCpp,
  /// Deploy manifests. Six to seven times faster than yaml-cpp, which
  /// issue 13's bound (manifests add at most a tenth to a lint) needs; and
  /// it is the C library that go-yaml, through which kubectl reads
  /// manifests, was ported from, so it accepts and refuses what kubectl does.
  kLibyaml,
};

struct YamlParseOptions {
  YamlParser parser = YamlParser::kYamlCpp;
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

/// Receives each document as soon as it is built.
using DocumentSink = std::function<void(yaml::Document&&)>;

/// ParseYaml for a stream of many documents (manifests): each document goes
/// to `sink` when it is complete, so a caller that keeps only what it reads
/// holds one document's tree at a time instead of the file's.
void ParseYamlEach(std::string_view text, FileId file, const YamlParseOptions& options,
                   Diagnostics& diag, const DocumentSink& sink);

/// Whether `text` passes ParseYaml's first check: UTF-8 without the control
/// characters YAML forbids and without a lone CR.
bool IsYamlText(std::string_view text);

}  // namespace prowlint
