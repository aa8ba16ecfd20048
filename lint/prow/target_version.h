// SPDX-License-Identifier: Apache-2.0
// The Prow version a run judges: --target-version, else the tag of the
// component that schedules job pods in the deploy manifests (plank, later
// prow-controller-manager), else today's Prow.
#pragma once

#include <optional>
#include <string>

#include "lint/base/notes.h"
#include "lint/base/source_set.h"
#include "lint/model/manifest.h"
#include "lint/prow/version_semantics.h"

namespace prowlint {

enum class VersionSource {
  kToday,      // nothing named a version: judged as today's Prow
  kFlag,       // --target-version (or .prowlint.yaml's target-version)
  kManifests,  // the image of the scheduling component
};

struct TargetVersion {
  std::optional<ProwVersion> version;
  VersionSource source = VersionSource::kToday;
  /// The scheduling component the manifests name (also under kFlag, when the
  /// manifests were given): its image line is where a bump PR changes the
  /// version, so version-dependent findings point there.
  const Component* scheduler = nullptr;
};

/// The components that create job pods, preferring prow-controller-manager
/// (which replaced plank in 2021) when both are deployed.
std::vector<const Component*> SchedulingComponents(const Manifests& manifests);

/// Chooses the version and says where it came from (or why the manifests
/// could not give one) in `notes`.
/// REQUIRES: `manifests` outlives the result.
TargetVersion ChooseTargetVersion(const std::optional<ProwVersion>& flag,
                                  const Manifests& manifests, const SourceSet& sources,
                                  Notes& notes);

}  // namespace prowlint
