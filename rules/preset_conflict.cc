// SPDX-License-Identifier: Apache-2.0
// Flags what Prow's preset merge refuses: a name defined twice in a job's pod
// once presets are applied, and presets whose labels clash. Why: see
// rules/preset_conflict.md.
#include <map>
#include <set>

#include "lint/base/text.h"
#include "lint/prow/job_needs.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

// Where an element of the merged pod spec came from.
std::string Source(const Deploy& deploy, int preset) {
  if (preset == kOwn) return "the job";
  const Position& p = deploy.presets[static_cast<std::size_t>(preset)].pos;
  return "the preset at " + deploy.sources.Path(p.file) + ":" + std::to_string(p.line);
}

// The first element of each name: a short list beats a map's allocations
// for the handful of names one container or pod has.
template <typename T>
class FirstByName {
 public:
  /// The earlier element named `name`; nullptr (recording `item`) when none.
  const T* Insert(std::string_view name, const T* item) {
    for (const auto& [n, t] : seen_)
      if (n == name) return t;
    seen_.emplace_back(name, item);
    return nullptr;
  }

 private:
  std::vector<std::pair<std::string_view, const T*>> seen_;
};

class PresetConflict final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "preset-conflict",
        "A preset adds an env var, volume, volume mount or toleration that the job or an "
        "earlier preset already defines, or two presets share a label, so Prow refuses the "
        "whole config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ValidationRules rules(analysis.target.version);
    CheckLabels(analysis.deploy, rules, analysis.run, sink);
    JobShares shares(sink);
    for (const Job& job : analysis.deploy.jobs) {
      if (job.spec) CheckMerge(analysis.deploy, rules, analysis.run, job, shares);
    }
  }

 private:
  // Prow's mergeJobConfigs: presets of config.yaml and every job file are
  // pooled; a label pair (before test-infra #10868, a label key) may occur
  // in one preset only. Prow checks only when a job-config path is given.
  static void CheckLabels(const Deploy& deploy, const ValidationRules& rules, const RunContext& run,
                          FindingSink& sink) {
    if (!deploy.job_config_given) return;
    const InEffect by_key = rules.Get(ValidationChange::kPresetLabelKeyUnique);
    const InEffect by_pair = rules.Get(ValidationChange::kPresetLabelPairUnique);
    std::map<std::string, const Label*> first_key, first_pair;
    std::set<std::string> reported;
    for (const Preset& preset : deploy.presets) {
      // Prow checks the central presets' labels only (mergeJobConfigs);
      // a repository's in-repo presets are not among them.
      if (preset.in_repo) continue;
      for (const Label& label : preset.labels) {
        const std::string pair = label.key.value + ":" + label.value.value;
        auto [pit, pfresh] = first_pair.emplace(pair, &label);
        auto [kit, kfresh] = first_key.emplace(label.key.value, &label);
        if (!pfresh && by_pair != InEffect::kNo && reported.insert("p" + pair).second) {
          Finding& f =
              sink.Report(*RefusalSeverity(by_pair, run), label.key.pos,
                          "preset label " + Quote(pair) +
                              " is also used by another preset; Prow refuses "
                              "two presets with one label pair" +
                              MaybeClause(by_pair, rules, ValidationChange::kPresetLabelPairUnique),
                          "merge the two presets, or select one of them with another label");
          f.subject = {"preset label " + pair, ""};
          f.related.push_back({pit->second->key.pos, "the other preset's label is here"});
          continue;
        }
        if (pfresh && !kfresh && by_key != InEffect::kNo &&
            reported.insert("k" + label.key.value).second) {
          Finding& f = sink.Report(
              *RefusalSeverity(by_key, run), label.key.pos,
              "preset label key " + Quote(label.key.value) + " is also used by another preset; " +
                  rules.Name() +
                  " refuses two presets with one label key, whatever their values "
                  "(the rule until " +
                  std::string(ChangeInfo(ValidationChange::kPresetLabelKeyUnique).ref) + ")" +
                  MaybeClause(by_key, rules, ValidationChange::kPresetLabelKeyUnique),
              "give each preset its own label key, or deploy a Prow version with test-infra "
              "#10868");
          f.subject = {"preset label key " + label.key.value, ""};
          f.related.push_back({kit->second->key.pos, "the other preset's label is here"});
        }
      }
    }
  }

  // Prow's mergePreset, preset by preset in config order: each name may
  // occur once per container (env, mounts) or pod (volumes, tolerations).
  static void CheckMerge(const Deploy& deploy, const ValidationRules& rules, const RunContext& run,
                         const Job& job, JobShares& shares) {
    const PodSpec& pod = *job.spec;
    auto conflict = [&](const char* what, const std::string& name, int preset, Position preset_pos,
                        int earlier, Position earlier_pos, Severity severity, std::string tail) {
      // One cause per preset entry and what it clashes with, however many
      // jobs select the preset. A clash with a job's own entry sits there;
      // one between two presets sits at the later preset.
      const std::string cause = std::string(what) + " " + name + " from " + Source(deploy, preset) +
                                " and " + Source(deploy, earlier);
      const Position pos = earlier == kOwn ? earlier_pos : preset_pos;
      // The job brings the preset in through its label.
      const Position job_pos =
          earlier == kOwn ? earlier_pos
                          : PresetAnchor(job, deploy.presets[static_cast<std::size_t>(preset)]);
      Finding* f = shares.Report(
          severity, pos, job, cause,
          std::string(what) + " " + Quote(name) + " comes from " + Source(deploy, preset) +
              " and from " + Source(deploy, earlier) + "; " + tail,
          earlier == kOwn ? "remove the job's own " + std::string(what) +
                                " (the preset provides it) or stop selecting the preset"
                          : "define the " + std::string(what) + " in one of the two presets only",
          job_pos);
      if (f)
        f->related.push_back({earlier == kOwn ? preset_pos : earlier_pos,
                              earlier == kOwn ? "the preset's entry is here"
                                              : "the earlier preset's entry is here"});
    };
    static const std::string kRefused = "Prow refuses to merge them and the whole config";

    // Volumes and tolerations are per pod; env and mounts per container.
    FirstByName<Volume> volumes;
    for (const Volume& v : pod.volumes) {
      const Volume* first = volumes.Insert(v.name.value, &v);
      if (first && v.preset != kOwn)
        conflict("volume", v.name.value, v.preset, v.name.pos, first->preset, first->name.pos,
                 Severity::kError, kRefused);
    }
    for (const Container& c : pod.containers) {
      FirstByName<EnvVar> env;
      for (const EnvVar& e : c.env) {
        const EnvVar* first = env.Insert(e.name.value, &e);
        if (first && e.preset != kOwn)
          conflict("env var", e.name.value, e.preset, e.name.pos, first->preset, first->name.pos,
                   Severity::kError, kRefused);
      }
      FirstByName<VolumeMount> names, paths;
      for (const VolumeMount& m : c.mounts) {
        const VolumeMount* first = names.Insert(m.name.value, &m);
        if (first && m.preset != kOwn) {
          conflict("volume mount", m.name.value, m.preset, m.name.pos, first->preset,
                   first->name.pos, Severity::kError, kRefused);
          continue;
        }
        // Prow does not compare mount paths; Kubernetes refuses a pod whose
        // container mounts two volumes at one path.
        if (m.mount_path.value.empty()) continue;
        const VolumeMount* same = paths.Insert(m.mount_path.value, &m);
        if (same && (m.preset != kOwn || same->preset != kOwn))
          conflict("mount path", m.mount_path.value, m.preset, m.mount_path.pos, same->preset,
                   same->mount_path.pos, Severity::kError,
                   "Prow loads the config, but Kubernetes refuses every pod of the job");
      }
    }
    // Tolerations: presets carry them since prow #473.
    const InEffect tolerations = rules.Get(ValidationChange::kPresetTolerations);
    if (tolerations == InEffect::kNo) return;
    std::map<std::string, std::pair<int, Position>> seen;  // canonical -> source, place
    for (const Toleration& t : pod.tolerations)
      seen.emplace(t.canonical, std::make_pair(kOwn, t.pos));
    for (int index : job.presets) {
      for (const Toleration& t : deploy.presets[static_cast<std::size_t>(index)].tolerations) {
        auto [it, fresh] = seen.emplace(t.canonical, std::make_pair(index, t.pos));
        if (!fresh)
          conflict(
              "toleration", Describe(t), index, t.pos, it->second.first, it->second.second,
              *RefusalSeverity(tolerations, run),
              kRefused + MaybeClause(tolerations, rules, ValidationChange::kPresetTolerations));
      }
    }
  }

  static std::string Describe(const Toleration& t) {
    std::string out;
    for (char c : t.canonical) out += c == '\x1f' ? ' ' : c;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }
};

}  // namespace

std::unique_ptr<Rule> NewPresetConflict() { return std::make_unique<PresetConflict>(); }

}  // namespace prowlint::rules
