// See versioned_decoration.h.
#include "lint/versioned_decoration.h"

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

VersionedDecoration DecorationFor(const Job& job, const ProwConfig& config,
                                  const ValidationRules& rules) {
  VersionedDecoration d;
  // `decorate` wins; decorate_all_jobs only where the version has it.
  if (job.decorate) {
    d.decorated = job.decorate->value;
  } else {
    d.decorated = config.decorate_all_jobs && config.decorate_all_jobs->value &&
                  rules.Maybe(ValidationChange::kDecorateAllJobs);
  }
  if (!d.decorated) {
    d.present = job.decoration_config.has_value();
    if (d.present) d.merged = *job.decoration_config;
    return d;
  }
  d.present = true;
  d.merged = job.decoration_config.value_or(DecorationConfig{});
  const auto& defaults = config.decoration_defaults;
  for (auto it = defaults.rbegin(); it != defaults.rend(); ++it) {
    if (!ReadsForm(it->form, rules) || !it->Matches(job.repo, job.alias.value)) continue;
    d.merged.ApplyDefault(it->config);
    d.applied.insert(d.applied.begin(), &*it);
  }
  return d;
}

}  // namespace prowlint
