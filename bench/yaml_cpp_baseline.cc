// SPDX-License-Identifier: Apache-2.0
// The benchmark's baseline: what plain yaml-cpp costs to parse the same files
// prowlint reads (YAML::Load of every file into a YAML::Node tree, one thread,
// nothing checked). bench/run.py reports prowlint's time and memory as ratios
// to this, measured in the same run.
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::vector<YAML::Node> keep;  // held to the end, as a tree-based linter would
  std::size_t files = 0;
  for (int i = 1; i < argc; ++i) {
    std::vector<fs::path> paths;
    if (fs::is_directory(argv[i])) {
      for (const auto& e : fs::recursive_directory_iterator(argv[i])) {
        const auto ext = e.path().extension();
        if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml")) paths.push_back(e.path());
      }
    } else {
      paths.push_back(argv[i]);
    }
    for (const fs::path& p : paths) {
      std::ifstream in(p);
      std::stringstream text;
      text << in.rdbuf();
      try {
        keep.push_back(YAML::Load(text.str()));
      } catch (const YAML::Exception&) {
      }
      ++files;
    }
  }
  std::cout << files << " files\n";
  return 0;
}
