// SPDX-License-Identifier: Apache-2.0
// See load_job_config.h. Job fields follow Prow's JobBase and UtilityConfig
// (pkg/config/jobs.go), prow-semantics §3.2.
#include "lint/load/load_job_config.h"

#include <string_view>
#include <unordered_map>

#include "lint/load/load_component_keys.h"
#include "lint/load/load_decoration.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// An integer field (max_concurrency): anything else is refused by Prow's
// decoder.
std::optional<Located<long long>> IntValue(const yaml::Node& value, std::string_view key,
                                           Diagnostics& diag) {
  if (value.IsNull()) return std::nullopt;
  const std::string& t = value.Str();
  std::size_t used = 0;
  long long n = 0;
  bool ok = value.IsScalar() && !value.Quoted() && !t.empty();
  if (ok) {
    try {
      n = std::stoll(t, &used, 10);
    } catch (const std::exception&) {
      ok = false;
    }
  }
  if (!ok || used != t.size()) {
    diag.Error(value.pos(), "\"" + std::string(key) + "\" must be a whole number, found " +
                                (value.IsScalar() ? "a string" : value.Describe()));
    return std::nullopt;
  }
  return Located<long long>{n, value.pos()};
}

// The job keys Prow validates beyond where and how the pod runs (issue 14).
enum class Field {
  kAgent,
  kAlwaysRun,
  kOptional,
  kRunIfChanged,
  kSkipIfOnlyChanged,
  kBranches,
  kSkipBranches,
  kContext,
  kSkipReport,
  kTrigger,
  kRerunCommand,
  kCron,
  kInterval,
  kMinimumInterval,
  kRetry,
  kAnnotations,
  kNamespace,
  kMaxConcurrency,
  kErrorOnEviction,
  kJobQueueName,
  kCloneUri,
  kExtraRefs,
  kRerunAuthConfig,
  kPipelineRunSpec,
  kBuildSpec,
};

const std::unordered_map<std::string_view, Field>& Fields() {
  static const std::unordered_map<std::string_view, Field> kFields = {
      {"agent", Field::kAgent},
      {"always_run", Field::kAlwaysRun},
      {"optional", Field::kOptional},
      {"run_if_changed", Field::kRunIfChanged},
      {"skip_if_only_changed", Field::kSkipIfOnlyChanged},
      {"branches", Field::kBranches},
      {"skip_branches", Field::kSkipBranches},
      {"context", Field::kContext},
      {"skip_report", Field::kSkipReport},
      {"trigger", Field::kTrigger},
      {"rerun_command", Field::kRerunCommand},
      {"cron", Field::kCron},
      {"interval", Field::kInterval},
      {"minimum_interval", Field::kMinimumInterval},
      {"retry", Field::kRetry},
      {"annotations", Field::kAnnotations},
      {"namespace", Field::kNamespace},
      {"max_concurrency", Field::kMaxConcurrency},
      {"error_on_eviction", Field::kErrorOnEviction},
      {"job_queue_name", Field::kJobQueueName},
      {"clone_uri", Field::kCloneUri},
      {"extra_refs", Field::kExtraRefs},
      {"rerun_auth_config", Field::kRerunAuthConfig},
      {"pipeline_run_spec", Field::kPipelineRunSpec},
      {"tekton_pipeline_run_spec", Field::kPipelineRunSpec},
      {"build_spec", Field::kBuildSpec},
  };
  return kFields;
}

// When the job runs and where it reports (JobTriggers); false for a field
// of another kind.
bool LoadTriggerField(Field field, const yaml::Entry& e, JobKind kind, Job& job,
                      Diagnostics& diag) {
  // Made on the first field written: most jobs write none of them.
  auto t = [&job]() -> JobTriggers& { return job.triggers.Mutable(); };
  const bool presubmit = kind == JobKind::kPresubmit;
  const bool periodic = kind == JobKind::kPeriodic;
  const std::string& key = e.key.Str();
  const yaml::Node& v = e.value;
  switch (field) {
    case Field::kAlwaysRun:
      t().always_run = BoolValue(v, key, diag);
      break;
    case Field::kOptional:
      if (presubmit) t().optional = BoolValue(v, key, diag);
      break;
    case Field::kRunIfChanged:
      t().run_if_changed = StringValue(v, key, diag);
      break;
    case Field::kSkipIfOnlyChanged:
      t().skip_if_only_changed = StringValue(v, key, diag);
      break;
    case Field::kBranches:
      t().branches = StringListValue(v, key, diag);
      break;
    case Field::kSkipBranches:
      t().skip_branches = StringListValue(v, key, diag);
      break;
    case Field::kContext:
      t().context = StringValue(v, key, diag);
      break;
    case Field::kSkipReport:
      t().skip_report = BoolValue(v, key, diag);
      break;
    case Field::kTrigger:
      if (presubmit) t().trigger = StringValue(v, key, diag);
      break;
    case Field::kRerunCommand:
      if (presubmit) t().rerun_command = StringValue(v, key, diag);
      break;
    case Field::kCron:
      if (periodic) t().cron = StringValue(v, key, diag);
      break;
    case Field::kInterval:
      if (periodic) t().interval = StringValue(v, key, diag);
      break;
    case Field::kMinimumInterval:
      if (periodic) t().minimum_interval = StringValue(v, key, diag);
      break;
    case Field::kRetry:
      if (periodic && ExpectMap(v, "\"retry\"", diag))
        t().retry_interval = ReadString(v, "interval", diag);
      break;
    default:
      return false;
  }
  return true;
}

// The rest of JobBase Prow validates (JobBaseFields), agent and annotations.
void LoadBaseField(Field field, const yaml::Entry& e, Job& job, Diagnostics& diag) {
  auto b = [&job]() -> JobBaseFields& { return job.base.Mutable(); };
  const std::string& key = e.key.Str();
  const yaml::Node& v = e.value;
  switch (field) {
    case Field::kAgent:
      job.agent_pos = e.key.pos();
      break;
    case Field::kAnnotations:
      // Prow checks annotation keys only; the value of one annotation
      // matters (several containers, 2020-07-27..08-11).
      if (ExpectMap(v, "\"annotations\"", diag)) {
        for (const yaml::Entry& a : v.Entries()) {
          job.annotation_keys.push_back({a.key.Str(), a.key.pos()});
          job.multi_container_annotation =
              job.multi_container_annotation || (a.key.Text() == "ProwMultipleContainerSupport" &&
                                                 a.value.Text() == "Yes, I know what I'm doing.");
        }
      }
      break;
    case Field::kNamespace:
      b().ns = StringValue(v, key, diag);
      break;
    case Field::kMaxConcurrency:
      b().max_concurrency = IntValue(v, key, diag);
      break;
    case Field::kErrorOnEviction:
      b().error_on_eviction = BoolValue(v, key, diag);
      break;
    case Field::kJobQueueName:
      b().job_queue_name = StringValue(v, key, diag);
      break;
    case Field::kCloneUri:
      b().clone_uri = StringValue(v, key, diag);
      break;
    case Field::kExtraRefs:
      for (const yaml::Node& ref : v.Items())
        if (auto uri = ref.IsMap() ? ReadString(ref, "clone_uri", diag) : std::nullopt)
          b().extra_ref_clone_uris.push_back(*uri);
      break;
    case Field::kRerunAuthConfig:
      if (ExpectMap(v, "\"rerun_auth_config\"", diag)) b().rerun_auth = LoadRerunAuth(v);
      break;
    case Field::kPipelineRunSpec:
      if (!v.IsNull()) b().pipeline_run_spec = e.key.pos();
      break;
    case Field::kBuildSpec:
      if (!v.IsNull()) b().build_spec = e.key.pos();
      break;
    default:
      break;
  }
}

// One pass over the job's keys (a lookup per key costs less than a scan per
// field). Keys of another job kind are left to config-field-unknown.
void LoadValidationFields(const yaml::Node& item, JobKind kind, Job& job, Diagnostics& diag) {
  for (const yaml::Entry& e : item.Entries()) {
    const auto it = Fields().find(e.key.Str());
    if (it == Fields().end()) continue;
    if (!LoadTriggerField(it->second, e, kind, job, diag)) LoadBaseField(it->second, e, job, diag);
  }
}

std::optional<Job> LoadJob(const yaml::Node& item, JobKind kind, const std::string& repo,
                           Diagnostics& diag) {
  if (!ExpectMap(item, std::string("a ") + JobKindName(kind), diag)) return std::nullopt;
  Job job;
  job.kind = kind;
  job.repo = repo;
  auto name = ReadString(item, "name", diag);
  if (!name || name->value.empty()) {
    diag.Error(item.pos(), std::string(JobKindName(kind)) + " has no name");
    return std::nullopt;
  }
  job.name = *name;
  job.cluster = ReadString(item, "cluster", diag);
  if (auto agent = ReadString(item, "agent", diag); agent && !agent->value.empty())
    job.agent = agent->value;
  job.labels =
      LoadLabels(item.Get("labels"), PlainScalars::kRefuse, "job \"" + job.name.value + "\"", diag);
  job.decorate = ReadBool(item, "decorate", diag);
  const yaml::Node decoration = item.Get("decoration_config");
  if (decoration.IsMap()) {
    job.decoration_config = LoadDecorationConfig(decoration, diag);
  } else {
    ExpectMap(decoration, "\"decoration_config\"", diag);
  }
  const yaml::Node extra_refs = item.Get("extra_refs");
  if (ExpectSeq(extra_refs, "\"extra_refs\"", diag) && !extra_refs.Items().empty()) {
    job.has_extra_refs = true;
    const yaml::Node first = extra_refs.Items().front();
    if (kind == JobKind::kPeriodic && ExpectMap(first, "an extra_ref", diag)) {
      // Periodics match decoration defaults through their first extra_ref.
      auto org = ReadString(first, "org", diag);
      auto r = ReadString(first, "repo", diag);
      if (org && r) job.repo = org->value + "/" + r->value;
    }
  }
  const yaml::Node spec = item.Get("spec");
  if (spec.IsMap()) {
    job.spec = LoadPodSpec(spec, item.Key("spec").pos(), diag);
  } else {
    ExpectMap(spec, "\"spec\"", diag);
  }
  LoadValidationFields(item, kind, job, diag);
  return job;
}

void LoadByRepo(const yaml::Node& node, JobKind kind, const char* what, JobConfig& out,
                Diagnostics& diag) {
  if (!ExpectMap(node, what, diag)) return;
  for (const yaml::Entry& e : node.Entries()) {
    if (!ExpectSeq(e.value, "jobs of \"" + e.key.Str() + "\"", diag)) continue;
    for (const yaml::Node& item : e.value.Items()) {
      if (auto job = LoadJob(item, kind, e.key.Str(), diag)) out.jobs.push_back(std::move(*job));
    }
  }
}

}  // namespace

void JobConfig::Append(JobConfig&& other) {
  // A Job is over a kilobyte before its contents: take the other's buffer
  // when this one is empty and has no room reserved, and free the other's
  // either way.
  if (jobs.empty() && jobs.capacity() < other.jobs.size()) {
    jobs = std::move(other.jobs);
  } else {
    jobs.insert(jobs.end(), std::make_move_iterator(other.jobs.begin()),
                std::make_move_iterator(other.jobs.end()));
  }
  for (auto& p : other.presets) presets.push_back(std::move(p));
  keys.Append(std::move(other.keys));
  other = JobConfig();
}

JobConfig LoadJobConfig(const yaml::Node& root, PlainScalars presets_plain, Diagnostics& diag) {
  JobConfig out;
  if (root.IsNull()) return out;  // an empty file is an empty config
  if (!root.IsMap()) {
    diag.Error(root.pos(),
               std::string("a Prow config must be a mapping, found ") + root.Describe());
    return out;
  }
  // The jobs' count first: growing the vector by doubling would hold up to
  // twice the kilobyte-sized Jobs, and both buffers while it moves them.
  std::size_t count = root.Get("periodics").Items().size();
  for (const char* key : {"presubmits", "postsubmits"})
    for (const yaml::Entry& e : root.Get(key).Entries()) count += e.value.Items().size();
  out.jobs.reserve(count);
  LoadByRepo(root.Get("presubmits"), JobKind::kPresubmit, "\"presubmits\"", out, diag);
  LoadByRepo(root.Get("postsubmits"), JobKind::kPostsubmit, "\"postsubmits\"", out, diag);
  const yaml::Node periodics = root.Get("periodics");
  if (ExpectSeq(periodics, "\"periodics\"", diag)) {
    for (const yaml::Node& item : periodics.Items()) {
      if (auto job = LoadJob(item, JobKind::kPeriodic, "", diag))
        out.jobs.push_back(std::move(*job));
    }
  }
  const yaml::Node presets = root.Get("presets");
  if (ExpectSeq(presets, "\"presets\"", diag)) {
    for (const yaml::Node& item : presets.Items())
      out.presets.push_back(LoadPreset(item, presets_plain, diag));
  }
  return out;
}

JobConfig LoadInRepoConfig(const yaml::Node& root, const std::string& repo,
                           PlainScalars presets_plain, Diagnostics& diag) {
  JobConfig out;
  if (root.IsNull()) return out;
  if (!root.IsMap()) {
    diag.Error(root.pos(),
               std::string("an in-repo config must be a mapping, found ") + root.Describe());
    return out;
  }
  for (const auto& [key, kind] : {std::pair{"presubmits", JobKind::kPresubmit},
                                  std::pair{"postsubmits", JobKind::kPostsubmit}}) {
    const yaml::Node list = root.Get(key);
    if (!ExpectSeq(list, std::string("\"") + key + "\" (a list in .prow.yaml)", diag)) continue;
    for (const yaml::Node& item : list.Items())
      if (auto job = LoadJob(item, kind, repo, diag)) {
        job->in_repo = true;
        out.jobs.push_back(std::move(*job));
      }
  }
  const yaml::Node presets = root.Get("presets");
  if (ExpectSeq(presets, "\"presets\"", diag)) {
    for (const yaml::Node& item : presets.Items()) {
      out.presets.push_back(LoadPreset(item, presets_plain, diag));
      out.presets.back().in_repo = true;
    }
  }
  return out;
}

}  // namespace prowlint
