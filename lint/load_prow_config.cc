// See load_prow_config.h; fields and defaults from prow-semantics §3.1.
#include "lint/load_prow_config.h"

#include "lint/load_component_keys.h"
#include "lint/load_decoration.h"
#include "lint/yaml_fields.h"

namespace prowlint {

ProwConfig LoadProwConfig(const yaml::Node& root, Diagnostics& diag) {
  ProwConfig config;
  config.given = true;
  if (!root.IsMap()) return config;  // LoadJobConfig reports the shape
  // Prow defaults an empty pod_namespace to "default" as well.
  if (auto ns = ReadString(root, "pod_namespace", diag); ns && !ns->value.empty())
    config.pod_namespace = *ns;
  config.decorate_all_jobs = ReadBool(root, "decorate_all_jobs", diag);
  config.disabled_clusters = ReadStringList(root, "disabled_clusters", diag);
  config.decoration_defaults = LoadDecorationDefaults(root.Get("plank"), diag);
  config.components = LoadComponentKeys(root);
  return config;
}

}  // namespace prowlint
