// See load_job_config.h. Job fields follow Prow's JobBase and UtilityConfig
// (pkg/config/jobs.go), prow-semantics §3.2.
#include "lint/load_job_config.h"

#include "lint/load_decoration.h"
#include "lint/yaml_fields.h"

namespace prowlint {
namespace {

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

}  // namespace prowlint
