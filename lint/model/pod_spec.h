// SPDX-License-Identifier: Apache-2.0
// The parts of a Kubernetes PodSpec that decide whether a pod can start in a
// cluster: the objects it references and its volumes and mounts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"
#include "lint/model/boxed.h"

namespace prowlint {

/// Namespaced objects a pod needs to exist before it can start.
enum class ObjectKind { kSecret, kConfigMap, kServiceAccount };

/// "secret", "config map", "service account".
const char* ObjectKindName(ObjectKind kind);

/// Index of the preset an element came from; kOwn when the job wrote it.
inline constexpr int kOwn = -1;

/// A reference from the pod to an object in its namespace.
struct ObjectRef {
  // Ordered for size (a ref is stored for every volume, env var and mount
  // source of every job): the small members together.
  Located<std::string> name;
  std::string via;        // how the pod uses it, for messages: `volume "creds"`
  ObjectKind kind = ObjectKind::kSecret;
  int preset = kOwn;
  bool optional = false;  // `optional: true`: the pod starts without it
};

struct EnvVar {
  Located<std::string> name;
  std::optional<ObjectRef> ref;  // valueFrom.secretKeyRef / configMapKeyRef
  int preset = kOwn;
};

struct VolumeMount {
  Located<std::string> name;
  int preset = kOwn;
  Located<std::string> mount_path;  // for Prow's reserved-path check
};

struct Volume {
  Located<std::string> name;
  std::vector<ObjectRef> refs;  // secret, configMap, projected sources
  int preset = kOwn;
};

/// A container's CPU and memory requests and limits, as written (Kubernetes
/// quantities: "500m", "2", "4Gi"). Findings point at `pos`, so the values
/// carry no place of their own (a Resources is stored per container).
struct Resources {
  Position pos;  // the `resources` key; the container's item when absent
  std::optional<std::string> request_cpu;
  std::optional<std::string> request_memory;
  std::optional<std::string> limit_cpu;
  std::optional<std::string> limit_memory;
};

struct Container {
  Located<std::string> name;  // may be empty: Prow allows one unnamed container
  Located<std::string> image;  // as written ("" when absent)
  std::vector<Located<std::string>> command;  // the entrypoint override, if any
  Resources resources;
  std::vector<EnvVar> env;
  std::vector<ObjectRef> env_from;
  std::vector<VolumeMount> mounts;
  // What Prow's pod-spec validation reads (issue 14).
  Position pos;  // the list item
  /// command + args is non-empty and its first word is not "" (a decorated
  /// container must say what to run).
  bool runs_command = false;
  /// `restartPolicy: Always` makes an init container a native sidecar
  /// (boxed: few containers write it).
  Boxed<Located<std::string>> restart_policy;
};

/// A toleration, compared as Prow's preset merge does: all fields equal.
struct Toleration {
  Position pos;
  std::string canonical;  // key, operator, value, effect, seconds
  int preset = kOwn;
};

struct PodSpec {
  Position pos;  // the `spec` key
  std::vector<Volume> volumes;
  std::vector<Container> containers;
  std::vector<Container> init_containers;
  std::vector<ObjectRef> image_pull_secrets;
  std::optional<Located<std::string>> service_account_name;
  std::vector<Toleration> tolerations;  // for preset-conflict
};

}  // namespace prowlint
