// prowlint reads credentials and must never print them. testdata/canary holds
// a sentinel in every credential and secret-data field (tokens, keys,
// certificates, passwords, URL user info, Secret data, exec env) and broken
// files whose error paths see it. Every format over every input and error
// path must keep it out of stdout and stderr, plain or base64 (once or twice
// encoded, at every alignment).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include <sstream>

#include "lint/test_util.h"

namespace prowlint {
namespace {

using testing::Base64;

const std::string kCanary = "PROWLINTCANARYd41d8cd98f00b204";

// The canary as it could leak: plain, and the part of its base64 encodings
// that does not depend on the bytes around it.
std::vector<std::string> Forms() {
  std::vector<std::string> forms{kCanary};
  for (const std::string& s : {kCanary, Base64(kCanary)}) {
    for (int pad = 0; pad < 3; ++pad) {
      const std::string enc = Base64(std::string(pad, 'x') + s);
      forms.push_back(enc.substr(4, enc.size() - 8));
    }
  }
  return forms;
}

TEST(SecretCanary, FormsAreDistinctiveAndFoundInTheFixtures) {
  // Guards the test itself: the fixtures really contain the canary.
  const std::string kubeconfig =
      testing::ReadFileOrDie(testing::SourceDir() + "/testdata/canary/kubeconfig.yaml");
  EXPECT_NE(kubeconfig.find(kCanary), std::string::npos);
  const std::string secret =
      testing::ReadFileOrDie(testing::SourceDir() + "/testdata/canary/build-cluster-secret.yaml");
  bool encoded = false;
  for (const std::string& f : Forms()) encoded = encoded || secret.find(f) != std::string::npos;
  EXPECT_TRUE(encoded) << "the double-base64 forms must match the build-cluster Secret";
}

TEST(SecretCanary, NeverPrintedByAnyFormatOrErrorPath) {
  const std::vector<std::string> scenarios = {
      "--config-path config.yaml --kubeconfig kubeconfig.yaml --inventory default=inventory.yaml",
      "--config-path config.yaml --kubeconfig kubeconfig-secret.yaml --inventory "
      "other-default=inventory.yaml",
      "--config-path config.yaml --build-cluster build-cluster-secret.yaml --target-version "
      "v20190208-c35c7e3 --inventory in-cluster=inventory.yaml",
      "--config-path config.yaml --build-cluster build-cluster-secret.yaml --target-version "
      "v20190129-9e4b7ba",
      "--config-path config.yaml --kubeconfig duplicate-token-kubeconfig.yaml",
      "--config-path config.yaml --kubeconfig broken-yaml-secret.yaml",
      "--config-path config.yaml --kubeconfig bad-base64-secret.yaml",
      "--config-path config.yaml --build-cluster broken-clusters.yaml",
      "--config-path config.yaml --kubeconfig broken-kubeconfig.yaml",
      "--config-path config.yaml --kubeconfig-dir .",
      "--job-config-path .",
      "--config-path config.yaml --inventory default=broken-kubeconfig.yaml",
      "--config-path config.yaml --inventory default=kubeconfig-secret.yaml",
  };
  const std::string dir = testing::SourceDir() + "/testdata/canary";
  const auto forms = Forms();
  for (const std::string& scenario : scenarios) {
    for (const char* format : {"text", "json", "sarif", "github", "junit"}) {
      std::vector<std::string> args{"lint", "--format", format, "--fail-on", "info",
                                    "--color", "always"};
      std::istringstream words(scenario);
      for (std::string w; words >> w;) args.push_back(w);
      // Every job listed, and a baseline written: neither may carry secrets.
      const std::string baseline = (std::filesystem::temp_directory_path() /
                                    ("prowlint-canary-baseline-" + std::to_string(getpid())))
                                       .string();
      if (std::string(format) == "text")
        args.insert(args.end(), {"--verbose", "--write-baseline", baseline});
      const testing::RunResult r = testing::RunInProcess(args, dir);
      SCOPED_TRACE(scenario + " --format " + format);
      const std::string written =
          std::filesystem::exists(baseline) ? testing::ReadFileOrDie(baseline) : "";
      std::filesystem::remove(baseline);
      for (const std::string& form : forms)
        EXPECT_EQ(written.find(form), std::string::npos) << "the baseline leaks " << form;
      EXPECT_NE(r.code, 2) << "a usage error would test nothing: " << r.err;
      for (const std::string& form : forms) {
        EXPECT_EQ(r.out.find(form), std::string::npos) << "stdout leaks " << form << ":\n" << r.out;
        EXPECT_EQ(r.err.find(form), std::string::npos) << "stderr leaks " << form << ":\n" << r.err;
      }
    }
  }
}

}  // namespace
}  // namespace prowlint
