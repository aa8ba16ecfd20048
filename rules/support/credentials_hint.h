// SPDX-License-Identifier: Apache-2.0
// Hints that ask for an alias in the credentials name a file the target
// version reads: a note saying a file is not read, followed by advice to
// edit that file, contradicts itself.
#pragma once

#include <string>
#include <vector>

#include "lint/engine/analysis.h"
#include "lint/model/manifest.h"

namespace prowlint {

/// How to make `alias` a loaded alias under the target version: a context in
/// the kubeconfig, an entry in the build-cluster file, or, when the version
/// reads only the other format, the conversion (cm2kc turns a clusters.yaml
/// into a kubeconfig). `what` says which cluster it should reach ("" for
/// none), e.g. " for the build cluster".
std::string AddAliasHint(const Analysis& analysis, const std::string& alias,
                         const std::string& what = "");

/// The hint for a clusters.yaml the target version does not read.
std::string ConvertBuildClusterHint(const Analysis& analysis);

/// How to give prowlint the Secrets or ConfigMaps behind component
/// credentials it could not read (`refs`): each with the flag that reads what
/// it wraps, as the component's own flag does (--build-cluster for a legacy
/// clusters.yaml, --kubeconfig for a kubeconfig: either refuses the other),
/// or in the deploy tree. "" when no ref names an object (a file from the
/// image: nothing to pass).
std::string GiveCredentialObjectsHint(const std::vector<const CredentialRef*>& refs);

}  // namespace prowlint
