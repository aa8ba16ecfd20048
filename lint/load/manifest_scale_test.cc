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
using testing::RunCommand;
using testing::TempDir;

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

// Issue 23: a manifest file's documents were all parsed before any was read,
// so 200,000 ConfigMaps (23 MiB) held 200,000 trees of at least one 4 KiB
// arena block each: 890 MiB, bad_alloc under 300 MiB of address space.
// Documents are read one at a time now, and a ConfigMap costs its name.
TEST(ManifestScale, ManyConfigMapsCostTheirNamesNotTheirTrees) {
  TempDir dir;
  dir.Write("config.yaml", "prowjob_namespace: default\npod_namespace: test-pods\n");
  std::string manifests;
  for (int i = 0; i < 200000; ++i)
    manifests += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-" +
                 std::to_string(i) + "\n  namespace: test-pods\ndata:\n  value: v\n";
  dir.Write("configmaps.yaml", manifests);
  const auto r = RunCommand(testing::AddressSpaceLimit(307200) + "timeout -s KILL 120 '" +
                                std::string(PROWLINT_BINARY) +
                                "' lint --threads 1 --config-path config.yaml "
                                "--deploy-manifest configmaps.yaml --format json",
                            dir.path());
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

}  // namespace
}  // namespace prowlint
