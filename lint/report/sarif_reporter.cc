// SPDX-License-Identifier: Apache-2.0
// See sarif_reporter.h. nlohmann::json does all escaping.
#include "lint/report/sarif_reporter.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "lint/engine/fingerprint.h"

namespace prowlint {
namespace {

using nlohmann::json;

const char* Level(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "error";
}

// Artifact URIs are relative references: percent-encode what a URI path
// cannot hold as is.
std::string UriPath(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// A path as displayed, as an artifact location: relative to the repository
// root (or, outside a repository, the working directory) under %SRCROOT%,
// where code scanning resolves it; an absolute file:// URI for a file
// outside it (a kubeconfig in /tmp).
json ArtifactLocation(const Report& report, const std::string& path) {
  namespace fs = std::filesystem;
  fs::path p(path);
  if (report.working_dir.empty()) {  // nothing to resolve against
    if (p.is_absolute()) return {{"uri", "file://" + UriPath(p.lexically_normal().string())}};
    return {{"uri", UriPath(p.lexically_normal().string())}, {"uriBaseId", "%SRCROOT%"}};
  }
  const fs::path absolute = (p.is_absolute() ? p : fs::path(report.working_dir) / p).lexically_normal();
  const fs::path root = report.repo_root.empty() ? report.working_dir : report.repo_root;
  const fs::path relative = absolute.lexically_relative(root);
  if (!relative.empty() && *relative.begin() != "..")
    return {{"uri", UriPath(relative.string())}, {"uriBaseId", "%SRCROOT%"}};
  return {{"uri", "file://" + UriPath(absolute.string())}};
}

json PhysicalLocation(const Report& report, const Position& pos) {
  json physical = {{"artifactLocation", ArtifactLocation(report, report.sources->Path(pos.file))}};
  if (pos.line > 0) {
    physical["region"] = {{"startLine", pos.line}};
    if (pos.column > 0) physical["region"]["startColumn"] = pos.column;
  }
  return physical;
}

json Rules(const Report& report) {
  json rules = json::array();
  for (const RuleMeta& r : report.rules) {
    std::string why = WhyParagraph(r.doc);
    if (why.empty()) why = r.summary;
    json rule = {{"id", r.id},
                 {"name", r.id},
                 {"shortDescription", {{"text", r.summary}}},
                 {"fullDescription", {{"text", why}}},
                 {"help", {{"text", r.doc}, {"markdown", r.doc}}},
                 {"defaultConfiguration", {{"level", Level(r.default_severity)}}}};
    if (!report.tool_uri.empty()) rule["helpUri"] = RuleDocUri(report, r.id);
    rules.push_back(rule);
  }
  return rules;
}

}  // namespace

std::string WhyParagraph(const std::string& doc) {
  const auto heading = doc.find("## Why it matters");
  if (heading == std::string::npos) return "";
  auto start = doc.find('\n', heading);
  if (start == std::string::npos) return "";
  while (start < doc.size() && doc[start] == '\n') ++start;
  auto end = doc.find("\n\n", start);
  std::string para = doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
  for (char& c : para)
    if (c == '\n') c = ' ';
  return para;
}

namespace {

// GitHub code scanning's limit on relatedLocations per result.
constexpr std::size_t kMaxRelatedLocations = 1000;

// The finding's fingerprint (lint/engine/fingerprint.h) as 16 hex digits: FNV-1a
// over its fields, each ended by a NUL so no two field lists collide.
std::string IdentityHash(const Finding& f) {
  const Fingerprint fp = FingerprintOf(f);
  std::uint64_t h = 1469598103934665603ULL;
  for (const std::string* field : {&fp.rule, &fp.job, &fp.object, &fp.cluster}) {
    for (unsigned char c : *field) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ 0) * 1099511628211ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

// Every job of a finding many jobs share, then the other places. GitHub
// keeps at most 1,000 related locations per result; past that the upload is
// refused, so the rest are only counted (`left_out`).
json RelatedLocations(const Report& report, const Finding& f, std::size_t* left_out) {
  json related = json::array();
  int id = 0;
  if (f.jobs.size() > 1)
    for (const JobRef& j : f.jobs)
      if (j.pos.Known())
        related.push_back({{"id", id++},
                           {"physicalLocation", PhysicalLocation(report, j.pos)},
                           {"message", {{"text", "job \"" + j.name + "\""}}}});
  for (const Related& r : f.related) {
    if (!r.pos.Known()) continue;
    related.push_back({{"id", id++},
                       {"physicalLocation", PhysicalLocation(report, r.pos)},
                       {"message", {{"text", r.message}}}});
  }
  *left_out = 0;
  if (related.size() > kMaxRelatedLocations) {
    *left_out = related.size() - kMaxRelatedLocations;
    related.erase(related.begin() + kMaxRelatedLocations, related.end());
  }
  return related;
}

json Result(const Report& report, const Finding& f, const std::map<std::string, int>& rule_index) {
  json result = {{"ruleId", f.rule_id},
                 {"level", Level(f.severity)},
                 {"message", {{"text", f.hint.empty() ? f.message : f.message + ". Hint: " + f.hint}}}};
  if (auto it = rule_index.find(f.rule_id); it != rule_index.end()) result["ruleIndex"] = it->second;
  if (f.pos.Known()) result["locations"] = json::array({{{"physicalLocation", PhysicalLocation(report, f.pos)}}});
  std::size_t related_left_out = 0;
  json related = RelatedLocations(report, f, &related_left_out);
  if (!related.empty()) result["relatedLocations"] = related;
  // Code scanning matches results across runs by these; prowlint's own
  // identity (rule, subject, cluster) survives moved lines and new tags.
  result["partialFingerprints"] = {{"prowlintIdentity/v1", IdentityHash(f)}};
  if (!f.job.empty()) result["properties"] = {{"job", f.job}};
  if (f.jobs.size() > 1) {
    json names = json::array();
    for (const JobRef& j : f.jobs) names.push_back(j.name);
    result["properties"] = {{"jobs", names}};
  }
  if (related_left_out) result["properties"]["relatedLocationsLeftOut"] = related_left_out;
  // SARIF's own word for a comparison with a base revision.
  if (f.change != Finding::Change::kNotCompared)
    result["baselineState"] = f.change == Finding::Change::kNew ? "new" : "unchanged";
  if (f.suppressed) {
    result["suppressions"] = json::array(
        {{{"kind", f.external ? "external" : "inSource"}, {"justification", f.justification}}});
  }
  return result;
}

// Input errors, notes and stale baseline entries.
json Invocation(const Report& report) {
  json invocation = {{"executionSuccessful", report.input_errors.empty()}};
  json notifications = json::array();
  for (const InputError& e : report.input_errors) {
    json n = {{"level", "error"}, {"message", {{"text", e.message}}}};
    if (e.pos.Known()) n["locations"] = json::array({{{"physicalLocation", PhysicalLocation(report, e.pos)}}});
    notifications.push_back(n);
  }
  for (const std::string& note : report.notes)
    notifications.push_back({{"level", "note"}, {"message", {{"text", note}}}});
  for (const BaselineEntry& e : report.baseline.stale)
    notifications.push_back(
        {{"level", "note"},
         {"message", {{"text", "baseline entry matches no finding any more: " + Describe(e.fingerprint)}}},
         {"locations", json::array({{{"physicalLocation", PhysicalLocation(report, e.pos)}}})}});
  invocation["toolExecutionNotifications"] = notifications;
  return invocation;
}

}  // namespace

void WriteSarif(const Report& report, std::ostream& out) {
  std::map<std::string, int> rule_index;
  for (std::size_t i = 0; i < report.rules.size(); ++i)
    rule_index[report.rules[i].id] = static_cast<int>(i);
  json results = json::array();
  for (const Finding& f : report.findings) results.push_back(Result(report, f, rule_index));

  json driver = {{"name", "prowlint"},
                 {"rules", Rules(report)}};
  if (!report.tool_uri.empty()) driver["informationUri"] = report.tool_uri;
  if (!report.tool_version.empty()) driver["version"] = report.tool_version;
  json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({{{"tool", {{"driver", driver}}},
                                       {"columnKind", "unicodeCodePoints"},
                                       {"invocations", json::array({Invocation(report)})},
                                       {"results", results}}})}};
  // Names come from input files: never let a stray byte stop the report.
  out << sarif.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace prowlint
