// Everything a rule may look at: the loaded inputs and what prowlint derived
// from them for the target version. Rules only ever see this.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lint/cluster_resolution.h"
#include "lint/diagnostics.h"
#include "lint/model/credentials.h"
#include "lint/model/inventory.h"
#include "lint/model/job.h"
#include "lint/model/preset.h"
#include "lint/model/prow_config.h"
#include "lint/source_set.h"

namespace prowlint {

struct Deploy {
  Deploy() = default;
  // `clusters` and reports point into the credentials and sources: a copy
  // would dangle.
  Deploy(const Deploy&) = delete;
  Deploy& operator=(const Deploy&) = delete;

  SourceSet sources;
  std::size_t files_read = 0;
  ProwConfig config;
  std::vector<Job> jobs;  // finalized
  std::vector<Preset> presets;
  Credentials credentials;
  std::map<std::string, Inventory> inventories;  // by --inventory alias
  std::vector<DuplicateKey> duplicate_keys;
  std::vector<Suppression> suppressions;  // `# prowlint:ignore=` directives
  std::vector<std::string> load_notes;    // what loading skipped, said once
  /// The run's date (YYYY-MM-DD), for suppressions with until=.
  std::string today;
  /// Every rule id this build knows, for directives that name others.
  std::vector<std::string> rule_ids;

  ClusterOptions cluster_options;
  /// Derived for the target version by ResolveClusters().
  ClusterResolution clusters;

  /// The inventory that tells what exists where `d` lands: the alias's own,
  /// the service cluster's ("in-cluster" or --service-cluster), or one of an
  /// alias with the same server. nullptr when none was given.
  const Inventory* InventoryFor(const Destination& d) const;
};

}  // namespace prowlint
