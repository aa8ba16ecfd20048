// SPDX-License-Identifier: Apache-2.0
// Which documents of a manifest file the manifest loader has no use for, so
// that yaml-cpp never parses them (issue 13's speed bound: test-infra's
// ProwJob CRD alone is 3.8 MB).
#pragma once

#include <string>
#include <string_view>

namespace prowlint {

/// The Kubernetes kinds the manifest loader reads, and those that mark a file
/// (a kubeconfig makes it sensitive, a kustomization rewrites namespaces).
bool ManifestReadsKind(std::string_view kind);

/// What BlankUnreadDocuments decided for a file.
enum class Unread { kNone, kSome, kAll };

/// Reads each document's top-level `kind:` line without parsing and blanks
/// the documents of kinds the loader does not read (a CRD, a Service) line
/// for line, so every position stays true. A document whose kind cannot be
/// read that way (flow style, a tag on the separator line) or that has no
/// kind is kept, to be parsed: it may be broken input, and a syntax error is
/// an input error, never a silent skip. The price: a syntax error inside a
/// blanked document (a CRD) goes unreported, as Prow never reads it. With
/// kSome, `out` holds the blanked text; with kNone and kAll it is left empty.
Unread BlankUnreadDocuments(std::string_view text, std::string& out);

}  // namespace prowlint
