// See load_job_config.h. Job fields follow Prow's JobBase and UtilityConfig
// (pkg/config/jobs.go), prow-semantics §3.2.
#include "lint/load_job_config.h"

#include "lint/load_component_keys.h"
#include "lint/load_decoration.h"
#include "lint/yaml_fields.h"

namespace prowlint {
namespace {

// An integer field (max_concurrency): anything else is refused by Prow's
// decoder.
std::optional<Located<long long>> ReadInt(const yaml::Node& map, std::string_view key,
                                          Diagnostics& diag) {
  const yaml::Node value = map.Get(key);
  if (value.IsNull()) return std::nullopt;
  const std::string& t = value.Text();
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

// What decides when the job runs and where it reports (issue 14).
void LoadTriggers(const yaml::Node& item, JobKind kind, JobTriggers& t, Diagnostics& diag) {
  t.always_run = ReadBool(item, "always_run", diag);
  t.run_if_changed = ReadString(item, "run_if_changed", diag);
  t.skip_if_only_changed = ReadString(item, "skip_if_only_changed", diag);
  t.branches = ReadStringList(item, "branches", diag);
  t.skip_branches = ReadStringList(item, "skip_branches", diag);
  t.context = ReadString(item, "context", diag);
  t.skip_report = ReadBool(item, "skip_report", diag);
  if (kind == JobKind::kPresubmit) {
    t.trigger = ReadString(item, "trigger", diag);
    t.rerun_command = ReadString(item, "rerun_command", diag);
  }
  if (kind == JobKind::kPeriodic) {
    t.cron = ReadString(item, "cron", diag);
    t.interval = ReadString(item, "interval", diag);
    t.minimum_interval = ReadString(item, "minimum_interval", diag);
    const yaml::Node retry = item.Get("retry");
    if (ExpectMap(retry, "\"retry\"", diag)) t.retry_interval = ReadString(retry, "interval", diag);
  }
}

// The JobBase settings Prow validates besides the pod spec (issue 14).
void LoadBaseFields(const yaml::Node& item, JobBaseFields& b, Diagnostics& diag) {
  if (item.Get("agent").Present()) b.agent_pos = item.Key("agent").pos();
  const yaml::Node annotations = item.Get("annotations");
  if (ExpectMap(annotations, "\"annotations\"", diag)) {
    for (const yaml::Entry& e : annotations.Entries())
      b.annotations.push_back({{e.key.Text(), e.key.pos()}, {e.value.Text(), e.value.pos()}});
  }
  b.ns = ReadString(item, "namespace", diag);
  b.max_concurrency = ReadInt(item, "max_concurrency", diag);
  b.error_on_eviction = ReadBool(item, "error_on_eviction", diag);
  b.job_queue_name = ReadString(item, "job_queue_name", diag);
  b.clone_uri = ReadString(item, "clone_uri", diag);
  for (const yaml::Node& ref : item.Get("extra_refs").Items())
    if (auto uri = ref.IsMap() ? ReadString(ref, "clone_uri", diag) : std::nullopt)
      b.extra_ref_clone_uris.push_back(*uri);
  const yaml::Node rerun = item.Get("rerun_auth_config");
  if (ExpectMap(rerun, "\"rerun_auth_config\"", diag)) b.rerun_auth = LoadRerunAuth(rerun);
  for (const char* key : {"pipeline_run_spec", "tekton_pipeline_run_spec"})
    if (item.Get(key).Present() && !item.Get(key).IsNull())
      b.pipeline_run_spec = item.Key(key).pos();
  if (item.Get("build_spec").Present() && !item.Get("build_spec").IsNull())
    b.build_spec = item.Key("build_spec").pos();
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
  LoadTriggers(item, kind, job.triggers, diag);
  LoadBaseFields(item, job.base, diag);
  return job;
}

void LoadByRepo(const yaml::Node& node, JobKind kind, const char* what, JobConfig& out,
                Diagnostics& diag) {
  if (!ExpectMap(node, what, diag)) return;
  for (const yaml::Entry& e : node.Entries()) {
    if (!ExpectSeq(e.value, "jobs of \"" + e.key.Text() + "\"", diag)) continue;
    for (const yaml::Node& item : e.value.Items()) {
      if (auto job = LoadJob(item, kind, e.key.Text(), diag)) out.jobs.push_back(std::move(*job));
    }
  }
}

}  // namespace

void JobConfig::Append(JobConfig&& other) {
  for (auto& j : other.jobs) jobs.push_back(std::move(j));
  for (auto& p : other.presets) presets.push_back(std::move(p));
  keys.Append(std::move(other.keys));
}

JobConfig LoadJobConfig(const yaml::Node& root, PlainScalars presets_plain, Diagnostics& diag) {
  JobConfig out;
  if (root.IsNull()) return out;  // an empty file is an empty config
  if (!root.IsMap()) {
    diag.Error(root.pos(),
               std::string("a Prow config must be a mapping, found ") + root.Describe());
    return out;
  }
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

}  // namespace prowlint
