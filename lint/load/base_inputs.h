// SPDX-License-Identifier: Apache-2.0
// Where the base side of a comparison (plan, lint --base/--base-ref) reads
// each input the head names. A repository file is read as the base revision
// has it; anything outside the repository, or untracked (credentials,
// inventories), is shared: both sides read the working-tree file. Paths are
// mapped, never the process's working directory, so everything the base
// loads is named exactly as the head names it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "lint/base/source_set.h"
#include "lint/load/load_deploy.h"

namespace prowlint {

enum class BaseRead {
  kOwn,     // the base revision's copy, at BaseLocation::path
  kShared,  // the same file as the head's
  kAbsent,  // the base revision does not have it (the change adds it)
};

struct BaseLocation {
  BaseRead read = BaseRead::kShared;
  std::string path;  // kOwn: where to read it
};

/// Decides where the base reads one input, given as the head names it.
using BaseLocator = std::function<BaseLocation(const std::string& given)>;

/// The base's counterpart of the head's working directory is `dir`
/// (--base DIR): a path inside the working directory is read at the same
/// place under `dir`. A path outside it is shared; one `dir` lacks is shared
/// when git does not track it in the head's repository, else absent.
BaseLocator LocateUnder(const std::string& dir);

/// Both sides read the same files (--current-version without a base).
BaseLocator LocateSame();

/// What the base side loads, and what the mapping decided.
struct BaseInputs {
  InputPaths paths;
  std::vector<std::string> shared;  // inputs both sides read, as given
  std::vector<std::string> absent;  // inputs the base revision lacks, as given
};

/// Rewrites the head's inputs for the base side and makes `sources` show
/// every own path under the head's name (SourceSet::MapReads). Standard
/// input has no base revision and is dropped.
BaseInputs MapBaseInputs(const InputPaths& head, const BaseLocator& locate, SourceSet& sources);

/// One note on what the mapping shared and left out, or "" when nothing.
std::string BaseInputsNote(const BaseInputs& inputs);

}  // namespace prowlint
