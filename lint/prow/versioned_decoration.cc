// SPDX-License-Identifier: Apache-2.0
// See versioned_decoration.h.
#include "lint/prow/versioned_decoration.h"

namespace prowlint {

bool ReadsForm(DecorationDefaultForm form, const ValidationRules& rules) {
  switch (form) {
    case DecorationDefaultForm::kLegacy:
      return rules.Maybe(ValidationChange::kLegacyDefaultDecoration);
    case DecorationDefaultForm::kByRepo:
      return rules.Maybe(ValidationChange::kDecorationConfigsMap);
    case DecorationDefaultForm::kEntries:
      return rules.Maybe(ValidationChange::kDecorationConfigEntries);
  }
  return false;
}

bool IsDecorated(const Job& job, const ProwConfig& config, const ValidationRules& rules) {
  // `decorate` wins; decorate_all_jobs only where the version has it.
  if (job.decorate) return job.decorate->value;
  return config.decorate_all_jobs && config.decorate_all_jobs->value &&
         rules.Maybe(ValidationChange::kDecorateAllJobs);
}

const VersionedDecoration& VersionedDecorations::For(const Job& job) {
  if (job.decoration_config || !IsDecorated(job, config_, rules_)) {
    own_ = DecorationFor(job, config_, rules_);
    return own_;
  }
  auto key = std::make_pair(job.repo, job.alias.value);
  auto it = shared_.find(key);
  if (it == shared_.end()) it = shared_.emplace(key, DecorationFor(job, config_, rules_)).first;
  return it->second;
}

VersionedDecoration DecorationFor(const Job& job, const ProwConfig& config,
                                  const ValidationRules& rules) {
  VersionedDecoration d;
  d.decorated = IsDecorated(job, config, rules);
  if (!d.decorated) {
    d.present = job.decoration_config.has_value();
    if (d.present) d.merged = *job.decoration_config;
    return d;
  }
  d.present = true;
  d.merged = *job.decoration_config;  // empty when the job writes none
  const auto& defaults = config.decoration_defaults;
  for (auto it = defaults.rbegin(); it != defaults.rend(); ++it) {
    if (!ReadsForm(it->form, rules) || !it->Matches(job.repo, job.alias.value)) continue;
    d.merged.ApplyDefault(it->config);
    d.applied.insert(d.applied.begin(), &*it);
  }
  return d;
}

}  // namespace prowlint
