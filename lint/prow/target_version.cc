// SPDX-License-Identifier: Apache-2.0
// See target_version.h.
#include "lint/prow/target_version.h"

#include "lint/base/text.h"

namespace prowlint {
namespace {

std::string Where(const SourceSet& sources, const Component& c) {
  return sources.Path(c.image.pos.file) + ":" + std::to_string(c.image.pos.line) + ":" +
         std::to_string(c.image.pos.column);
}

}  // namespace

std::vector<const Component*> SchedulingComponents(const Manifests& manifests) {
  std::vector<const Component*> pcm, plank;
  for (const Component& c : manifests.components) {
    if (c.init_container) continue;
    if (c.name == "prow-controller-manager") pcm.push_back(&c);
    if (c.name == "plank") plank.push_back(&c);
  }
  return pcm.empty() ? plank : pcm;
}

TargetVersion ChooseTargetVersion(const std::optional<ProwVersion>& flag,
                                  const Manifests& manifests, const SourceSet& sources,
                                  Notes& notes) {
  TargetVersion target;
  const std::vector<const Component*> schedulers = SchedulingComponents(manifests);
  // kubectl apply leaves the last definition; prow-version-mixed reports a
  // disagreement between them.
  if (!schedulers.empty()) target.scheduler = schedulers.back();
  if (flag) {
    target.version = flag;
    target.source = VersionSource::kFlag;
    if (target.scheduler && target.scheduler->tag != flag->tag)
      notes.Add("--target-version " + flag->tag + " overrides " + target.scheduler->name + ":" +
                (target.scheduler->tag.empty() ? "(no tag)" : target.scheduler->tag) +
                " in the manifests (" + Where(sources, *target.scheduler) + ")");
    return target;
  }
  if (!manifests.given) return target;
  if (!target.scheduler) {
    notes.Add("the deploy manifests hold no plank or prow-controller-manager: judged as "
              "today's Prow");
    return target;
  }
  const Component& s = *target.scheduler;
  if (!s.version) {
    notes.Add(s.name + " in " + Where(sources, s) + " has no Prow version tag (" +
              (s.digest_only ? "a digest" : s.tag.empty() ? "no tag" : Quote(s.tag)) +
              "): judged as today's Prow");
    return target;
  }
  target.version = s.version;
  target.source = VersionSource::kManifests;
  return target;
}

}  // namespace prowlint
