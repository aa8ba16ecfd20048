// SPDX-License-Identifier: Apache-2.0
// What exists in one cluster: names of Secrets, ConfigMaps and
// ServiceAccounts per namespace. Never secret data.
#pragma once

#include <set>
#include <string>
#include <tuple>

#include "lint/base/position.h"
#include "lint/model/pod_spec.h"

namespace prowlint {

struct Inventory {
  std::string alias;  // the --inventory ALIAS ("in-cluster" = the service cluster)
  FileId file = kNoFile;

  void Add(ObjectKind kind, std::string ns, std::string name) {
    objects_.emplace(kind, std::move(ns), std::move(name));
  }
  /// Whether `name` exists in `ns`. An object listed without a namespace (a
  /// `-o name` line given as ALIAS=FILE, a manifest without
  /// metadata.namespace) counts as present in every namespace: the listing
  /// does not say where it is, so nothing is judged missing on its account.
  bool Has(ObjectKind kind, const std::string& ns, const std::string& name) const {
    return objects_.count({kind, ns, name}) > 0 || objects_.count({kind, "", name}) > 0;
  }
  std::size_t size() const { return objects_.size(); }
  /// Whether any object of `kind` is listed.
  bool Lists(ObjectKind kind) const {
    for (const auto& o : objects_)
      if (std::get<0>(o) == kind) return true;
    return false;
  }
  /// Whether the inventory can tell that an object of `kind` is missing. An
  /// empty listing is an empty cluster (kubectl prints nothing for an empty
  /// namespace). A listing of one kind only (say, only ServiceAccounts) was
  /// made without asking for the others, so it judges that kind alone. A
  /// listing of two kinds or more was made by asking for all three (`kubectl
  /// get secrets,configmaps,serviceaccounts`): the kind it lacks is absent
  /// (since Kubernetes 1.24 a fresh namespace holds no secret at all).
  bool Judges(ObjectKind kind) const {
    const int kinds = Lists(ObjectKind::kSecret) + Lists(ObjectKind::kConfigMap) +
                      Lists(ObjectKind::kServiceAccount);
    return size() == 0 || Lists(kind) || kinds >= 2;
  }
  /// Adds another listing of the same cluster.
  void Merge(const Inventory& other) {
    objects_.insert(other.objects_.begin(), other.objects_.end());
  }

 private:
  std::set<std::tuple<ObjectKind, std::string, std::string>> objects_;
};

/// The --inventory alias that stands for the service cluster.
inline constexpr const char* kInClusterAlias = "in-cluster";

}  // namespace prowlint
