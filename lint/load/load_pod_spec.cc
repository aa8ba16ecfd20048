// SPDX-License-Identifier: Apache-2.0
// See load_pod_spec.h. Reads only what decides whether a pod can start;
// everything else in a pod spec is ignored, as Prow's validation would pass it
// on to Kubernetes.
#include "lint/load/load_pod_spec.h"

#include <optional>
#include <string>
#include <utility>

#include "lint/base/text.h"
#include "lint/yaml/yaml_fields.h"

namespace prowlint {
namespace {

// `{name: x, optional: true}` style references (secretKeyRef, secretRef,
// configMap volume sources...). `name_key` is "name" or "secretName".
std::optional<ObjectRef> LoadRef(const yaml::Node& node, ObjectKind kind, const char* name_key,
                                 std::string via, Diagnostics& diag) {
  if (!ExpectMap(node, via, diag)) return std::nullopt;
  auto name = ReadString(node, name_key, diag);
  if (!name || name->value.empty()) return std::nullopt;
  ObjectRef ref;
  ref.kind = kind;
  ref.name = *name;
  auto optional = ReadBool(node, "optional", diag);
  ref.optional = optional && optional->value;
  ref.via = std::move(via);
  return ref;
}

std::vector<Volume> LoadVolumes(const yaml::Node& list, Diagnostics& diag) {
  std::vector<Volume> out;
  if (!ExpectSeq(list, "\"volumes\"", diag)) return out;
  for (const yaml::Node& item : list.Items()) {
    if (!ExpectMap(item, "a volume", diag)) continue;
    Volume v;
    if (auto name = ReadString(item, "name", diag)) v.name = *name;
    const std::string via = "volume " + Quote(v.name.value);
    if (auto r = LoadRef(item.Get("secret"), ObjectKind::kSecret, "secretName", via, diag))
      v.refs.push_back(*r);
    if (auto r = LoadRef(item.Get("configMap"), ObjectKind::kConfigMap, "name", via, diag))
      v.refs.push_back(*r);
    const yaml::Node projected = item.Get("projected");
    if (ExpectMap(projected, "\"projected\"", diag)) {
      const yaml::Node sources = projected.Get("sources");
      if (ExpectSeq(sources, "\"sources\"", diag)) {
        for (const yaml::Node& source : sources.Items()) {
          if (!ExpectMap(source, "a projected source", diag)) continue;
          if (auto r = LoadRef(source.Get("secret"), ObjectKind::kSecret, "name", via, diag))
            v.refs.push_back(*r);
          if (auto r = LoadRef(source.Get("configMap"), ObjectKind::kConfigMap, "name", via, diag))
            v.refs.push_back(*r);
        }
      }
    }
    out.push_back(std::move(v));
  }
  return out;
}

std::vector<EnvVar> LoadEnv(const yaml::Node& list, Diagnostics& diag) {
  std::vector<EnvVar> out;
  if (!ExpectSeq(list, "\"env\"", diag)) return out;
  for (const yaml::Node& item : list.Items()) {
    if (!ExpectMap(item, "an env entry", diag)) continue;
    EnvVar var;
    if (auto name = ReadString(item, "name", diag)) var.name = *name;
    const yaml::Node from = item.Get("valueFrom");
    if (ExpectMap(from, "\"valueFrom\"", diag)) {
      const std::string via = "env " + var.name.value;
      if (auto r = LoadRef(from.Get("secretKeyRef"), ObjectKind::kSecret, "name", via, diag))
        var.ref = *r;
      if (auto r = LoadRef(from.Get("configMapKeyRef"), ObjectKind::kConfigMap, "name", via, diag))
        var.ref = *r;
    }
    out.push_back(std::move(var));
  }
  return out;
}

std::vector<VolumeMount> LoadMounts(const yaml::Node& list, Diagnostics& diag) {
  std::vector<VolumeMount> out;
  if (!ExpectSeq(list, "\"volumeMounts\"", diag)) return out;
  for (const yaml::Node& item : list.Items()) {
    if (!ExpectMap(item, "a volume mount", diag)) continue;
    VolumeMount m;
    if (auto name = ReadString(item, "name", diag)) m.name = *name;
    if (auto path = ReadString(item, "mountPath", diag)) m.mount_path = *path;
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<std::string> ValueOf(std::optional<Located<std::string>> quantity) {
  if (!quantity) return std::nullopt;
  return std::move(quantity->value);
}

Resources LoadResources(const yaml::Node& container, Diagnostics& diag) {
  Resources r;
  const yaml::Node key = container.Key("resources");
  r.pos = key.Present() ? key.pos() : container.pos();
  const yaml::Node resources = container.Get("resources");
  if (!ExpectMap(resources, "\"resources\"", diag)) return r;
  const yaml::Node requests = resources.Get("requests");
  if (ExpectMap(requests, "\"requests\"", diag)) {
    r.request_cpu = ValueOf(ReadString(requests, "cpu", diag));
    r.request_memory = ValueOf(ReadString(requests, "memory", diag));
  }
  const yaml::Node limits = resources.Get("limits");
  if (ExpectMap(limits, "\"limits\"", diag)) {
    r.limit_cpu = ValueOf(ReadString(limits, "cpu", diag));
    r.limit_memory = ValueOf(ReadString(limits, "memory", diag));
  }
  return r;
}

// Prow's preset merge compares tolerations field by field.
std::vector<Toleration> LoadTolerations(const yaml::Node& list) {
  std::vector<Toleration> out;
  for (const yaml::Node& item : list.Items()) {
    if (!item.IsMap()) continue;
    Toleration t;
    t.pos = item.pos();
    for (const char* key : {"key", "operator", "value", "effect", "tolerationSeconds"})
      t.canonical += item.Get(key).Str() + '\x1f';
    out.push_back(std::move(t));
  }
  return out;
}

// Prow joins command and args and needs a non-empty first word.
bool RunsCommand(const yaml::Node& container) {
  for (const char* key : {"command", "args"}) {
    const auto& items = container.Get(key).Items();
    if (!items.empty()) return !items.front().Text().empty();
  }
  return false;
}

std::vector<Container> LoadContainers(const yaml::Node& list, const char* what, Diagnostics& diag) {
  std::vector<Container> out;
  if (!ExpectSeq(list, what, diag)) return out;
  for (const yaml::Node& item : list.Items()) {
    if (!ExpectMap(item, "a container", diag)) continue;
    Container c;
    c.pos = item.pos();
    if (auto name = ReadString(item, "name", diag)) c.name = *name;
    if (auto image = ReadString(item, "image", diag)) c.image = *image;
    // Read leniently: which shapes Prow accepts is the job validation's job.
    for (const yaml::Node& arg : item.Get("command").Items())
      if (arg.IsScalar()) c.command.push_back({arg.Str(), arg.pos()});
    c.resources = LoadResources(item, diag);
    c.runs_command = RunsCommand(item);
    if (auto policy = ReadString(item, "restartPolicy", diag))
      c.restart_policy = std::move(*policy);
    c.env = LoadEnv(item.Get("env"), diag);
    c.mounts = LoadMounts(item.Get("volumeMounts"), diag);
    const yaml::Node env_from = item.Get("envFrom");
    if (ExpectSeq(env_from, "\"envFrom\"", diag)) {
      for (const yaml::Node& source : env_from.Items()) {
        if (!ExpectMap(source, "an envFrom entry", diag)) continue;
        if (auto r = LoadRef(source.Get("secretRef"), ObjectKind::kSecret, "name", "envFrom", diag))
          c.env_from.push_back(*r);
        if (auto r = LoadRef(source.Get("configMapRef"), ObjectKind::kConfigMap, "name", "envFrom",
                             diag))
          c.env_from.push_back(*r);
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

PodSpec LoadPodSpec(const yaml::Node& spec, Position key_pos, Diagnostics& diag) {
  PodSpec pod;
  pod.pos = key_pos;
  if (!ExpectMap(spec, "\"spec\"", diag)) return pod;
  pod.volumes = LoadVolumes(spec.Get("volumes"), diag);
  pod.containers = LoadContainers(spec.Get("containers"), "\"containers\"", diag);
  pod.init_containers = LoadContainers(spec.Get("initContainers"), "\"initContainers\"", diag);
  const yaml::Node pulls = spec.Get("imagePullSecrets");
  if (ExpectSeq(pulls, "\"imagePullSecrets\"", diag)) {
    for (const yaml::Node& item : pulls.Items()) {
      if (auto r = LoadRef(item, ObjectKind::kSecret, "name", "imagePullSecrets", diag))
        pod.image_pull_secrets.push_back(*r);
    }
  }
  // `serviceAccount` is the deprecated spelling Kubernetes still honours
  // when serviceAccountName is empty.
  auto sa = ReadString(spec, "serviceAccountName", diag);
  if (!sa || sa->value.empty()) sa = ReadString(spec, "serviceAccount", diag);
  if (sa && !sa->value.empty()) pod.service_account_name = sa;
  pod.tolerations = LoadTolerations(spec.Get("tolerations"));
  return pod;
}

std::vector<Label> LoadLabels(const yaml::Node& labels, PlainScalars plain, const std::string& what,
                              Diagnostics& diag) {
  std::vector<Label> out;
  if (!ExpectMap(labels, "\"labels\"", diag)) return out;
  for (const yaml::Entry& e : labels.Entries()) {
    std::string value = e.value.Str();
    if (e.value.IsPlainNonString()) {
      if (plain == PlainScalars::kRefuse) {
        diag.Error(e.value.pos(), "label " + Quote(e.key.Text()) + " of " + what +
                                      " is not a string; Prow fails to load it: write " +
                                      Quote(value) + " in quotes");
        continue;
      }
      value = e.value.CoercedText();
    }
    out.push_back({{e.key.Str(), e.key.pos()}, {value, e.value.pos()}});
  }
  return out;
}

Preset LoadPreset(const yaml::Node& item, PlainScalars plain, Diagnostics& diag) {
  Preset preset;
  preset.pos = item.pos();
  if (!ExpectMap(item, "a preset", diag)) return preset;
  preset.labels = LoadLabels(item.Get("labels"), plain, "a preset", diag);
  preset.env = LoadEnv(item.Get("env"), diag);
  preset.volumes = LoadVolumes(item.Get("volumes"), diag);
  preset.volume_mounts = LoadMounts(item.Get("volumeMounts"), diag);
  preset.tolerations = LoadTolerations(item.Get("tolerations"));
  return preset;
}

}  // namespace prowlint
