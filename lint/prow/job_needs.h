// SPDX-License-Identifier: Apache-2.0
// The namespaced objects a job's pod needs before it can start, each tied to
// the place in the job that brings it in (prow-semantics §3.4, §3.5).
#pragma once

#include <string>
#include <vector>

#include "lint/model/job.h"
#include "lint/model/pod_spec.h"
#include "lint/model/preset.h"

namespace prowlint {

struct Need {
  ObjectKind kind = ObjectKind::kSecret;
  std::string name;
  /// The node in the job that causes the need: the reference itself, the job
  /// label that selects the preset holding it, or the job's `decorate` /
  /// name for decoration defaults.
  Position pos;
  /// Where the reference is written when that is elsewhere (a preset, a
  /// decoration default); unknown when it is `pos`.
  Position source;
  std::string via;  // `volume "creds"`, `env TOKEN`, `decoration gcs_credentials_secret`
  /// The pod can start without it: an image pull secret (kubelet pulls
  /// without it, which only fails for private images).
  bool soft = false;
};

/// What `job` needs, one entry per kind and name (the first way it is used).
/// `optional: true` references are left out. Jobs that Prow does not run as
/// pods (no spec, or an agent other than kubernetes) need nothing.
std::vector<Need> JobNeeds(const Job& job, const std::vector<Preset>& presets);

/// The position in `job` that pulls in preset `index`: its first label that
/// the preset selects on, or the job's name for a label-less preset.
Position PresetAnchor(const Job& job, const Preset& preset);

}  // namespace prowlint
