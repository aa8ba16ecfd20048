// SPDX-License-Identifier: Apache-2.0
// Walks a decoded Prow file against the key schema and records the keys
// config-field-unknown needs (lint/model/key_use.h). Pod specs and other
// Kubernetes types are not entered: Prow passes them to Kubernetes.
#pragma once

#include "lint/model/key_use.h"
#include "lint/prow/prow_schema.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {

/// Records the keys of `root`, a file decoded as `kind`, into `out`.
void RecordKeys(const yaml::Node& root, SchemaRoot kind, KeyUses& out);

/// When `root` is a non-empty mapping of which no top-level key is one Prow
/// has ever decoded as `kind`: what the file looks like instead ("a
/// plugins.yaml", "a Kubernetes manifest", "no Prow file"), for an input
/// error. "" when the file holds at least one such key (or nothing).
std::string NotProwFile(const yaml::Node& root, SchemaRoot kind);

/// "config.yaml", "a job-config file", "plugins.yaml".
const char* SchemaRootName(SchemaRoot kind);

}  // namespace prowlint
