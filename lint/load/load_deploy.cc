// SPDX-License-Identifier: Apache-2.0
// See load_deploy.h.
#include "lint/load/load_deploy.h"

#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <system_error>
#include <thread>

#include "lint/base/read_file.h"
#include "lint/base/text.h"
#include "lint/load/confine_inputs.h"
#include "lint/load/job_config_tree.h"
#include "lint/load/load_inventory.h"
#include "lint/load/load_job_config.h"
#include "lint/load/load_plugin_config.h"
#include "lint/load/load_prow_config.h"
#include "lint/load/manifest_files.h"
#include "lint/load/record_keys.h"
#include "lint/prow/finalize_jobs.h"
#include "lint/yaml/yaml_loader.h"

namespace prowlint {
namespace {

// One job-config file's load, and its size (to size the tree's job vector).
struct FileResult : ParsedJobFile {
  std::size_t bytes = 0;
};

// A Secret or a kubeconfig among job configs (a mistake, but it happens):
// its lines must never be quoted in output.
bool HoldsCredentials(const yaml::Node& root) {
  const std::string_view kind = root.Get("kind").Text();
  return kind == "Secret" || kind == "Config" || kind == "List" || root.Get("users").Present() ||
         root.Get("data").Present() || root.Get("stringData").Present();
}

// The size gzip gives `text` at its default level, as config-updater
// compresses ConfigMap values (Go's compress/gzip; zlib's output differs by a
// few bytes at most).
std::size_t GzipSize(std::string_view text) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return text.size();
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  unsigned char buffer[16384];
  std::size_t total = 0;
  int status = Z_OK;
  do {
    z.next_out = buffer;
    z.avail_out = sizeof buffer;
    status = deflate(&z, Z_FINISH);
    total += sizeof buffer - z.avail_out;
  } while (status == Z_OK);
  deflateEnd(&z);
  return total;
}

// One job-config file: read, parse the first document (all Prow reads),
// convert, and let the YAML tree go. With a cache, a file the other side
// already parsed with the same bytes is taken from it; a parse is stored.
// `gzip` also measures the file's compressed size.
// The cache knows a file by `shown`, its path as both sides name it.
FileResult LoadJobConfigFile(const std::string& path, FileId file, const std::string& shown,
                             ParseCache* cache, bool gzip,
                             std::optional<std::size_t>& gzip_bytes) {
  FileResult r;
  std::string text;
  if (!ReadInput(path, file, "job config", text, r.diag)) return r;
  r.bytes = text.size();
  if (gzip) gzip_bytes = GzipSize(text);
  const std::uint64_t hash = cache ? ParseCache::Hash(text) : 0;
  if (cache) {
    if (auto hit = cache->Find(shown, hash)) {
      static_cast<ParsedJobFile&>(r) = std::move(*hit);
      return r;
    }
  }
  r.config = LoadJobConfigText(text, file, r.diag, r.sensitive);
  r.bytes = text.size();
  if (cache) cache->Store(shown, hash, r);
  return r;
}

// config_updater compresses some map's files: their sizes are measured.
bool AnyGzip(const PluginConfig& plugins) {
  if (plugins.gzip && plugins.gzip->value) return true;
  for (const ConfigUpdaterMap& m : plugins.maps)
    if (m.gzip && m.gzip->value) return true;
  return false;
}

// The path a file is known by to the file system, to spot one file reached
// through two overlapping --job-config-paths.
std::string Identity(const std::string& path) {
  std::error_code ec;
  const std::filesystem::path p = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

// Runs fn(i) for i in [0, n) on up to `threads` threads (0: one per core);
// the calling thread also reports progress and calls tick() after each of
// its items. `fn` must not throw. A count above the cores is honoured, up to
// kMaxThreads: it costs memory, not correctness, and the ThreadSanitizer run
// (.ci/sanitize) needs it to mix the threads more. A thread the system
// refuses leaves the work to the others.
template <typename Fn, typename Tick>
void ParallelFor(std::size_t n, unsigned threads, Fn fn, const LoadProgress& progress, Tick tick) {
  constexpr unsigned kMaxThreads = 64;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, kMaxThreads);
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, n));
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  auto work = [&](bool reporter) {
    for (std::size_t i = next++; i < n; i = next++) {
      fn(i);
      const std::size_t d = ++done;
      if (!reporter) continue;
      if (progress) progress(d, n);
      tick();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) {
    try {
      pool.emplace_back(work, false);
    } catch (const std::system_error&) {
      break;
    }
  }
  work(true);
  for (std::thread& t : pool) t.join();
}

// Moves each file's jobs and problems into the run's, in file order, as soon
// as the files before it are loaded: a file's Jobs (over a kilobyte each
// before their contents) are freed while the rest load, instead of the whole
// tree's being held twice when they are gathered at the end. Room for all
// of them is reserved once, from the jobs per byte merged so far.
class InOrderMerge {
 public:
  InOrderMerge(std::vector<FileResult>& results, const std::vector<std::string>& paths,
               std::uintmax_t total_bytes, Deploy& deploy, JobConfig& jobs, Diagnostics& diag)
      : results_(results),
        paths_(paths),
        done_(new std::atomic<bool>[results.size()]()),
        total_bytes_(total_bytes),
        before_(jobs.jobs.size()),
        deploy_(deploy),
        jobs_(jobs),
        diag_(diag) {}

  /// Runs `fn(i, result)` on each file as it is merged, before its jobs
  /// and problems move (the calling thread only).
  void ForEachFile(std::function<void(std::size_t, FileResult&)> fn) { per_file_ = std::move(fn); }

  /// Any thread, once results[i] is final.
  void Done(std::size_t i) { done_[i].store(true, std::memory_order_release); }

  /// The calling thread only: merges every finished file that follows the
  /// ones already merged.
  void MergeReady() {
    while (next_ < results_.size() && done_[next_].load(std::memory_order_acquire)) {
      FileResult r = std::move(results_[next_]);
      Reserve(r);
      if (per_file_) per_file_(next_, r);
      if (r.sensitive) deploy_.sources.Add(paths_[next_], /*sensitive=*/true);
      jobs_.Append(std::move(r.config));
      diag_.Append(std::move(r.diag));
      ++next_;
    }
  }

 private:
  void Reserve(const FileResult& r) {
    std::vector<Job>& all = jobs_.jobs;
    merged_bytes_ += r.bytes;
    const std::size_t needed = all.size() + r.config.jobs.size();
    if (needed <= all.capacity()) return;
    // Jobs of this tree so far, scaled to its size (or its file count when
    // the sizes are unknown), plus 5%; at least a quarter more than now,
    // should a skewed tree defeat the estimate.
    const double tree_jobs = static_cast<double>(needed - before_);
    const double share =
        total_bytes_ > 0 && merged_bytes_ > 0
            ? static_cast<double>(total_bytes_) / static_cast<double>(merged_bytes_)
            : static_cast<double>(results_.size()) / static_cast<double>(next_ + 1);
    const auto estimate = before_ + static_cast<std::size_t>(tree_jobs * share * 1.05) + 16;
    all.reserve(std::max({needed, estimate, all.capacity() + all.capacity() / 4}));
  }

  std::vector<FileResult>& results_;
  const std::vector<std::string>& paths_;
  std::unique_ptr<std::atomic<bool>[]> done_;
  std::uintmax_t total_bytes_;  // of the tree's files, 0 when unknown
  std::size_t before_;          // jobs loaded before this tree
  std::size_t next_ = 0;        // the first file not merged
  std::uintmax_t merged_bytes_ = 0;
  Deploy& deploy_;
  JobConfig& jobs_;
  Diagnostics& diag_;
  std::function<void(std::size_t, FileResult&)> per_file_;
};

void LoadConfigYaml(const std::string& path, Deploy& deploy, JobConfig& jobs, Diagnostics& diag) {
  const FileId file = deploy.sources.Add(path);
  deploy.config.given = true;
  deploy.config.file = Position{file, 0, 0};
  std::string text;
  if (!ReadInput(path, file, "Prow config", text, diag)) return;
  ++deploy.files_read;
  bool sensitive = false;
  const Position whole = deploy.config.file;
  deploy.config = LoadConfigText(text, file, jobs, diag, sensitive);
  deploy.config.given = true;  // even when empty: input-empty says so
  deploy.config.file = whole;
  if (sensitive) deploy.sources.Add(path, /*sensitive=*/true);
}

void LoadPluginConfigFile(const std::string& path, Deploy& deploy, Diagnostics& diag) {
  const FileId file = deploy.sources.Add(path);
  std::string text;
  deploy.plugins.given = true;
  deploy.plugins.file = file;
  if (!ReadInput(path, file, "plugin config", text, diag)) return;
  ++deploy.files_read;
  deploy.plugins = LoadPluginConfigText(text, file, diag, deploy.keys);
}

// Files of one --job-config-path; `seen` holds the files earlier paths read,
// by identity, so a file reached twice is read once.
void LoadJobConfigTree(const std::string& root, unsigned threads, Deploy& deploy, JobConfig& jobs,
                       bool several_roots, std::map<std::string, std::string>& seen,
                       Diagnostics& diag, const LoadProgress& progress, ParseCache* cache) {
  const std::size_t errors_before = diag.errors.size();
  const std::vector<std::string> listed = ListJobConfigFiles(root, deploy.sources, diag);
  if (listed.empty() && diag.errors.size() == errors_before)
    diag.notes.Add("--job-config-path " + deploy.sources.Display(root) +
                   " holds no .yaml or .yml file");
  const bool single_file = listed.size() == 1 && listed.front() == root;
  std::vector<std::string> paths;
  std::map<std::string, std::size_t> again;  // earlier root -> files read through it
  for (const std::string& path : listed) {
    // One root reads each file once; only several roots can overlap.
    if (!several_roots) {
      paths.push_back(path);
      continue;
    }
    auto [it, fresh] = seen.emplace(Identity(path), root);
    if (fresh) {
      paths.push_back(path);
    } else {
      ++again[it->second];
    }
  }
  for (const auto& [earlier, n] : again)
    diag.notes.Add("--job-config-path " + deploy.sources.Display(root) + " reaches " +
                   Count(n, "file", "files") + " already read through --job-config-path " +
                   deploy.sources.Display(earlier) + ": each was read once");
  std::vector<FileId> ids;
  for (const std::string& path : paths) ids.push_back(deploy.sources.Add(path));
  const bool gzip = AnyGzip(deploy.plugins);
  std::uintmax_t total_bytes = 0;
  for (const std::string& path : paths) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec) {
      total_bytes = 0;  // unknown: estimate from the file count instead
      break;
    }
    total_bytes += size;
  }
  std::vector<FileResult> results(paths.size());
  std::vector<std::optional<std::size_t>> gzip_bytes(paths.size());
  InOrderMerge merge(results, paths, total_bytes, deploy, jobs, diag);
  merge.ForEachFile([&](std::size_t i, FileResult& r) {
    // A file given by itself must be a job config; in a tree, Prow reads
    // every .yaml and .yml and takes what it knows.
    if (single_file && !r.config.not_prow_file.empty())
      r.diag.Error(Position{ids[i], 1, 1},
                   "--job-config-path " + deploy.sources.Display(root) +
                       " holds no Prow job config: none of its keys "
                       "is one Prow reads from a job-config file (it looks like " +
                       r.config.not_prow_file + ")");
    deploy.job_files.push_back({ids[i], !single_file, r.bytes, gzip_bytes[i]});
  });
  ParallelFor(
      paths.size(), threads,
      [&](std::size_t i) {
        try {
          results[i] = LoadJobConfigFile(paths[i], ids[i], deploy.sources.Path(ids[i]), cache,
                                         gzip, gzip_bytes[i]);
        } catch (const std::exception& e) {  // bad_alloc on a huge file
          results[i] = FileResult{};
          results[i].diag.Error(Position{ids[i], 0, 0},
                                std::string("cannot load job config: ") + e.what());
        }
        merge.Done(i);
      },
      progress, [&] { merge.MergeReady(); });
  merge.MergeReady();  // what the other threads finished last
  deploy.files_read += paths.size();
}

// A directory is a repository's manifests of what exists in the cluster
// (Secrets, ConfigMaps, ServiceAccounts, ExternalSecrets); a file is a
// kubectl listing.
Inventory LoadInventoryPath(const InventoryScope& scope, const std::string& path, Deploy& deploy,
                            Diagnostics& diag) {
  // `-o yaml` inventories and repository Secrets may hold secret data.
  const FileId id = deploy.sources.Add(path, /*sensitive=*/true);
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec)) {
    std::string text;
    if (!ReadInput(path, id, "inventory", text, diag)) return {};
    ++deploy.files_read;
    return LoadInventory(text, id, scope.alias, scope.ns, diag);
  }
  Inventory inv;
  inv.alias = scope.alias;
  inv.file = id;
  for (const std::string& file : ListManifestFiles(path, id, "--inventory " + scope.alias, deploy.sources, diag)) {
    const FileId fid = deploy.sources.Add(file, /*sensitive=*/true);
    std::string text;
    if (!ReadInput(file, fid, "inventory", text, diag)) continue;
    ++deploy.files_read;
    AddInventoryManifests(text, fid, scope.ns, inv, diag);
  }
  return inv;
}

// `aliases`: the names an --inventory may mean whole, though they hold '/'.
void LoadInventories(const InputPaths& paths, const std::vector<std::string>& aliases,
                     Deploy& deploy, Diagnostics& diag) {
  for (const auto& [spec, path] : paths.inventories) {
    const InventoryScope scope = ParseInventoryScope(spec, aliases);
    Inventory inv = LoadInventoryPath(scope, path, deploy, diag);
    // Several listings of one cluster (one per namespace, say) add up.
    auto [it, fresh] = deploy.inventories.emplace(scope.alias, inv);
    if (!fresh) it->second.Merge(inv);
  }
  for (const auto& [alias, inv] : deploy.inventories)
    if (inv.size() == 0)
      diag.notes.Add("the inventory of " + Quote(alias) +
                     " lists nothing: judged as an empty "
                     "cluster");
}

// Every cluster alias the credentials define or a job names.
std::vector<std::string> KnownAliases(const Credentials& credentials, const JobConfig& jobs) {
  std::vector<std::string> out;
  for (const ClusterContext& c : credentials.AllContexts()) out.push_back(c.alias.value);
  for (const Job& job : jobs.jobs)
    if (job.cluster) out.push_back(job.cluster->value);
  return out;
}

}  // namespace

JobConfig LoadJobConfigText(std::string_view text, FileId file, Diagnostics& diag,
                            bool& sensitive) {
  YamlParseOptions options;
  options.first_document_only = true;
  std::vector<yaml::Document> docs = ParseYaml(text, file, options, diag);
  if (docs.empty()) return {};
  const yaml::Node root = docs.front().root();
  sensitive = HoldsCredentials(root);
  JobConfig config = LoadJobConfig(root, PlainScalars::kCoerce, diag);
  RecordKeys(root, SchemaRoot::kJobConfig, config.keys);
  config.not_prow_file = NotProwFile(root, SchemaRoot::kJobConfig);
  return config;
}

ProwConfig LoadConfigText(std::string_view text, FileId file, JobConfig& jobs, Diagnostics& diag,
                          bool& sensitive) {
  YamlParseOptions options;
  options.first_document_only = true;
  std::vector<yaml::Document> docs = ParseYaml(text, file, options, diag);
  if (docs.empty()) return {};
  const yaml::Node root = docs.front().root();
  sensitive = HoldsCredentials(root);
  // Prow loads any mapping as config.yaml, but a file none of whose keys is
  // a config.yaml key was given by mistake (plugins.yaml, a manifest).
  const std::string other = NotProwFile(root, SchemaRoot::kConfig);
  if (!other.empty())
    diag.Error(root.pos(),
               "--config-path holds no Prow config: none of its keys is a "
               "config.yaml key (it looks like " +
                   other + ")");
  ProwConfig config = LoadProwConfig(root, diag);
  JobConfig own = LoadJobConfig(root, PlainScalars::kRefuse, diag);
  RecordKeys(root, SchemaRoot::kConfig, own.keys);
  jobs.Append(std::move(own));
  return config;
}

namespace {

// In-repo jobs get the central presets and their repository's own, as Prow
// gives them (DefaultAndValidateProwYAML); the central jobs were finalized
// without the in-repo presets, which come after the central ones, so every
// job's preset indices point into deploy.presets.
void AddInRepoJobs(const InRepoPaths& paths, Deploy& deploy, Diagnostics& diag) {
  JobConfig in_repo = LoadInRepoJobs(paths, deploy, diag);
  if (in_repo.jobs.empty() && in_repo.presets.empty()) return;
  for (Preset& p : in_repo.presets) deploy.presets.push_back(std::move(p));
  FinalizeJobs(deploy.config, deploy.presets, in_repo.jobs);
  for (Job& job : in_repo.jobs) deploy.jobs.push_back(std::move(job));
}

}  // namespace

void LoadDeploy(const InputPaths& given, unsigned threads, Deploy& deploy, Diagnostics& diag,
                const LoadProgress& progress, ParseCache* cache) {
  deploy.sources.SetBoundary(given.boundary);
  const InputPaths paths = ConfineInputs(given, deploy.sources, diag);
  JobConfig jobs;
  if (!paths.config_path.empty()) LoadConfigYaml(paths.config_path, deploy, jobs, diag);
  // Merged before anything reads the config, as Prow merges them first.
  deploy.files_read += LoadProwConfigShards(paths.shards, deploy.config, deploy.sources, diag);
  // Before the job files: whether config_updater gzips decides what is measured.
  if (!paths.plugin_config.empty()) {
    LoadPluginConfigFile(paths.plugin_config, deploy, diag);
    deploy.files_read +=
        LoadPluginConfigShards(paths.shards, deploy.plugins, deploy.sources, diag);
  }
  std::vector<std::string> roots;
  std::map<std::string, std::string> seen;
  for (const std::string& root : paths.job_config_paths) {
    // The same path twice would load every job twice.
    if (std::find(roots.begin(), roots.end(), root) != roots.end()) continue;
    roots.push_back(root);
    const std::size_t before = jobs.jobs.size();
    LoadJobConfigTree(root, threads, deploy, jobs, paths.job_config_paths.size() > 1, seen, diag,
                      progress, cache);
    deploy.job_config_roots.push_back(
        {{deploy.sources.Display(root), Position{deploy.sources.Add(root), 0, 0}},
         jobs.jobs.size() - before});
  }
  deploy.job_config_given = !roots.empty();
  deploy.keys.Append(std::move(jobs.keys));

  const std::size_t before = deploy.sources.size();
  deploy.credentials = LoadCredentials(paths.credentials, deploy.sources, diag);
  deploy.files_read += deploy.sources.size() - before;
  LoadInventories(paths, KnownAliases(deploy.credentials, jobs), deploy, diag);
  ManifestInputs manifests = paths.manifests;
  manifests.read_as_prow_config = paths.job_config_paths;
  if (!paths.config_path.empty()) manifests.read_as_prow_config.push_back(paths.config_path);
  deploy.manifests = LoadManifests(manifests, deploy.sources, diag, deploy.files_read);

  deploy.presets = std::move(jobs.presets);
  deploy.jobs = std::move(jobs.jobs);
  FinalizeJobs(deploy.config, deploy.presets, deploy.jobs);
  AddInRepoJobs(paths.in_repo, deploy, diag);
  deploy.duplicate_keys = diag.duplicate_keys;
  deploy.suppressions = diag.suppressions;
}

}  // namespace prowlint
