// SPDX-License-Identifier: Apache-2.0
// See finalize_jobs.h.
#include "lint/prow/finalize_jobs.h"

#include <map>
#include <memory>
#include <string>
#include <utility>

namespace prowlint {
namespace {

void DefaultAlias(Job& job) {
  // Prow's defaultJobBase: an absent or empty cluster is "default".
  if (job.cluster && !job.cluster->value.empty()) {
    job.alias = *job.cluster;
  } else {
    job.alias = {"default", job.cluster ? job.cluster->pos : job.name.pos};
  }
}

// Jobs without a decoration_config of their own that share repo and alias
// get the same merge: computed once and shared, not copied into each job.
using DecorationMerges =
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const DecorationConfig>>;

void Decorate(const ProwConfig& config, Job& job, DecorationMerges& merges) {
  // `decorate` wins; otherwise decorate_all_jobs from config.yaml.
  if (job.decorate) {
    job.decorated = job.decorate->value;
  } else {
    job.decorated = config.decorate_all_jobs && config.decorate_all_jobs->value;
  }
  if (!job.decorated) return;
  // The job's own config wins over every default; among the defaults, later
  // matching entries win. ApplyDefault only fills unset fields, so apply
  // from the highest priority down.
  const auto key = std::make_pair(job.repo, job.alias.value);
  if (!job.decoration_config) {
    if (auto it = merges.find(key); it != merges.end()) {
      job.decoration = it->second;
      return;
    }
  }
  // An absent box reads as an empty config: the defaults then fill it all.
  auto merged = std::make_shared<DecorationConfig>(*job.decoration_config);
  const auto& defaults = config.decoration_defaults;
  for (auto it = defaults.rbegin(); it != defaults.rend(); ++it) {
    if (it->Matches(job.repo, job.alias.value)) merged->ApplyDefault(it->config);
  }
  job.decoration = std::move(merged);
  if (!job.decoration_config) merges.emplace(key, job.decoration);
}

void ApplyPreset(const Preset& preset, int index, PodSpec& pod) {
  // Prow's mergePreset: env and mounts go into every container (never init
  // containers), volumes into the pod.
  for (Container& c : pod.containers) {
    for (EnvVar var : preset.env) {
      var.preset = index;
      if (var.ref) var.ref->preset = index;
      c.env.push_back(std::move(var));
    }
    for (VolumeMount mount : preset.volume_mounts) {
      mount.preset = index;
      c.mounts.push_back(std::move(mount));
    }
  }
  for (Volume volume : preset.volumes) {
    volume.preset = index;
    for (ObjectRef& ref : volume.refs) ref.preset = index;
    pod.volumes.push_back(std::move(volume));
  }
}

}  // namespace

bool PresetMatches(const Preset& preset, const Job& job) {
  for (const Label& want : preset.labels) {
    bool found = false;
    for (const Label& have : job.labels) {
      found = found || (have.key.value == want.key.value && have.value.value == want.value.value);
    }
    if (!found) return false;
  }
  return true;
}

void FinalizeJobs(const ProwConfig& config, const std::vector<Preset>& presets,
                  std::vector<Job>& jobs) {
  DecorationMerges merges;
  for (Job& job : jobs) {
    DefaultAlias(job);
    Decorate(config, job, merges);
    if (!job.spec) continue;  // presets only touch jobs with a pod spec
    for (std::size_t i = 0; i < presets.size(); ++i) {
      if (!PresetMatches(presets[i], job)) continue;
      job.presets.push_back(static_cast<int>(i));
      ApplyPreset(presets[i], static_cast<int>(i), *job.spec);
    }
  }
}

}  // namespace prowlint
