// SPDX-License-Identifier: Apache-2.0
// Flags what Prow's job validation refuses in a job's agent, settings and pod
// spec (validateJobBase, validateAgent, validatePodSpec). Why: see
// rules/job_spec_invalid.md.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "lint/base/text.h"
#include "lint/go/go_formats.h"
#include "lint/prow/job_needs.h"
#include "lint/prow/versioned_decoration.h"
#include "rules/registry.h"
#include "rules/support/validation_report.h"

namespace prowlint::rules {
namespace {

using C = ValidationChange;

class JobSpecInvalid final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "job-spec-invalid",
        "A job's agent, settings or pod spec break a rule of Prow's job validation (no spec, "
        "no container, a reserved name, a decorated container without a command...), so Prow "
        "refuses the whole config.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const ValidationRules rules(analysis.target.version);
    Context ctx{analysis.deploy, rules, analysis.run, JobShares(sink)};
    VersionedDecorations decorations(analysis.deploy.config, rules);
    for (const Job& job : analysis.deploy.jobs) CheckJob(ctx, job, decorations.For(job));
  }

 private:
  struct Context {
    const Deploy& deploy;
    const ValidationRules& rules;
    const RunContext& run;
    JobShares shares;

    // One job's share of a problem: a preset's entry shared by many jobs is
    // one finding; jobs' own entries merge by problem and name.
    void Add(const std::string& key, Position pos, const std::string& message,
             const std::string& hint, const Job& job, C change = C::kAlways, int preset = kOwn) {
      const InEffect effect = rules.Get(change);
      const auto severity = RefusalSeverity(effect, run);
      if (!severity) return;
      const Position job_pos =
          preset == kOwn ? pos
                         : PresetAnchor(job, deploy.presets[static_cast<std::size_t>(preset)]);
      shares.Report(*severity, pos, job, key + "\x1f" + std::to_string(preset),
                    message + (preset != kOwn ? " (from a preset)" : "") +
                        RefusedClause(effect, rules, change),
                    hint, job_pos);
    }
  };

  static void CheckJob(Context& ctx, const Job& job, const VersionedDecoration& dec) {
    const ProwConfig& config = ctx.deploy.config;
    CheckAgent(ctx, job, dec);
    if (job.base->max_concurrency && job.base->max_concurrency->value < 0)
      ctx.Add(
          "max_concurrency", job.base->max_concurrency->pos,
          "max_concurrency " + std::to_string(job.base->max_concurrency->value) + " is negative",
          "set max_concurrency to 0 (no limit) or more", job);
    if (job.spec) CheckPodSpec(ctx, job, dec);
    if (job.base->job_queue_name && !job.base->job_queue_name->value.empty() && config.given) {
      const auto& queues = config.components.job_queue_capacities;
      const std::string& name = job.base->job_queue_name->value;
      if (std::find(queues.begin(), queues.end(), name) == queues.end())
        ctx.Add("queue\x1f" + name, job.base->job_queue_name->pos,
                "job_queue_name " + Quote(name) + " is not a queue of plank.job_queue_capacities",
                "add " + Quote(name) + " to plank.job_queue_capacities, or fix the name", job,
                C::kJobQueueName);
    }
    // Prow stops here for jobs without containers (jenkins jobs).
    if (!job.spec || job.spec->containers.empty()) return;
    CheckCloneUris(ctx, job);
    if (!dec.present) return;
    // validateDecoration: every decorated container must say what it runs
    // (only the first one before test-infra #18146).
    const bool all = ctx.rules.Maybe(C::kAllContainersNeedCommand);
    for (std::size_t i = 0; i < job.spec->containers.size(); ++i) {
      const Container& c = job.spec->containers[i];
      if (c.runs_command || (i > 0 && !all)) continue;
      ctx.Add("command", c.pos,
              "a decorated container has no command or args (or an empty first one)",
              "give the container a command: entrypoint needs one to wrap", job,
              i == 0 ? C::kAlways : C::kAllContainersNeedCommand);
    }
  }

  // validateAgent: the first matching case refuses.
  static void CheckAgent(Context& ctx, const Job& job, const VersionedDecoration& dec) {
    const std::string& agent = job.agent;
    const Position at = job.agent_pos.Known() ? job.agent_pos : job.name.pos;
    // knative-build (until test-infra #15022) took a build_spec, could be
    // decorated and could run in its own namespace.
    const bool knative = agent == "knative-build" && ctx.rules.Maybe(C::kKnativeBuildAgent);
    const bool known = agent == "kubernetes" || agent == "jenkins" || knative ||
                       (agent == "tekton-pipeline" && ctx.rules.Maybe(C::kTektonAgent));
    if (!known) {
      ctx.Add("agent\x1f" + agent, at,
              "agent " + Quote(agent) + " is not one " + ctx.rules.Name() + " knows",
              "use agent kubernetes, jenkins or tekton-pipeline", job, C::kUnknownAgentRefused);
      return;
    }
    if (job.spec && agent != "kubernetes") {
      ctx.Add("spec-agent\x1f" + agent, job.spec->pos,
              "a job with a spec must use agent kubernetes, not " + Quote(agent),
              "remove the spec, or use agent kubernetes", job);
      return;
    }
    if (agent == "kubernetes" && !job.spec) {
      ctx.Add("no-spec", job.name.pos, "agent kubernetes needs a spec, and there is none",
              "add a spec with the container to run", job);
      return;
    }
    if (ctx.rules.Maybe(C::kKnativeBuildAgent) && job.base->build_spec.has_value() != knative) {
      ctx.Add("build-spec", job.base->build_spec ? *job.base->build_spec : at,
              job.base->build_spec ? "build_spec needs agent knative-build, not " + Quote(agent)
                                   : "a knative-build job has no build_spec",
              "use agent knative-build with a build_spec, or neither", job, C::kKnativeBuildAgent);
      return;
    }
    const bool pipeline = job.base->pipeline_run_spec.has_value();
    if (ctx.rules.Maybe(C::kTektonAgent) && pipeline != (agent == "tekton-pipeline")) {
      ctx.Add("pipeline", pipeline ? *job.base->pipeline_run_spec : at,
              pipeline ? "pipeline_run_spec needs agent tekton-pipeline, not " + Quote(agent)
                       : "a tekton-pipeline job has no pipeline_run_spec",
              "use agent tekton-pipeline with a pipeline_run_spec, or neither", job,
              C::kTektonAgent);
      return;
    }
    CheckAgentOnlyFields(ctx, job, dec, knative);
  }

  // What only agent kubernetes (or knative-build) may have, after the
  // agent itself passed.
  static void CheckAgentOnlyFields(Context& ctx, const Job& job, const VersionedDecoration& dec,
                                   bool knative) {
    const std::string& agent = job.agent;
    const Position at = job.agent_pos.Known() ? job.agent_pos : job.name.pos;
    if (dec.present && agent != "kubernetes" && !knative) {
      const Position p = job.decorate ? job.decorate->pos : at;
      ctx.Add("decoration-agent\x1f" + agent, p,
              "decoration needs agent kubernetes, not " + Quote(agent) +
                  (job.decorate ? "" : " (decorate_all_jobs or a decoration_config decorates it)"),
              "set decorate: false on the job", job);
      return;
    }
    if (job.base->error_on_eviction && job.base->error_on_eviction->value &&
        agent != "kubernetes") {
      ctx.Add("eviction\x1f" + agent, job.base->error_on_eviction->pos,
              "error_on_eviction needs agent kubernetes, not " + Quote(agent),
              "remove error_on_eviction", job);
      return;
    }
    const std::string& pod_ns = ctx.deploy.config.pod_namespace.value;
    if (ctx.deploy.config.given && job.base->ns && !job.base->ns->value.empty() &&
        job.base->ns->value != pod_ns && agent != "tekton-pipeline" && !knative) {
      ctx.Add("namespace", job.base->ns->pos,
              "namespace " + Quote(job.base->ns->value) + " differs from pod_namespace " +
                  Quote(pod_ns) + ", which only agent tekton-pipeline may do",
              "remove namespace: every pod runs in pod_namespace", job);
    }
  }

  // Init containers are refused, except native sidecars where allowed.
  static void CheckInitContainers(Context& ctx, const Job& job) {
    const ValidationRules& rules = ctx.rules;
    for (const Container& c : job.spec->init_containers) {
      const bool sidecar = c.restart_policy && c.restart_policy->value == "Always";
      if (sidecar && rules.Surely(C::kNativeSidecars)) continue;
      ctx.Add("init", c.pos,
              sidecar ? "an init container with restartPolicy Always (a native sidecar) is only "
                        "allowed since " +
                            std::string(ChangeInfo(C::kNativeSidecars).ref)
                      : "the pod spec has an init container, which Prow does not allow",
              "move it into containers, or use decoration's clonerefs", job);
    }
  }

  // Several containers need names, unique and not decoration's.
  static void CheckContainerNames(Context& ctx, const Job& job) {
    std::set<std::string> names;
    for (const Container& c : job.spec->containers) {
      if (c.name.value.empty()) {
        ctx.Add("unnamed", c.pos, "a container has no name, which several containers need",
                "name every container", job, C::kMultipleContainers);
      } else if (!names.insert(c.name.value).second) {
        ctx.Add("container-twice\x1f" + c.name.value, c.name.pos,
                "container name " + Quote(c.name.value) + " is used twice",
                "give each container its own name", job, C::kMultipleContainers);
      }
      for (const ReservedName& r : Reserved().containers)
        if (c.name.value == r.name)
          ctx.Add("container-reserved\x1f" + c.name.value, c.name.pos,
                  "container name " + Quote(c.name.value) + " is reserved for decoration",
                  "rename the container", job, r.change);
    }
  }

  static void CheckPodSpec(Context& ctx, const Job& job, const VersionedDecoration& dec) {
    const PodSpec& pod = *job.spec;
    const ValidationRules& rules = ctx.rules;
    CheckInitContainers(ctx, job);
    const auto& containers = pod.containers;
    if (containers.empty()) {
      ctx.Add("no-container", pod.pos, "the pod spec has no container",
              "add the container to run under containers", job);
      return;
    }
    if (containers.size() > 1) {
      const std::string n = std::to_string(containers.size());
      if (rules.Maybe(C::kSingleContainerOnly)) {
        ctx.Add("one-container", pod.pos,
                "the pod spec has " + n + " containers; " + rules.Name() + " runs exactly one",
                "run one container, or deploy a Prow version with test-infra #18146", job,
                C::kSingleContainerOnly);
        if (rules.Surely(C::kSingleContainerOnly)) return;
      }
      if (!job.multi_container_annotation)
        ctx.Add("annotation", pod.pos,
                "the pod spec has " + n +
                    " containers without the "
                    "ProwMultipleContainerSupport annotation " +
                    rules.Name() + " requires",
                "add the annotation ProwMultipleContainerSupport: \"Yes, I know what I'm doing.\"",
                job, C::kMultiContainerAnnotation);
      // Prow stops checking the pod spec here.
      if (!dec.present) {
        ctx.Add("multi-undecorated", pod.pos,
                "the pod spec has " + n + " containers but the job is not decorated",
                "decorate the job (decorate: true), or run one container", job,
                C::kMultipleContainers);
        return;
      }
      CheckContainerNames(ctx, job);
    }
    CheckEnv(ctx, job);
    CheckVolumes(ctx, job, dec);
    CheckMounts(ctx, job);
  }

  // ReservedEnv by name, per job kind.
  static const std::unordered_map<std::string_view, const ReservedName*>& ReservedEnvIndex(
      JobKind kind) {
    using Index = std::unordered_map<std::string_view, const ReservedName*>;
    static const auto* const kIndex = [] {
      auto* index = new std::map<JobKind, Index>;
      for (JobKind k : {JobKind::kPresubmit, JobKind::kPostsubmit, JobKind::kPeriodic})
        for (const ReservedName& r : ReservedEnv(k)) (*index)[k].emplace(r.name, &r);
      return index;
    }();
    return kIndex->at(kind);
  }

  static void CheckEnv(Context& ctx, const Job& job) {
    const auto& reserved = ReservedEnvIndex(job.kind);
    for (const Container& c : job.spec->containers) {
      std::vector<std::string_view> own;
      for (const EnvVar& e : c.env) {
        // Duplicates that involve a preset are preset-conflict's.
        if (e.preset == kOwn) {
          if (std::find(own.begin(), own.end(), e.name.value) != own.end())
            ctx.Add("env-twice\x1f" + e.name.value, e.name.pos,
                    "env " + Quote(e.name.value) + " is defined twice in one container",
                    "keep one definition", job, C::kDuplicateEnvAndVolumes);
          own.push_back(e.name.value);
        }
        const auto r = reserved.find(e.name.value);
        if (r != reserved.end())
          ctx.Add("env-reserved\x1f" + e.name.value, e.name.pos,
                  "env " + Quote(e.name.value) + " is reserved: Prow sets it in every " +
                      JobKindName(job.kind) + "'s test container",
                  "rename the variable (Prow provides " + Quote(e.name.value) + " already)", job,
                  r->second->change, e.preset);
      }
    }
  }

  static void CheckVolumes(Context& ctx, const Job& job, const VersionedDecoration& dec) {
    // decorate.VolumeMounts: fixed names, and (test-infra #23379) the oauth
    // and ssh secrets of the job's decoration config.
    std::vector<ReservedName> reserved = Reserved().volumes;
    std::vector<std::string> secrets;
    if (dec.present) {
      if (dec.merged.oauth_token_secret) secrets.push_back(dec.merged.oauth_token_secret->value);
      for (const auto& s : dec.merged.ssh_key_secrets) secrets.push_back(s.value);
    }
    std::set<std::string> own;
    for (const Volume& v : job.spec->volumes) {
      if (v.preset == kOwn && !own.insert(v.name.value).second)
        ctx.Add("volume-twice\x1f" + v.name.value, v.name.pos,
                "volume " + Quote(v.name.value) + " is defined twice", "keep one definition", job,
                C::kDuplicateEnvAndVolumes);
      for (const ReservedName& r : reserved)
        if (v.name.value == r.name)
          ctx.Add("volume-reserved\x1f" + v.name.value, v.name.pos,
                  "volume name " + Quote(v.name.value) + " is reserved for decoration",
                  "rename the volume and its mounts", job, r.change, v.preset);
      for (const std::string& s : secrets)
        if (v.name.value == s)
          ctx.Add("volume-secret\x1f" + s, v.name.pos,
                  "volume name " + Quote(s) +
                      " is reserved: the decoration config names it as "
                      "an oauth or ssh key secret",
                  "rename the volume and its mounts", job, C::kSecretVolumesReserved, v.preset);
    }
  }

  static void CheckMounts(Context& ctx, const Job& job) {
    const bool prefix = ctx.rules.Maybe(C::kMountPathPrefixMatch);
    for (const Container& c : job.spec->containers) {
      for (const VolumeMount& m : c.mounts) {
        for (const ReservedName& r : Reserved().mount_names)
          if (m.name.value == r.name)
            ctx.Add("mount-reserved\x1f" + m.name.value, m.name.pos,
                    "volume mount name " + Quote(m.name.value) + " is reserved for decoration",
                    "rename the volume and its mount", job, r.change, m.preset);
        const std::string& p = m.mount_path.value;
        if (p.empty()) continue;
        for (const ReservedName& r : Reserved().mount_paths) {
          const std::string_view q = r.name;
          // Before test-infra #16580 any prefix overlap conflicted.
          const bool overlap = p.compare(0, q.size(), q) == 0 || q.compare(0, p.size(), p) == 0;
          if (p == q) {
            ctx.Add("path\x1f" + p, m.mount_path.pos,
                    "mount path " + Quote(p) + " is where decoration mounts its own volume",
                    "mount the volume elsewhere", job, r.change, m.preset);
          } else if (prefix && overlap) {
            ctx.Add("path-prefix\x1f" + p, m.mount_path.pos,
                    "mount path " + Quote(p) + " overlaps decoration's mount at " +
                        Quote(std::string(q)) + ", which " + ctx.rules.Name() + " refuses",
                    "mount the volume elsewhere", job, C::kMountPathPrefixMatch, m.preset);
          }
        }
      }
    }
  }

  // UtilityConfig.Validate: clone URIs must parse (extra_refs' only when the
  // job sets its own clone_uri, as Prow does).
  static void CheckCloneUris(Context& ctx, const Job& job) {
    if (!job.base->clone_uri || job.base->clone_uri->value.empty()) return;
    std::vector<const Located<std::string>*> uris{&*job.base->clone_uri};
    for (const auto& u : job.base->extra_ref_clone_uris) uris.push_back(&u);
    for (const Located<std::string>* u : uris) {
      const std::string& v = u->value;
      const std::string error =
          GoUrlError(v.substr(v.find('@') == std::string::npos ? 0 : v.find('@') + 1));
      if (!error.empty())
        ctx.Add("clone-uri\x1f" + v, u->pos, "clone_uri " + Quote(v) + " does not parse: " + error,
                "write the clone URI as https://host/org/repo.git", job, C::kCloneUriValidated);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> NewJobSpecInvalid() { return std::make_unique<JobSpecInvalid>(); }

}  // namespace prowlint::rules
