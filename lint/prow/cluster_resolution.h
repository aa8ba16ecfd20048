// SPDX-License-Identifier: Apache-2.0
// Where each cluster alias sends pods under one Prow version: the emulation
// of plank's alias loading per era (prow-semantics §1.1, §2.2). The core of
// every cluster rule, and of `prowlint plan` (resolve twice, compare).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lint/base/notes.h"
#include "lint/base/position.h"
#include "lint/model/credentials.h"
#include "lint/model/prow_config.h"
#include "lint/prow/version_semantics.h"

namespace prowlint {

struct ClusterOptions {
  /// Prow's --no-in-cluster-config: no in-cluster context, no "default" fallback.
  bool no_in_cluster_config = false;
  /// --service-cluster: a credential alias that is (also) the service cluster.
  std::string service_cluster;
};

/// How sure it is that an alias sends pods to a destination.
enum class Likelihood {
  kAlways,
  kRandomPerRestart,  // Go map order at each process start (era C)
  kDependsOnBuild,    // the tag was built on a day the behaviour changed
};

/// Why an alias reaches the service cluster through no context of its own.
enum class FallbackCause {
  kNone,                     // the alias's own context
  kNoBuildClusterFile,       // legacy plank without --build-cluster: everything in-cluster
  kBuildClusterIgnored,      // 2019-01-28..30: plank does not read --build-cluster
  kLiteralDefaultClobbered,  // 2019-01-31..02-11: the service cluster overwrites "default"
  kNoLiteralDefault,         // no literal "default": Prow's fallback
  kDisabledLiteralDefault,   // disabled_clusters removes the literal "default"
  kBuildClusterUnread,       // after 2020-08-24 the build-cluster file is not read at all
  kKubeconfigDropped,        // $KUBECONFIG: one context failed to load, all were dropped
};

/// A cluster pods of an alias may land in.
struct Destination {
  /// The credential the alias resolves to; nullptr for the in-cluster config
  /// of the service cluster (Prow's context "").
  const ClusterContext* context = nullptr;
  bool service_cluster = false;
  Likelihood likelihood = Likelihood::kAlways;
  /// Why pods go here when it is the service cluster through no context of
  /// the alias's own, under which era, and the place that causes it.
  FallbackCause fallback = FallbackCause::kNone;
  AliasEra era = AliasEra::kKubeconfigOnly;
  Position cause;

  /// `cluster "build" (https://1.2.3.4)` or `the service cluster`.
  std::string Describe() const;
  /// Why pods go to the service cluster, as a clause for messages ("" for
  /// kNone); `version` names the target ("v20190208-c35c7e3").
  std::string Why(const std::string& version) const;
};

struct Route {
  std::vector<Destination> destinations;
  /// False when some possible builds of the version do not load the alias.
  bool loaded_in_every_build = true;
};

/// Why plank of a version exits at start-up with the given credentials.
enum class StartupFailure {
  kNone,
  kNoDefaultInBuildCluster,  // the legacy clusters map lacks "default"
  kBothCredentialFlags,      // 2019-02: --build-cluster and --kubeconfig together
  kFlagRedefined,            // 2019-01-31..02-01: the flag-redefined panic
};

struct ClusterResolution {
  /// False without credentials: aliases cannot be resolved, rules that need
  /// them say so once and stay silent.
  bool judged = false;
  VersionSemantics semantics;
  std::map<std::string, Route, std::less<>> routes;
  /// Non-empty when plank of this version exits at start-up with these
  /// credentials (in every possible build); `failure_pos` is the cause.
  std::string startup_failure;
  StartupFailure failure = StartupFailure::kNone;
  Position failure_pos;
  /// The literal "default" credentials Prow would load, if any.
  std::vector<const ClusterContext*> literal_defaults;
  /// `disabled_clusters` entries this version honours.
  std::vector<Located<std::string>> disabled;

  const Route* Find(std::string_view alias) const;
  /// Whether pods of `alias` may land on the service cluster (false when
  /// not judged or not loaded).
  bool ReachesServiceCluster(std::string_view alias) const;
};

/// A pure function of its inputs, so it can be computed for several versions.
/// Inputs the version ignores or rejects go to `notes`.
/// REQUIRES: `creds` outlives the result (destinations point into it).
ClusterResolution ResolveClusters(const Credentials& creds, const ProwConfig& config,
                                  const VersionSemantics& semantics,
                                  const ClusterOptions& options, Notes& notes);

}  // namespace prowlint
