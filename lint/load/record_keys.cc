// SPDX-License-Identifier: Apache-2.0
// See record_keys.h.
#include "lint/load/record_keys.h"

#include <algorithm>

namespace prowlint {
namespace {

class Walker {
 public:
  explicit Walker(KeyUses& out) : out_(out) {}

  // A mapping decoded as schema type `type`.
  void Struct(const yaml::Node& node, int type, int parent_since, Position job) {
    if (!node.IsMap() || type < 0) return;
    const std::string_view name = schema::Type(type).name;
    if (name == "config.Presubmit" || name == "config.Postsubmit" || name == "config.Periodic") {
      const yaml::Node job_name = node.Get("name");
      job = job_name.Present() ? job_name.pos() : node.pos();
    }
    for (const yaml::Entry& e : node.Entries()) {
      const std::string& key = e.key.Str();
      bool case_only = false;
      const int f = schema::Find(type, key, case_only);
      const SchemaField* field = f >= 0 ? &schema::Field(f) : nullptr;
      const bool versioned = field && (field->since != 0 || field->removed != 0);
      if (!field || case_only || versioned) {
        KeyUseGroup& g = out_.Group(type, key);
        if (g.uses.empty()) {
          g.field = f;
          g.case_only = case_only;
        }
        g.uses.push_back({e.key.pos(), job, parent_since});
      }
      if (!field || field->type < 0 || field->removed != 0) continue;
      Value(e.value, field->type, field->shape, std::max(parent_since, field->since), job);
    }
  }

 private:
  // A value of `shape` ("ML": a map of lists) around struct `type`.
  void Value(const yaml::Node& node, int type, std::string_view shape, int since, Position job) {
    if (shape.empty()) return Struct(node, type, since, job);
    if (shape.front() == 'M') {
      if (!node.IsMap()) return;
      for (const yaml::Entry& e : node.Entries()) Value(e.value, type, shape.substr(1), since, job);
    } else {
      // A list; a value of another shape (Prow's old plugin list where a
      // map is due) is not entered.
      if (!node.IsSeq()) return;
      for (const yaml::Node& item : node.Items()) Value(item, type, shape.substr(1), since, job);
    }
  }

  KeyUses& out_;
};

}  // namespace

KeyUseGroup& KeyUses::Group(int type, const std::string& key) {
  for (KeyUseGroup& g : groups)
    if (g.type == type && g.key == key) return g;
  KeyUseGroup& g = groups.emplace_back();
  g.type = type;
  g.key = key;
  return g;
}

void KeyUses::Append(KeyUses&& other) {
  for (KeyUseGroup& g : other.groups) {
    KeyUseGroup& mine = Group(g.type, g.key);
    if (mine.uses.empty()) {
      mine.field = g.field;
      mine.case_only = g.case_only;
    }
    mine.uses.insert(mine.uses.end(), g.uses.begin(), g.uses.end());
  }
}

void RecordKeys(const yaml::Node& root, SchemaRoot kind, KeyUses& out) {
  Walker(out).Struct(root, schema::RootType(kind), 0, Position{});
}

const char* SchemaRootName(SchemaRoot kind) {
  switch (kind) {
    case SchemaRoot::kConfig:
      return "config.yaml";
    case SchemaRoot::kJobConfig:
      return "a job-config file";
    case SchemaRoot::kPlugins:
      return "plugins.yaml";
  }
  return "";
}

std::string NotProwFile(const yaml::Node& root, SchemaRoot kind) {
  if (!root.IsMap() || root.Entries().empty()) return "";
  auto knows = [&](SchemaRoot r) {
    for (const yaml::Entry& e : root.Entries()) {
      bool case_only = false;
      if (schema::Find(schema::RootType(r), e.key.Text(), case_only) >= 0) return true;
    }
    return false;
  };
  if (knows(kind)) return "";
  if (root.Get("apiVersion").Present() && root.Get("kind").Present())
    return "a Kubernetes manifest";
  for (SchemaRoot other : {SchemaRoot::kPlugins, SchemaRoot::kConfig}) {
    // Job-config keys are config.yaml keys too: only say "config.yaml" for
    // a file holding more than jobs.
    if (other != kind && knows(other)) return SchemaRootName(other);
  }
  return "no Prow file";
}

}  // namespace prowlint
