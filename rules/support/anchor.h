// SPDX-License-Identifier: Apache-2.0
// Where a finding sits: a place in the repository being linted, where a pull
// request can show it. Credential files are usually a Secret outside the
// repository (or a temporary file), so they are related locations only.
// The one place that chooses; a new kind of input extends AnchorChoices and
// ChooseAnchor, not the rules.
#pragma once

#include "lint/base/position.h"
#include "lint/engine/analysis.h"

namespace prowlint {

/// The places a rule knows for one finding. Any may be unknown.
struct AnchorChoices {
  /// The finding exists because of the target Prow version (a 2019 alias
  /// era, a start-up failure): the image line of the manifests that set the
  /// version is where a bump PR makes the change.
  bool version_dependent = false;
  /// The place in the affected job (its `cluster:` value, a reference).
  Position job;
  /// A line of config.yaml that causes it (a disabled_clusters entry).
  Position config;
  /// A credential entry (the context defining an alias). Chosen only when
  /// nothing else is known.
  Position credentials;
};

/// The primary location: the first known of the scheduling component's
/// image line (version-dependent findings, when manifests were read), the
/// job, the config line and the credentials that lies in a file not marked
/// sensitive, else the first known one at all; unknown when none is known.
Position ChooseAnchor(const Analysis& analysis, const AnchorChoices& choices);

}  // namespace prowlint
