// SPDX-License-Identifier: Apache-2.0
// What prowlint keeps of the deploy itself: Prow's component workloads (the
// image lines a bump PR changes, their flags, env, volumes, credentials), the
// RBAC and the names of the Secrets, ConfigMaps and ServiceAccounts the
// manifests create. Never a Secret's data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/base/position.h"
#include "lint/go/go_flags.h"
#include "lint/model/credentials.h"
#include "lint/model/pod_spec.h"
#include "lint/model/prow_version.h"

namespace prowlint {

enum class WorkloadKind { kDeployment, kStatefulSet, kDaemonSet, kCronJob, kJob, kPod };

/// "Deployment", "StatefulSet", ...
const char* WorkloadKindName(WorkloadKind kind);

struct ComponentEnv {
  Located<std::string> name;
  std::optional<Located<std::string>> value;  // literal values only
};

struct ComponentMount {
  Located<std::string> volume;
  std::string mount_path;
  std::string sub_path;
};

/// A pod volume backed by a Secret or ConfigMap (projected ones count too).
struct ComponentVolume {
  Located<std::string> name;
  struct Source {
    ObjectKind kind = ObjectKind::kSecret;
    Located<std::string> name;
    /// `items`: data key → path inside the volume; empty = every key as its
    /// own file name.
    std::vector<std::pair<std::string, std::string>> items;
    bool optional = false;
  };
  std::vector<Source> sources;
  bool other = false;  // emptyDir, hostPath, PVC...: nothing prowlint follows
};

/// How a component is told where its build-cluster credentials are.
enum class CredentialFlag {
  kKubeconfig,      // --kubeconfig=PATH
  kKubeconfigDir,   // --kubeconfig-dir=DIR (with --kubeconfig-suffix)
  kBuildCluster,    // --build-cluster=PATH (legacy clusters.yaml)
  kKubeconfigEnv,   // KUBECONFIG=PATH[:PATH...]
};

/// "--kubeconfig", "--kubeconfig-dir", "--build-cluster", "KUBECONFIG".
const char* CredentialFlagName(CredentialFlag flag);

/// One credential file (or directory) a component reads, and the object
/// behind it when a volume mount covers the path.
struct CredentialRef {
  CredentialFlag flag = CredentialFlag::kKubeconfig;
  Located<std::string> path;  // positioned at the flag or env value
  /// The Secret or ConfigMap mounted at the path's directory; name empty when
  /// no mount covers it (the file comes from the image or a hostPath).
  ObjectKind object_kind = ObjectKind::kSecret;
  std::string object;
  /// The data key the path selects; "" for a directory (every key).
  std::string key;
};

/// One container that runs a Prow image.
struct Component {
  std::string name;           // from the image: "plank", "prow-controller-manager"
  Located<std::string> image; // the image line a bump PR changes
  std::string tag;            // as written after ':' ("" when untagged)
  std::optional<ProwVersion> version;  // when the tag is a Prow version
  bool digest_only = false;   // image@sha256:... without a tag

  WorkloadKind workload_kind = WorkloadKind::kDeployment;
  Located<std::string> workload;  // metadata.name
  std::string ns;                 // metadata.namespace ("" when unset)
  std::string container;          // the container's name
  bool init_container = false;

  std::vector<Located<std::string>> command;
  std::vector<Flag> flags;  // from command[1:] and args
  std::vector<ComponentEnv> env;
  std::vector<ComponentMount> mounts;
  std::vector<ComponentVolume> volumes;  // the pod's
  std::optional<Located<std::string>> service_account;
  std::vector<CredentialRef> credentials;

  bool requests_cpu = false;
  bool requests_memory = false;
  std::optional<Position> resources;  // the container's `resources` key
  bool readiness_probe = false;
  bool liveness_probe = false;
  /// Deployment strategy.type / StatefulSet and DaemonSet updateStrategy.type,
  /// as written; absent = the kind's default.
  std::optional<Located<std::string>> update_strategy;

  /// The flag named `name` (the last one, as Go's flag package keeps it).
  const Flag* FindFlag(std::string_view name) const;
};

struct RbacRule {
  Position pos;
  std::vector<std::string> api_groups;
  std::vector<std::string> resources;
  std::vector<std::string> verbs;
  std::vector<std::string> resource_names;
};

struct Role {
  bool cluster_role = false;
  Located<std::string> name;
  std::string ns;
  std::vector<RbacRule> rules;
};

struct RoleBinding {
  bool cluster_binding = false;
  Located<std::string> name;
  std::string ns;
  bool role_is_cluster_role = false;
  std::string role;
  struct Subject {
    std::string kind;  // ServiceAccount, User, Group
    std::string name;
    std::string ns;
  };
  std::vector<Subject> subjects;
};

/// A Secret, ConfigMap or ServiceAccount the manifests create (an
/// ExternalSecret creates a Secret), by name only.
struct ManifestObject {
  ObjectKind kind = ObjectKind::kSecret;
  Located<std::string> name;
  std::string ns;
  bool external = false;  // created by an ExternalSecret
  /// The contexts (or legacy clusters.yaml aliases) of the kubeconfigs its
  /// data holds, each with its data key in `wrapper_key`: names and servers
  /// only, read the way --kubeconfig reads a Secret manifest.
  std::vector<ClusterContext> contexts;
};

/// A workload's rollout settings, for every Deployment, StatefulSet and
/// DaemonSet in the manifests (Prow's image or not: Boskos ran beside Prow).
struct WorkloadRollout {
  WorkloadKind kind = WorkloadKind::kDeployment;
  Located<std::string> name;
  std::string ns;
  /// strategy.type / updateStrategy.type as written; nullopt = the default.
  std::optional<Located<std::string>> update_strategy;
  std::string image;  // the first container's, for messages
};

/// An image of Prow's pod utilities written in config.yaml or a job's
/// decoration_config (clonerefs, initupload, entrypoint, sidecar).
struct UtilityImage {
  std::string utility;        // "clonerefs"
  Located<std::string> image;
  std::optional<ProwVersion> version;
};

struct Manifests {
  bool given = false;  // --deploy-dir or --deploy-manifest
  /// The registry prefixes that mark Prow's images (defaults and
  /// --prow-image-prefix), for images found elsewhere (jobs).
  std::vector<std::string> prow_image_prefixes;
  /// A kustomization is among them: kustomize rewrites namespaces (and
  /// patches objects) on build, so namespaces as written are not final.
  bool kustomize = false;
  std::vector<Component> components;
  std::vector<Role> roles;
  std::vector<RoleBinding> bindings;
  std::vector<ManifestObject> objects;
  std::vector<WorkloadRollout> rollouts;
};

}  // namespace prowlint
