// SPDX-License-Identifier: Apache-2.0
// See restarts.h.
#include "lint/prow/restarts.h"

#include <map>
#include <tuple>

namespace prowlint {
namespace {

// What a rollout compares: a change to any of it replaces the pods.
std::string PodTemplateOf(const Component& c) {
  std::string t = c.image.value + '\n';
  for (const auto& arg : c.command) t += "cmd " + arg.value + '\n';
  for (const Flag& f : c.flags) t += "flag " + f.name.value + '=' + (f.value ? f.value->value : "") + '\n';
  for (const ComponentEnv& e : c.env)
    t += "env " + e.name.value + '=' + (e.value ? e.value->value : "") + '\n';
  for (const ComponentMount& m : c.mounts)
    t += "mount " + m.volume.value + ' ' + m.mount_path + ' ' + m.sub_path + '\n';
  return t;
}

// A container of a workload, the same on both sides of a change.
using WorkloadKey = std::tuple<std::string, std::string, std::string, std::string>;
WorkloadKey KeyOf(const Component& c) {
  return {c.ns, c.workload.value, c.container, c.name};
}

}  // namespace

std::set<std::string> RestartedComponents(const Manifests& base, const Manifests& head) {
  std::set<std::string> restarted;
  if (base.components.empty() || head.components.empty()) return restarted;
  std::map<WorkloadKey, std::string> before;
  for (const Component& c : base.components) before[KeyOf(c)] = PodTemplateOf(c);
  for (const Component& c : head.components) {
    auto it = before.find(KeyOf(c));
    if (it == before.end() || it->second != PodTemplateOf(c)) restarted.insert(c.name);
  }
  return restarted;
}

void MarkRestarted(const std::set<std::string>& restarted, std::vector<Finding>& head) {
  for (Finding& f : head) {
    if (f.change != Finding::Change::kExisting || f.at_start_of.empty()) continue;
    if (!restarted.count(f.at_start_of)) continue;
    f.change = Finding::Change::kNew;
    f.restarted = f.at_start_of;
  }
}

}  // namespace prowlint
