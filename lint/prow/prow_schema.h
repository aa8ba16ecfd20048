// SPDX-License-Identifier: Apache-2.0
// The keys Prow's config decoder knows, per version: every struct of
// config.yaml, job-config files and plugins.yaml with its keys, the merge that
// added each (since 2018-06), and the keys removed since 2018 (data generated
// into prow_schema_data.inc by prow_schema_gen.py). Loaders record keys
// against it; config-field-unknown judges them for the target version.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/prow/validation_table.h"
#include "lint/prow/version_semantics.h"

namespace prowlint {

struct SchemaField {
  std::string_view key;
  int type;                // the struct its value holds, -1 for a leaf (string, PodSpec...)
  std::string_view shape;  // containers around that struct: "" direct, "L" list, "M" map, "ML"...
  int since;               // merge day it appeared; 0: before 2018-06
  int removed;             // merge day it was removed; 0: still known
  std::string_view after;  // what Prow did with it once removed
  std::string_view ref;    // "test-infra #123": the change that added or removed it
};

struct SchemaType {
  std::string_view name;  // Go type, "config.Presubmit"
  int first;              // first field in the table (fields sorted by key)
  int count;
};

/// The roots of the three files Prow decodes.
enum class SchemaRoot { kConfig, kJobConfig, kPlugins };

namespace schema {

int RootType(SchemaRoot root);
const SchemaType& Type(int type);
const SchemaField& Field(int field);
/// The field index of `key` in `type`: an exact match, else one equal up to
/// case (Prow's decoder matches keys case-insensitively; `case_only` says
/// so); -1 when the type has no such key at any time since 2018.
int Find(int type, std::string_view key, bool& case_only);
/// The index of the type named `name`, -1 when none.
int TypeNamed(std::string_view name);
/// Whether `field` is a key Prow's decoder reads in `version`.
InEffect Known(const SchemaField& field, const std::optional<ProwVersion>& version);
/// Keys of `type` known in `version`, for "did you mean".
std::vector<std::string> KeysAt(int type, const std::optional<ProwVersion>& version);
/// "a presubmit", "plank", "a decoration config": the type as a noun.
std::string Noun(int type);
/// For a key unknown in job type `type`: the other job kind, or the pod spec,
/// that has it ("presubmits", "the pod spec"), else "".
std::string KnownElsewhere(int type, std::string_view key);

}  // namespace schema
}  // namespace prowlint
