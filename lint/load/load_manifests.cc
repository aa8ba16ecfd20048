// SPDX-License-Identifier: Apache-2.0
// See load_manifests.h. Only loaders see YAML: everything a rule needs from a
// manifest is copied into the model here, with its position.
#include "lint/load/load_manifests.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include "lint/base/mapped_file.h"
#include "lint/base/suppression_directive.h"
#include "lint/base/text.h"
#include "lint/go/go_flags.h"
#include "lint/load/kube_objects.h"
#include "lint/load/load_build_cluster.h"
#include "lint/load/load_kubeconfig.h"
#include "lint/load/load_secret.h"
#include "lint/load/manifest_files.h"
#include "lint/prow/component_credentials.h"
#include "lint/prow/prow_images.h"
#include "lint/yaml/unread_documents.h"
#include "lint/yaml/yaml_fields.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

struct PodTemplate {
  WorkloadKind kind;
  yaml::Node pod_spec;
  yaml::Node strategy_type;  // absent when the kind has none or it is unset
};

std::optional<PodTemplate> PodTemplateOf(const KubeObject& o) {
  const yaml::Node spec = o.root.Get("spec");
  auto templ = [&](WorkloadKind kind, const yaml::Node& strategy) {
    return PodTemplate{kind, spec.Get("template").Get("spec"), strategy.Get("type")};
  };
  if (o.kind == "Deployment") return templ(WorkloadKind::kDeployment, spec.Get("strategy"));
  if (o.kind == "StatefulSet") return templ(WorkloadKind::kStatefulSet, spec.Get("updateStrategy"));
  if (o.kind == "DaemonSet") return templ(WorkloadKind::kDaemonSet, spec.Get("updateStrategy"));
  if (o.kind == "Job") return templ(WorkloadKind::kJob, yaml::Node());
  if (o.kind == "CronJob") {
    // batch/v1 and batch/v1beta1 have the same shape.
    return PodTemplate{WorkloadKind::kCronJob,
                       spec.Get("jobTemplate").Get("spec").Get("template").Get("spec"),
                       yaml::Node()};
  }
  if (o.kind == "Pod") return PodTemplate{WorkloadKind::kPod, spec, yaml::Node()};
  return std::nullopt;
}

std::vector<Located<std::string>> Strings(const yaml::Node& seq, std::string_view what,
                                          Diagnostics& diag) {
  std::vector<Located<std::string>> out;
  if (!ExpectSeq(seq, what, diag)) return out;
  for (const yaml::Node& item : seq.Items()) {
    if (!item.IsScalar()) {
      diag.Error(item.pos(), std::string(what) + " must hold strings, not " + item.Describe());
      continue;
    }
    out.push_back({item.Str(), item.pos()});
  }
  return out;
}

std::vector<ComponentVolume> Volumes(const yaml::Node& pod, Diagnostics& diag) {
  std::vector<ComponentVolume> out;
  const yaml::Node volumes = pod.Get("volumes");
  if (!ExpectSeq(volumes, "\"volumes\"", diag)) return out;
  for (const yaml::Node& v : volumes.Items()) {
    if (!ExpectMap(v, "a volume", diag)) continue;
    ComponentVolume vol;
    vol.name = {v.Get("name").Str(), v.Get("name").pos()};
    auto source = [&](ObjectKind kind, const yaml::Node& node, std::string_view name_key) {
      if (!node.IsMap()) return false;
      ComponentVolume::Source s;
      s.kind = kind;
      s.name = {node.Get(name_key).Str(), node.Get(name_key).pos()};
      s.optional = node.Get("optional").AsBool().value_or(false);
      for (const yaml::Node& item : node.Get("items").Items())
        s.items.emplace_back(item.Get("key").Text(), item.Get("path").Text());
      vol.sources.push_back(std::move(s));
      return true;
    };
    bool known = source(ObjectKind::kSecret, v.Get("secret"), "secretName") ||
                 source(ObjectKind::kConfigMap, v.Get("configMap"), "name");
    for (const yaml::Node& p : v.Get("projected").Get("sources").Items()) {
      known = source(ObjectKind::kSecret, p.Get("secret"), "name") || known;
      known = source(ObjectKind::kConfigMap, p.Get("configMap"), "name") || known;
    }
    vol.other = !known;
    out.push_back(std::move(vol));
  }
  return out;
}

Component ReadContainer(const KubeObject& o, const PodTemplate& t, const yaml::Node& c,
                        const std::string& component, const ImageRef& image, bool init,
                        const std::vector<ComponentVolume>& volumes, Diagnostics& diag) {
  Component comp;
  comp.name = component;
  const yaml::Node image_node = c.Get("image");
  comp.image = {image_node.Str(), image_node.pos()};
  comp.tag = image.tag;
  comp.digest_only = image.tag.empty() && !image.digest.empty();
  if (!image.tag.empty()) {
    std::string error;
    comp.version = ParseProwVersion(image.tag, error);  // "latest" parses too
  }
  comp.workload_kind = t.kind;
  comp.workload = o.name;
  comp.ns = o.ns;
  comp.container = c.Get("name").Text();
  comp.init_container = init;
  comp.command = Strings(c.Get("command"), "\"command\"", diag);
  // The binary is command[0]; the rest of command and then args are flags.
  std::vector<Located<std::string>> argv;
  for (std::size_t i = 1; i < comp.command.size(); ++i) argv.push_back(comp.command[i]);
  for (auto& a : Strings(c.Get("args"), "\"args\"", diag)) argv.push_back(std::move(a));
  comp.flags = ParseGoFlags(argv);
  const yaml::Node env = c.Get("env");
  if (ExpectSeq(env, "\"env\"", diag)) {
    for (const yaml::Node& e : env.Items()) {
      ComponentEnv var;
      var.name = {e.Get("name").Str(), e.Get("name").pos()};
      if (e.Get("value").IsScalar()) var.value = Located<std::string>{e.Get("value").Str(), e.Get("value").pos()};
      comp.env.push_back(std::move(var));
    }
  }
  const yaml::Node mounts = c.Get("volumeMounts");
  if (ExpectSeq(mounts, "\"volumeMounts\"", diag)) {
    for (const yaml::Node& m : mounts.Items()) {
      comp.mounts.push_back({{m.Get("name").Str(), m.Get("name").pos()},
                             m.Get("mountPath").Str(),
                             m.Get("subPath").Str()});
    }
  }
  comp.volumes = volumes;
  const yaml::Node pod = t.pod_spec;
  for (const char* key : {"serviceAccountName", "serviceAccount"}) {
    if (pod.Get(key).IsScalar() && !comp.service_account)
      comp.service_account = Located<std::string>{pod.Get(key).Str(), pod.Get(key).pos()};
  }
  const yaml::Node resources = c.Get("resources");
  if (resources.Present()) comp.resources = c.Key("resources").pos();
  comp.requests_cpu = resources.Get("requests").Get("cpu").Present();
  comp.requests_memory = resources.Get("requests").Get("memory").Present();
  comp.readiness_probe = c.Get("readinessProbe").IsMap();
  comp.liveness_probe = c.Get("livenessProbe").IsMap();
  if (t.strategy_type.IsScalar())
    comp.update_strategy = Located<std::string>{t.strategy_type.Str(), t.strategy_type.pos()};
  comp.credentials = FindCredentialRefs(comp);
  return comp;
}

void ReadWorkload(const KubeObject& o, const PodTemplate& t,
                  const std::vector<std::string>& prefixes, Manifests& out, Diagnostics& diag) {
  if (!t.pod_spec.IsMap()) return;
  if (t.kind == WorkloadKind::kDeployment || t.kind == WorkloadKind::kStatefulSet ||
      t.kind == WorkloadKind::kDaemonSet) {
    WorkloadRollout r;
    r.kind = t.kind;
    r.name = o.name;
    r.ns = o.ns;
    if (t.strategy_type.IsScalar())
      r.update_strategy = Located<std::string>{t.strategy_type.Str(), t.strategy_type.pos()};
    for (const yaml::Node& c : t.pod_spec.Get("containers").Items()) {
      r.image = c.Get("image").Text();
      break;
    }
    out.rollouts.push_back(std::move(r));
  }
  std::vector<ComponentVolume> volumes;
  bool volumes_read = false;
  for (const char* list : {"initContainers", "containers"}) {
    const yaml::Node containers = t.pod_spec.Get(list);
    if (!ExpectSeq(containers, std::string("\"") + list + "\"", diag)) continue;
    for (const yaml::Node& c : containers.Items()) {
      if (!ExpectMap(c, "a container", diag)) continue;
      const ImageRef image = ParseImageRef(c.Get("image").Text());
      const std::string component = ProwComponentName(image, prefixes);
      if (component.empty()) continue;
      if (!volumes_read) {
        volumes = Volumes(t.pod_spec, diag);
        volumes_read = true;
      }
      out.components.push_back(ReadContainer(o, t, c, component, image,
                                             std::string(list) == "initContainers", volumes, diag));
    }
  }
}

std::vector<std::string> StringItems(const yaml::Node& seq) {
  std::vector<std::string> out;
  for (const yaml::Node& item : seq.Items()) out.push_back(item.Str());
  return out;
}

void ReadRole(const KubeObject& o, Manifests& out) {
  Role role;
  role.cluster_role = o.kind == "ClusterRole";
  role.name = o.name;
  role.ns = o.ns;
  for (const yaml::Node& r : o.root.Get("rules").Items()) {
    RbacRule rule;
    rule.pos = r.pos();
    rule.api_groups = StringItems(r.Get("apiGroups"));
    rule.resources = StringItems(r.Get("resources"));
    rule.verbs = StringItems(r.Get("verbs"));
    rule.resource_names = StringItems(r.Get("resourceNames"));
    role.rules.push_back(std::move(rule));
  }
  out.roles.push_back(std::move(role));
}

void ReadBinding(const KubeObject& o, Manifests& out) {
  RoleBinding b;
  b.cluster_binding = o.kind == "ClusterRoleBinding";
  b.name = o.name;
  b.ns = o.ns;
  const yaml::Node ref = o.root.Get("roleRef");
  b.role_is_cluster_role = ref.Get("kind").Text() == "ClusterRole";
  b.role = ref.Get("name").Text();
  for (const yaml::Node& s : o.root.Get("subjects").Items())
    b.subjects.push_back({s.Get("kind").Str(), s.Get("name").Str(), s.Get("namespace").Str()});
  out.bindings.push_back(std::move(b));
}

// The kubeconfigs (or clusters.yaml maps) a Secret or ConfigMap holds, as
// --kubeconfig reads a Secret manifest: contexts and servers only. Values
// that are not one (tokens, config files) are skipped without a word: a
// deploy tree's Secrets hold all sorts of things. The decoded bytes are
// wiped as soon as they are parsed.
std::vector<ClusterContext> WrappedContexts(const KubeObject& o, LineIndex& file_lines) {
  std::vector<ClusterContext> out;
  Diagnostics quiet;
  for (SecretValue& value : SecretValues(o.root, file_lines, quiet)) {
    // Cheap test first: a ConfigMap may hold all of Prow's config.
    const bool maybe = value.text.find("contexts") != std::string::npos ||
                       value.text.find("endpoint") != std::string::npos;
    if (maybe) {
      Diagnostics parse;
      value.parse.parser = YamlParser::kLibyaml;  // as the manifest around it
      std::vector<yaml::Document> docs = ParseYaml(value.text, o.name.pos.file, value.parse, parse);
      if (!parse.HasErrors() && !docs.empty()) {
        const yaml::Node root = docs.front().root();
        std::vector<ClusterContext> found;
        if (LooksLikeKubeconfig(root)) {
          found = LoadKubeconfig(root, value.Describe(), parse).contexts;
        } else if (LooksLikeBuildClusterMap(root)) {
          found = LoadBuildClusterMap(root, value.Describe(), parse);
        }
        for (ClusterContext& c : found) {
          c.wrapper = value.secret;
          c.wrapper_key = value.key;
          out.push_back(std::move(c));
        }
      }
    }
    std::fill(value.text.begin(), value.text.end(), '\0');
  }
  return out;
}

bool IsTemplate(std::string_view text) {
  return text.find("{{") != std::string_view::npos || text.find("{%") != std::string_view::npos;
}

bool IsNamedKind(const KubeObject& o) {
  static const char* const kKinds[] = {"Role",      "ClusterRole",    "RoleBinding",
                                       "ClusterRoleBinding", "Secret", "ConfigMap",
                                       "ServiceAccount"};
  for (const char* k : kKinds)
    if (o.kind == k) return true;
  return ExternalSecretTarget(o).has_value();
}

// What `Manifests` held before a file was read, to take the file back out
// when it turns out to be a template rather than manifests.
class Watermark {
 public:
  explicit Watermark(const Manifests& m)
      : kustomize_(m.kustomize), components_(m.components.size()), roles_(m.roles.size()),
        bindings_(m.bindings.size()), objects_(m.objects.size()), rollouts_(m.rollouts.size()) {}
  void Restore(Manifests& m) const {
    m.kustomize = kustomize_;
    m.components.resize(components_);
    m.roles.resize(roles_);
    m.bindings.resize(bindings_);
    m.objects.resize(objects_);
    m.rollouts.resize(rollouts_);
  }

 private:
  bool kustomize_;
  std::size_t components_, roles_, bindings_, objects_, rollouts_;
};

}  // namespace

std::size_t LoadManifestText(std::string_view text, FileId file, const std::vector<std::string>& prefixes,
                      Manifests& out, SourceSet& sources, Diagnostics& diag) {
  // Duplicate keys in a manifest are the API server's business, not a Prow
  // config problem (config-duplicate-key): keep everything else.
  std::string kept;
  const Unread unread = BlankUnreadDocuments(text, kept);
  // A file of CRDs, Services and the like: nothing here for the parser.
  if (unread == Unread::kAll) return 0;
  Diagnostics parse;  // the parser's problems
  Diagnostics read;   // the readers', kept once the file is known to be a manifest
  const Watermark before(out);
  bool holds_secret = false;
  LineIndex lines(text);  // one for every Secret and ConfigMap of the file
  auto visit = [&](const KubeObject& o) {
    if (o.api_version.rfind("kustomize.config.k8s.io/", 0) == 0) out.kustomize = true;
    if (o.kind == "Secret" || o.kind == "Config") holds_secret = true;
    if (o.name.value.empty()) {
      // Only kinds prowlint reads need a name; a Kustomization has none.
      if (PodTemplateOf(o) || IsNamedKind(o)) read.Error(o.name.pos, o.kind + " has no metadata.name");
      return;
    }
    if (auto t = PodTemplateOf(o)) {
      ReadWorkload(o, *t, prefixes, out, read);
    } else if (o.kind == "Role" || o.kind == "ClusterRole") {
      ReadRole(o, out);
    } else if (o.kind == "RoleBinding" || o.kind == "ClusterRoleBinding") {
      ReadBinding(o, out);
    } else if (o.kind == "Secret") {
      // Only kubeconfigs are read from its data, as names and servers;
      // its lines are never quoted (holds_secret).
      out.objects.push_back({ObjectKind::kSecret, o.name, o.ns, false, WrappedContexts(o, lines)});
    } else if (o.kind == "ConfigMap") {
      out.objects.push_back(
          {ObjectKind::kConfigMap, o.name, o.ns, false, WrappedContexts(o, lines)});
    } else if (o.kind == "ServiceAccount") {
      out.objects.push_back({ObjectKind::kServiceAccount, o.name, o.ns, false, {}});
    } else if (auto target = ExternalSecretTarget(o)) {
      out.objects.push_back({ObjectKind::kSecret, *target, o.ns, true, {}});
    }
    // Other kinds (Services, CRDs, Ingresses...) say nothing about Prow.
  };
  // One document's tree at a time: what is kept of an object is its model
  // (names and positions for the kinds only named), so a file of 200,000
  // ConfigMaps never holds 200,000 trees.
  std::size_t others = 0;
  YamlParseOptions options;
  options.parser = YamlParser::kLibyaml;
  ParseYamlEach(unread == Unread::kSome ? std::string_view(kept) : text, file, options, parse,
                [&](yaml::Document&& doc) { others += ForEachKubeObject(doc, visit, read); });
  parse.duplicate_keys.clear();
  if (parse.HasErrors() && IsTemplate(text) && IsYamlText(text)) {
    // A Jinja, Helm or Go template is not a manifest until it is rendered.
    // Binary bytes are no template, whatever "{{" they happen to hold.
    before.Restore(out);
    diag.notes.Add(sources.Path(file) + ": a template ({{ }} or {% %}), not a manifest; skipped "
                   "(render it and pass the output with --deploy-manifest -)");
    return 0;
  }
  diag.Append(std::move(parse));
  diag.Append(std::move(read));
  if (holds_secret) sources.Add(sources.Path(file), /*sensitive=*/true);
  return others;
}

namespace {

// Workloads defined twice: Prow's repositories keep a starter bundle (every
// component in one file, for new installations, often in another namespace)
// beside each component's own file, which is what they deploy. The
// definition from the file with fewer workloads wins; between equals the
// later one, as kubectl apply would leave it. Namespaces are not compared:
// one deployment runs one plank.
void KeepOneDefinition(Manifests& m, const SourceSet& sources, Diagnostics& diag) {
  using Key = std::tuple<WorkloadKind, std::string, std::string, bool>;
  std::map<FileId, std::size_t> per_file;
  for (const Component& c : m.components) ++per_file[c.workload.pos.file];
  std::map<Key, std::size_t> last;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    const Component& c = m.components[i];
    auto [it, fresh] =
        last.emplace(Key{c.workload_kind, c.workload.value, c.container, c.init_container}, i);
    if (!fresh && per_file[c.workload.pos.file] <= per_file[m.components[it->second].workload.pos.file])
      it->second = i;
  }
  std::vector<Component> kept;
  std::vector<std::string> replaced;
  std::string example;
  for (std::size_t i = 0; i < m.components.size(); ++i) {
    Component& c = m.components[i];
    const std::size_t winner =
        last[Key{c.workload_kind, c.workload.value, c.container, c.init_container}];
    if (winner == i) {
      kept.push_back(std::move(c));
      continue;
    }
    if (example.empty())
      example = sources.Path(c.workload.pos.file) + " and " +
                sources.Path(m.components[winner].workload.pos.file);
    replaced.push_back(c.workload.value);
  }
  if (!replaced.empty())
    diag.notes.Add(Count(replaced.size(), "workload is", "workloads are") +
                   " defined twice (" + SampleNames(replaced, 8) + "; e.g. in " + example +
                   "): each is read from the file with fewer workloads (a starter bundle loses), "
                   "else the later one");
  m.components = std::move(kept);
}

}  // namespace

namespace {

// Whether `path` is one of `roots` or lies under one (by path components).
bool Under(const std::string& path, const std::vector<fs::path>& roots) {
  const fs::path p = fs::path(path).lexically_normal();
  for (const fs::path& root : roots) {
    auto r = root.begin(), q = p.begin();
    while (r != root.end() && q != p.end() && (r->empty() || *r == *q)) {
      if (!r->empty()) ++q;
      ++r;
    }
    if (r == root.end()) return true;
  }
  return false;
}

}  // namespace

Manifests LoadManifests(const ManifestInputs& inputs, SourceSet& sources, Diagnostics& diag,
                        std::size_t& files_read) {
  Manifests m;
  m.given = inputs.Given();
  std::vector<std::string> prefixes = DefaultProwImagePrefixes();
  for (std::string p : inputs.prow_image_prefixes) {
    if (!p.empty() && p.back() != '/') p += '/';
    prefixes.push_back(p);
  }
  m.prow_image_prefixes = prefixes;
  std::vector<std::string> not_objects;  // files with documents that are not objects
  auto load = [&](const std::string& path, bool from_stdin) {
    const FileId file = sources.Add(from_stdin ? kStdinPath : path);
    // Mapped, not read: most bytes of a deploy tree are skipped unparsed
    // (see mapped_file.h).
    MappedFile mapped;
    std::string_view text = inputs.stdin_text;
    if (from_stdin && !inputs.stdin_error.empty()) {
      diag.Error(Position{file, 0, 0}, "cannot read manifest: standard input " + inputs.stdin_error);
      return;
    }
    if (!from_stdin) {
      std::string error;
      if (!mapped.Open(path, error)) {
        diag.Error(Position{file, 0, 0}, "cannot read manifest: " + error);
        return;
      }
      text = mapped.text();
      for (Suppression& s : ScanSuppressions(text, file)) diag.suppressions.push_back(std::move(s));
    }
    ++files_read;
    if (LoadManifestText(text, file, prefixes, m, sources, diag) > 0)
      not_objects.push_back(sources.Path(file));
    if (mapped.Shrank())
      diag.Error(Position{file, 0, 0}, "cannot read manifest: the file shrank while it was read");
  };
  for (const std::string& dir : inputs.dirs) {
    const FileId dir_id = sources.Add(dir);
    std::error_code ec;
    if (fs::exists(fs::path(dir) / "Chart.yaml", ec)) {
      diag.Error(Position{dir_id, 0, 0},
                 "--deploy-dir is a Helm chart: render it with helm template and pass the output "
                 "with --deploy-manifest -");
      continue;
    }
    // Only Prow config strictly inside this directory is left out: a
    // job-config root that is the deploy tree or holds it (".") leaves it
    // to be read as manifests.
    const fs::path deploy_root = fs::path(dir).lexically_normal();
    std::vector<fs::path> prow_config;
    for (const std::string& p : inputs.read_as_prow_config) {
      const fs::path config = fs::path(p).lexically_normal();
      if (Under(p, {deploy_root}) && config.lexically_relative(deploy_root) != fs::path("."))
        prow_config.push_back(config);
    }
    for (const std::string& path : ListManifestFiles(dir, dir_id, "--deploy-dir", sources, diag))
      if (!Under(path, prow_config)) load(path, false);
  }
  for (const std::string& file : inputs.files) load(file, file == "-");
  if (!not_objects.empty())
    diag.notes.Add(Count(not_objects.size(), "manifest file holds", "manifest files hold") +
                   " documents that are not Kubernetes objects (kustomize patches, values files; " +
                   SampleNames(not_objects, 2) + "); skipped");
  KeepOneDefinition(m, sources, diag);
  if (m.given && m.components.empty())
    diag.notes.Add("the deploy manifests hold no container with a Prow image (prefixes: " +
                   [&] {
                     std::string s;
                     for (const auto& p : prefixes) s += (s.empty() ? "" : ", ") + p;
                     return s;
                   }() +
                   "); add --prow-image-prefix for a mirror");
  return m;
}

}  // namespace prowlint
