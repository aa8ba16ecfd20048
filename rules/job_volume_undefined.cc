// SPDX-License-Identifier: Apache-2.0
// Flags volume mounts that name a volume the pod does not have. Why: see
// rules/job_volume_undefined.md.
#include <set>

#include "lint/base/text.h"
#include "lint/prow/job_needs.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

class JobVolumeUndefined final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-volume-undefined",
        "A container mounts a volume that the job's pod does not declare, even after presets "
        "and decoration are applied.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Deploy& deploy = analysis.deploy;
    for (const Job& job : deploy.jobs) {
      if (!job.spec) continue;
      std::set<std::string> declared;
      for (const Volume& v : job.spec->volumes) declared.insert(v.name.value);
      std::set<std::string> reported;
      for (const auto* containers : {&job.spec->containers, &job.spec->init_containers}) {
        const bool init = containers == &job.spec->init_containers;
        for (const Container& c : *containers) {
          for (const VolumeMount& m : c.mounts) {
            if (declared.count(m.name.value) || !reported.insert(m.name.value).second) continue;
            CheckMount(deploy, job, m, init, sink);
          }
        }
      }
    }
  }

 private:
  // Prow's validatePodSpec counts the decoration volume names as declared
  // (pkg/config/config.go; pkg/pod-utils/decorate/podspec.go VolumeMounts):
  // "gcs-credentials" and "s3-credentials" always, and with a decoration
  // config the oauth secret and each ssh key secret. Whether the pod really
  // gets such a volume is decided later, when the pod is built.
  static bool AcceptedByValidation(const Job& job, const std::string& name) {
    if (name == "gcs-credentials" || name == "s3-credentials") return true;
    if (!job.decorated) return false;
    const DecorationConfig& d = *job.decoration;
    if (d.oauth_token_secret && d.oauth_token_secret->value == name) return true;
    for (const auto& s : d.ssh_key_secrets)
      if (s.value == name) return true;
    return false;
  }

  static bool CreatedByDecoration(const Job& job, const std::string& name) {
    if (!job.decorated) return false;
    const DecorationConfig& d = *job.decoration;
    auto non_empty = [](const auto& field) { return field && !field->value.empty(); };
    if (name == "gcs-credentials") return non_empty(d.gcs_credentials_secret);
    if (name == "s3-credentials") return non_empty(d.s3_credentials_secret);
    // The oauth volume is named after its secret, but exists only with clonerefs;
    // ssh key volumes are named "ssh-keys-<secret>", never the bare name.
    return job.Clones() && d.oauth_token_secret && d.oauth_token_secret->value == name;
  }

  static void CheckMount(const Deploy& deploy, const Job& job, const VolumeMount& m, bool init,
                         FindingSink& sink) {
    const std::string& name = m.name.value;
    // logs, code and tools are refused by Prow as reserved names: another check.
    if (name == "logs" || name == "code" || name == "tools") return;
    std::string message = "job " + Quote(job.name.value) + " mounts volume " + Quote(name) +
                          (init ? " in an init container" : "") +
                          ", which the pod does not declare";
    if (init) {
      message += "; Kubernetes rejects the pod";
    } else if (!AcceptedByValidation(job, name)) {
      message += "; Prow refuses to load the config";
    } else if (!CreatedByDecoration(job, name)) {
      message +=
          "; Prow's validation takes it for a decoration volume, but decoration does not "
          "add it to this pod, so Kubernetes rejects the pod";
    } else {
      return;  // decoration adds it
    }
    Position pos = m.name.pos;
    if (m.preset != kOwn)
      pos = PresetAnchor(job, deploy.presets[static_cast<std::size_t>(m.preset)]);
    Finding& f = sink.Report(pos, message,
                             "add a volume named " + Quote(name) +
                                 " to the job's spec (or to the preset that adds the mount), or "
                                 "fix the mount's name");
    f.job = job.name.value;
    f.subject = {
        "volume " + name + (init ? " in an init container" : "") + " of job " + job.name.value, ""};
    if (m.preset != kOwn) f.related.push_back({m.name.pos, "the preset's mount is here"});
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobVolumeUndefined() { return std::make_unique<JobVolumeUndefined>(); }

}  // namespace prowlint::rules
