// SPDX-License-Identifier: Apache-2.0
// See component_credentials.h.
#include "lint/prow/component_credentials.h"

namespace prowlint {
namespace {

bool Covers(const std::string& mount, const std::string& path) {
  if (mount.empty()) return false;
  if (path == mount) return true;
  const std::string dir = mount.back() == '/' ? mount : mount + "/";
  return path.compare(0, dir.size(), dir) == 0;
}

// Fills in the object and key behind `ref.path` from the deepest mount that
// covers it.
void TraceMount(const Component& c, CredentialRef& ref) {
  const ComponentMount* best = nullptr;
  for (const ComponentMount& m : c.mounts)
    if (Covers(m.mount_path, ref.path.value) &&
        (!best || m.mount_path.size() > best->mount_path.size()))
      best = &m;
  if (!best) return;
  const ComponentVolume* volume = nullptr;
  for (const ComponentVolume& v : c.volumes)
    if (v.name.value == best->volume.value) volume = &v;
  if (!volume || volume->sources.empty()) return;

  // The file name inside the volume ("" = the directory itself).
  std::string file;
  if (ref.path.value.size() > best->mount_path.size()) {
    file = ref.path.value.substr(best->mount_path.size());
    while (!file.empty() && file.front() == '/') file.erase(0, 1);
  }
  if (!best->sub_path.empty()) file = file.empty() ? best->sub_path : best->sub_path + "/" + file;

  // `items` maps keys to paths; otherwise every key is a file of its name.
  for (const ComponentVolume::Source& s : volume->sources) {
    for (const auto& [key, path] : s.items) {
      if (path != file) continue;
      ref.object_kind = s.kind;
      ref.object = s.name.value;
      ref.key = key;
      return;
    }
  }
  for (const ComponentVolume::Source& s : volume->sources) {
    if (!s.items.empty()) continue;
    ref.object_kind = s.kind;
    ref.object = s.name.value;
    ref.key = file;
    return;
  }
}

}  // namespace

std::vector<CredentialRef> FindCredentialRefs(const Component& c) {
  std::vector<CredentialRef> refs;
  auto add = [&](CredentialFlag flag, Located<std::string> path) {
    if (path.value.empty()) return;
    CredentialRef ref;
    ref.flag = flag;
    ref.path = std::move(path);
    TraceMount(c, ref);
    refs.push_back(std::move(ref));
  };
  for (const auto& [name, flag] : {std::pair{"kubeconfig", CredentialFlag::kKubeconfig},
                                   std::pair{"kubeconfig-dir", CredentialFlag::kKubeconfigDir},
                                   std::pair{"build-cluster", CredentialFlag::kBuildCluster}}) {
    if (const Flag* f = c.FindFlag(name); f && f->value) add(flag, *f->value);
  }
  for (const ComponentEnv& e : c.env) {
    if (e.name.value != "KUBECONFIG" || !e.value) continue;
    // client-go splits on ':' and skips empty elements (a stray "::").
    std::size_t start = 0;
    const std::string& v = e.value->value;
    while (start <= v.size()) {
      const std::size_t colon = std::min(v.find(':', start), v.size());
      add(CredentialFlag::kKubeconfigEnv, {v.substr(start, colon - start), e.value->pos});
      start = colon + 1;
    }
  }
  return refs;
}

}  // namespace prowlint
