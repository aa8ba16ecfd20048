// SPDX-License-Identifier: Apache-2.0
// See load_credentials.h; loading rules from prow-semantics §1.4.
#include "lint/load/load_credentials.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>

#include "lint/base/input_boundary.h"
#include "lint/base/read_file.h"
#include "lint/load/load_build_cluster.h"
#include "lint/load/load_kubeconfig.h"
#include "lint/load/load_secret.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

// One credential file's parsed contents. For a Secret or ConfigMap, one
// entry per value, with its own parse problems: a wrapper may hold other
// files (a token, a CA) next to the credential file.
struct CredentialDoc {
  yaml::Document doc;
  std::string container;  // "" for a plain file
  std::string data_key;   // the Secret's data key holding it; "" for a plain file
  std::string wrapper;    // the Secret's or ConfigMap's name; "" for a plain file
  Position pos;           // where the credential text starts (for whole-file findings)
  Diagnostics problems;   // a wrapped value's parse problems, kept apart
  bool usable = false;    // parsed to something non-empty
};

// The credential documents of one file's `text`.
std::vector<CredentialDoc> ParseCredentialText(std::string_view text, FileId file, const char* what,
                                               const SourceSet& sources, Diagnostics& diag) {
  std::vector<CredentialDoc> out;
  const std::size_t errors_before = diag.errors.size();
  std::vector<yaml::Document> docs = ParseYaml(text, file, {}, diag);
  LineIndex lines(text);  // one for every Secret of the file
  bool any = false;
  for (yaml::Document& doc : docs) {
    const yaml::Node root = doc.root();
    if (root.IsNull()) continue;
    const bool first = !any;
    any = true;
    if (!IsSecretManifest(root)) {
      // client-go and sigs.k8s.io/yaml decode a plain file's first document
      // only; later documents of manifests are other objects.
      if (first) {
        CredentialDoc d{std::move(doc), "", "", "", root.pos(), {}, true};
        out.push_back(std::move(d));
        if (docs.size() > 1 && !IsSecretManifest(docs.back().root()))
          diag.notes.Add(sources.Path(file) + ": only the first YAML document is read, as "
                               "Prow reads it");
        break;
      }
      continue;
    }
    const std::size_t root_errors = diag.errors.size();
    std::vector<SecretValue> values = SecretValues(root, lines, diag);
    // A Secret without data (or a List of such) holds no credentials: Prow
    // would find none either, and saying nothing would pass the file.
    if (values.empty() && diag.errors.size() == root_errors)
      diag.Error(root.pos(), std::string("no data in this Secret or ConfigMap, expected ") + what +
                                 " in a data key");
    for (SecretValue& value : values) {
      CredentialDoc d;
      d.container = value.Describe();
      d.data_key = value.key;
      d.wrapper = value.secret;
      d.pos = value.parse.collapse_positions
                  ? value.parse.enclosing
                  : Position{file, value.parse.line_offset + 1, value.parse.column_offset + 1};
      std::vector<yaml::Document> inner = ParseYaml(value.text, file, value.parse, d.problems);
      // Drop the decoded bytes as soon as they are parsed.
      std::fill(value.text.begin(), value.text.end(), '\0');
      if (!inner.empty() && !inner.front().root().IsNull() && !d.problems.HasErrors()) {
        d.doc = std::move(inner.front());
        d.usable = true;
      } else if (!d.problems.HasErrors()) {
        d.problems.Error(d.pos, value.Describe() + " is empty, expected " + what);
      }
      out.push_back(std::move(d));
    }
  }
  if (!any && diag.errors.size() == errors_before)
    diag.Error(Position{file, 0, 0}, std::string("empty file, expected ") + what);
  return out;
}

std::vector<CredentialDoc> ReadCredentialFile(const std::string& path, const char* what,
                                              SourceSet& sources, Diagnostics& diag) {
  const FileId file = sources.Add(path, /*sensitive=*/true);
  std::string text;
  if (!ReadInput(path, file, what, text, diag)) return {};
  return ParseCredentialText(text, file, what, sources, diag);
}

// Keeps the wrapped values that `fits` accepts. Values that do not fit are
// skipped with a note when some value fits; when none does, their problems
// are errors (the file holds no credential file at all).
void KeepFitting(std::vector<CredentialDoc>& docs, const char* what,
                 const std::function<bool(const yaml::Node&)>& fits, Diagnostics& diag) {
  auto fitting = [&](const CredentialDoc& d) { return d.usable && fits(d.doc.root()); };
  const bool any_wrapped_fits = std::any_of(docs.begin(), docs.end(), [&](const CredentialDoc& d) {
    return !d.container.empty() && fitting(d);
  });
  std::vector<CredentialDoc> kept;
  for (CredentialDoc& d : docs) {
    if (d.container.empty() || fitting(d)) {
      kept.push_back(std::move(d));
    } else if (any_wrapped_fits) {
      diag.notes.Add(d.container + " is not " + what + "; skipped");
    } else if (!d.usable) {
      diag.Append(std::move(d.problems));
    } else {
      kept.push_back(std::move(d));  // the loader says why it is not one
    }
  }
  docs = std::move(kept);
}

// Merges kubeconfigs first-wins per context name (client-go's rule for
// $KUBECONFIG); later definitions are kept as shadowed. Cluster and user
// entries merge the same way, so a context may use an entry of an earlier
// file. Numbers each kubeconfig as a document from `next_document` on.
void MergeFirstWins(std::vector<Kubeconfig>& configs, Credentials& creds, int& next_document) {
  KubeconfigEntries clusters, users;
  for (const Kubeconfig& k : configs) {
    clusters.insert(k.clusters.begin(), k.clusters.end());
    users.insert(k.users.begin(), k.users.end());
  }
  for (Kubeconfig& k : configs) {
    const int document = next_document++;
    for (const CredentialProblem& p : k.file_failures)
      creds.document_failures.push_back({document, CredentialFormat::kKubeconfig, p});
    for (ClusterContext& ctx : k.contexts) {
      ctx.document = document;
      auto same = [&](const ClusterContext& c) { return c.alias.value == ctx.alias.value; };
      if (std::any_of(creds.kubeconfig.begin(), creds.kubeconfig.end(), same)) {
        // Never used: it keeps its own file's entries, so a message can say
        // what this definition would have reached.
        creds.shadowed.push_back(std::move(ctx));
      } else {
        if (configs.size() > 1) BindContext(ctx, clusters, users);
        creds.kubeconfig.push_back(std::move(ctx));
      }
    }
    if (!creds.current_context) creds.current_context = k.current_context;
  }
}

constexpr const char* kKubeconfig = "a kubeconfig";
constexpr const char* kBuildClusterFile = "a build-cluster file";

std::vector<Kubeconfig> LoadKubeconfigDocs(std::vector<CredentialDoc> docs, Diagnostics& diag,
                                           Position& first_pos) {
  std::vector<Kubeconfig> out;
  KeepFitting(docs, kKubeconfig, LooksLikeKubeconfig, diag);
  for (CredentialDoc& d : docs) {
    // Whole-file findings ("no literal default") point where contexts are listed.
    const yaml::Node contexts = d.doc.root().Key("contexts");
    if (!first_pos.Known())
      first_pos = d.container.empty() && contexts.Present() ? contexts.pos() : d.pos;
    out.push_back(LoadKubeconfig(d.doc.root(), d.container, diag));
    for (ClusterContext& c : out.back().contexts) {
      c.wrapper = d.wrapper;
      c.wrapper_key = d.data_key;
    }
  }
  return out;
}

std::vector<Kubeconfig> LoadKubeconfigFile(const std::string& path, SourceSet& sources,
                                           Diagnostics& diag, Position& first_pos) {
  return LoadKubeconfigDocs(ReadCredentialFile(path, kKubeconfig, sources, diag), diag, first_pos);
}

void LoadKubeconfigDir(const CredentialPaths& paths, Credentials& creds, SourceSet& sources,
                       Diagnostics& diag, int& next_document) {
  std::error_code ec;
  std::vector<std::string> names;
  for (fs::directory_iterator it(paths.kubeconfig_dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    // Prow: no directories, no "..data"-style mount internals, suffix filter.
    // Its directory listing does not follow symlinks: a symlink to a
    // directory is a candidate file, which Prow then fails to read.
    std::error_code type_ec;
    if (fs::is_directory(it->symlink_status(type_ec)) || name.rfind("..", 0) == 0) continue;
    if (name.size() < paths.kubeconfig_suffix.size() ||
        name.compare(name.size() - paths.kubeconfig_suffix.size(), std::string::npos,
                     paths.kubeconfig_suffix) != 0)
      continue;
    if (!sources.boundary().MayRead(it->path().string())) {
      diag.notes.Add(NotReadOutside(sources.Display(it->path().string())));
      continue;
    }
    names.push_back(name);
  }
  if (ec) {
    diag.Error(Position{sources.Add(paths.kubeconfig_dir), 0, 0},
               "cannot list kubeconfig directory: " + ec.message());
    return;
  }
  if (names.empty()) {
    // Prow would silently fall back to $KUBECONFIG or ~/.kube/config.
    diag.Error(
        Position{sources.Add(paths.kubeconfig_dir), 0, 0},
        "no kubeconfig file in this directory" +
            (paths.kubeconfig_suffix.empty() ? std::string()
                                             : " ends with \"" + paths.kubeconfig_suffix + "\"") +
            "; Prow would silently use $KUBECONFIG or ~/.kube/config instead");
    return;
  }
  std::sort(names.begin(), names.end());
  // Every file is a separate candidate: a context in two of them (or in one
  // and in --kubeconfig) stops Prow at start-up.
  std::map<std::string, Position> seen;
  for (const ClusterContext& c : creds.kubeconfig) seen.emplace(c.alias.value, c.alias.pos);
  for (const std::string& name : names) {
    const std::string path = (fs::path(paths.kubeconfig_dir) / name).string();
    std::vector<Kubeconfig> configs = LoadKubeconfigFile(path, sources, diag, creds.kubeconfig_pos);
    Credentials file_creds;
    MergeFirstWins(configs, file_creds, next_document);
    for (auto& failure : file_creds.document_failures)
      creds.document_failures.push_back(std::move(failure));
    for (ClusterContext& ctx : file_creds.kubeconfig) {
      auto [it, fresh] = seen.emplace(ctx.alias.value, ctx.alias.pos);
      if (!fresh) {
        diag.Error(ctx.alias.pos, "context \"" + ctx.alias.value + "\" is also defined in " +
                                      sources.Path(it->second.file) + ":" +
                                      std::to_string(it->second.line) +
                                      "; Prow refuses to start when a context occurs in two "
                                      "kubeconfig files");
        continue;
      }
      creds.kubeconfig.push_back(std::move(ctx));
    }
    for (ClusterContext& s : file_creds.shadowed) creds.shadowed.push_back(std::move(s));
    // Prow keeps the current-context of the last file that sets one.
    if (file_creds.current_context) creds.current_context = file_creds.current_context;
  }
}

void LoadBuildClusterDocs(std::vector<CredentialDoc> docs, Credentials& creds, Diagnostics& diag,
                          int& next_document) {
  KeepFitting(docs, kBuildClusterFile, LooksLikeBuildClusterMap, diag);
  // A Secret may hold several such files; Prow's flag names one.
  // prow.k8s.io's convention is the key "cluster".
  if (docs.size() > 1) {
    auto named_cluster = std::find_if(docs.begin(), docs.end(), [](const CredentialDoc& d) {
      return d.data_key == "cluster";
    });
    if (named_cluster == docs.end()) {
      diag.Error(docs.front().pos,
                 "the Secret has several data keys and none is \"cluster\"; pass the one "
                 "that --build-cluster names as a plain file");
      return;
    }
    CredentialDoc chosen = std::move(*named_cluster);
    docs.clear();
    docs.push_back(std::move(chosen));
  }
  for (CredentialDoc& d : docs) {
    creds.build_cluster_pos = d.pos;
    const int document = next_document++;
    for (ClusterContext& ctx : LoadBuildClusterMap(d.doc.root(), d.container, diag)) {
      ctx.wrapper = d.wrapper;
      ctx.wrapper_key = d.data_key;
      ctx.document = document;
      // Prow decodes the whole map at once: one bad field fails the file.
      for (const CredentialProblem& p : ctx.problems)
        if (EffectOf(p.defect) == DefectEffect::kFileFails)
          creds.document_failures.push_back({document, CredentialFormat::kBuildClusterMap, p});
      creds.build_cluster.push_back(std::move(ctx));
    }
  }
}

void LoadBuildCluster(const std::string& path, Credentials& creds, SourceSet& sources,
                      Diagnostics& diag, int& next_document) {
  LoadBuildClusterDocs(ReadCredentialFile(path, kBuildClusterFile, sources, diag), creds, diag,
                       next_document);
}

}  // namespace

Credentials LoadCredentialText(std::string_view text, FileId file, CredentialSlot slot,
                               const SourceSet& sources, Diagnostics& diag) {
  Credentials creds;
  int next_document = 0;
  if (slot == CredentialSlot::kBuildCluster) {
    creds.build_cluster_given = true;
    LoadBuildClusterDocs(ParseCredentialText(text, file, kBuildClusterFile, sources, diag), creds,
                         diag, next_document);
    return creds;
  }
  creds.kubeconfig_given = true;
  std::vector<Kubeconfig> configs = LoadKubeconfigDocs(
      ParseCredentialText(text, file, kKubeconfig, sources, diag), diag, creds.kubeconfig_pos);
  MergeFirstWins(configs, creds, next_document);
  return creds;
}

Credentials LoadCredentials(const CredentialPaths& paths, SourceSet& sources, Diagnostics& diag) {
  Credentials creds;
  creds.kubeconfig_given = !paths.kubeconfigs.empty() || !paths.kubeconfig_dir.empty();
  creds.build_cluster_given = !paths.build_cluster.empty();
  // What one failing context does depends on how Prow gets the files
  // (prow-semantics §2.2 "Loading pitfalls"): several --kubeconfig files
  // stand for $KUBECONFIG.
  creds.loading = !paths.kubeconfig_dir.empty()  ? KubeconfigLoading::kDir
                  : paths.kubeconfigs.size() > 1 ? KubeconfigLoading::kEnv
                                                 : KubeconfigLoading::kFlag;
  int next_document = 0;
  std::vector<Kubeconfig> configs;
  for (const std::string& path : paths.kubeconfigs) {
    for (Kubeconfig& k : LoadKubeconfigFile(path, sources, diag, creds.kubeconfig_pos))
      configs.push_back(std::move(k));
  }
  MergeFirstWins(configs, creds, next_document);
  if (!paths.kubeconfig_dir.empty())
    LoadKubeconfigDir(paths, creds, sources, diag, next_document);
  if (!paths.build_cluster.empty())
    LoadBuildCluster(paths.build_cluster, creds, sources, diag, next_document);
  return creds;
}

}  // namespace prowlint
