// SPDX-License-Identifier: Apache-2.0
// Fuzzes the YAML boundary (ParseYaml) and the tree accessors the loaders
// use, under every parse option.
#include <cstdint>
#include <unordered_set>

#include "fuzz/fuzz_util.h"
#include "lint/yaml/yaml_loader.h"
#include "lint/yaml/yaml_tree.h"

namespace prowlint {
namespace {

// Visits every node once (aliases share nodes: walking each use could be
// exponential) and calls what the loaders call.
void Walk(const yaml::Node& node, std::unordered_set<const void*>& seen, std::size_t& work) {
  if (++work > 1000000) return;
  if (node.pos().line < 0 || node.pos().column < 0) std::abort();
  (void)node.Describe();
  (void)node.AsBool();
  (void)node.IsPlainNonString();
  (void)node.CoercedText();
  const void* id = node.IsMap()   ? static_cast<const void*>(node.Entries().begin())
                   : node.IsSeq() ? static_cast<const void*>(node.Items().begin())
                                  : nullptr;
  if (id && !seen.insert(id).second) return;
  for (const yaml::Entry& e : node.Entries()) {
    if (node.Get(e.key.Text()).kind() != node.Get(e.key.Text()).kind()) std::abort();
    (void)node.Key(e.key.Text());
    Walk(e.key, seen, work);
    Walk(e.value, seen, work);
  }
  for (const yaml::Node& item : node.Items()) Walk(item, seen, work);
}

}  // namespace
}  // namespace prowlint

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace prowlint;
  std::uint8_t selector = 0;
  const std::string_view text = fuzz::Text(data, size, &selector);
  YamlParseOptions options;
  options.first_document_only = selector & 1;
  if (selector & 2) {
    options.collapse_positions = true;
    options.enclosing = Position{3, 7, 9};
    options.what = "data key \"config\" of Secret \"x\"";
  }
  if (selector & 4) {
    options.line_offset = 12;
    options.column_offset = 4;
  }
  Diagnostics diag;
  const std::vector<yaml::Document> docs = ParseYaml(text, 3, options, diag);
  fuzz::CheckErrors(diag);
  if (options.first_document_only && docs.size() > 1) std::abort();
  std::unordered_set<const void*> seen;
  std::size_t work = 0;
  for (const yaml::Document& doc : docs) Walk(doc.root(), seen, work);
  return 0;
}
