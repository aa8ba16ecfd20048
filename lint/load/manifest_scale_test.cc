// SPDX-License-Identifier: Apache-2.0
// Regression tests of issue 12 ("unbreakable on bad input") for deploy manifests at scale, one per
// defect and named after it. Each failed, or hung and was stopped by its
// deadline, before its fix.
#include <gtest/gtest.h>

#include <string>

#include "lint/load/load_manifests.h"
#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

using testing::Errors;
using testing::FinishesWithin;

// Found after issue 12, feeding `kubectl get configmaps -o json | jq -c` as a
// manifest: every ConfigMap and Secret indexed the lines of the whole file
// anew, and on a one-line file each then searched to the end for its line's
// end. 40,000 ConfigMaps took over a minute; one index serves them all now.
TEST(ManifestScale, SecretLinesWereIndexedOncePerObject) {
  auto config_map = [](int i) {
    return "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cm-" +
           std::to_string(i) + "\",\"namespace\":\"default\"},\"data\":{\"k\":\"v\"}}";
  };
  const int kItems = 40000;
  std::string one_line = "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[";
  std::string many_lines = "apiVersion: v1\nkind: List\nitems:\n";
  for (int i = 0; i < kItems; ++i) {
    one_line += (i ? "," : "") + config_map(i);
    many_lines += "- " + config_map(i) + "\n";
  }
  one_line += "]}";
  for (const std::string* text : {&one_line, &many_lines}) {
    SourceSet sources;
    const FileId file = sources.Add("configmaps.json");
    Manifests m;
    Diagnostics diag;
    auto load = [&] { LoadManifestText(*text, file, {}, m, sources, diag); };
    ASSERT_TRUE(FinishesWithin(30, load)) << "too slow: quadratic?";
    load();  // again here: the child's results stay in the child
    EXPECT_FALSE(diag.HasErrors()) << Errors(diag);
    EXPECT_EQ(m.objects.size(), static_cast<std::size_t>(kItems));
  }
}

}  // namespace
}  // namespace prowlint
