// SPDX-License-Identifier: Apache-2.0
// prowlint reads credentials and must never print them. testdata/canary holds
// a sentinel in every credential and secret-data field (tokens, keys,
// certificates, passwords, URL user info, Secret data, exec env), in the
// Secret manifests of a deploy tree (deploy/), and broken files whose error
// paths see it; certificates-*.yaml hold certificates, keys and JWTs that
// decode, with the sentinel in each certificate's subject, in the key block
// and in the tokens' claims, so that the rules that judge them
// (credential-expiring, credential-malformed) run. Every format (on stdout and
// into files) over every fixture in every input slot must keep it out of
// stdout, stderr and the files written, plain or base64 (once or twice
// encoded, at every alignment); so must prowlint plan, which reports the
// findings a change brings.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::Base64;

const std::string kCanary = "PROWLINTCANARYd41d8cd98f00b204";
const char* const kFormats[] = {"text", "json", "sarif", "github", "junit", "markdown"};

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

TEST(SecretCanary, CertificateFixturesReachTheRulesThatDecodeThem) {
  // Guards the new scenarios: the material decodes and the rules judge it
  // (by CN, date and field), so the canary test covers their messages.
  const testing::RunResult r =
      testing::RunInProcess({"lint", "--config-path", "config.yaml", "--kubeconfig",
                             "certificates-kubeconfig.yaml", "--color", "never"},
                            testing::SourceDir() + "/testdata/canary");
  for (const char* expected :
       {"(CN \"canary-test-ca\") expired on 2020-01-01 [credential-expiring]",
        "the JWT bearer token of alias \"bundle\" expired on 2020-01-01",
        "field \"client-key-data\" of user entry \"client\" (aliases \"default\", \"http\", "
        "\"lost\") is not an unencrypted PEM private key"})
    EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
}

// Every fixture in every input slot, plus the combinations that reach the
// rules (findings over credential files, Secrets among job configs).
std::vector<std::string> Scenarios() {
  std::vector<std::string> scenarios = {
      "--config-path config.yaml --kubeconfig kubeconfig.yaml --inventory default=inventory.yaml",
      "--config-path config.yaml --kubeconfig kubeconfig-secret.yaml --inventory "
      "other-default=inventory.yaml",
      "--config-path config.yaml --build-cluster build-cluster-secret.yaml --target-version "
      "v20190208-c35c7e3 --inventory in-cluster=inventory.yaml",
      "--config-path config.yaml --build-cluster build-cluster-secret.yaml --target-version "
      "v20190129-9e4b7ba",
      "--config-path config.yaml --kubeconfig-dir .",
      "--job-config-path .",
      "--config-path config.yaml --job-config-path job-with-secret.yaml --kubeconfig "
      "kubeconfig.yaml --inventory default=inventory.yaml",
      "--config-path config.yaml --inventory default=broken-kubeconfig.yaml",
      "--config-path config.yaml --inventory default=kubeconfig-secret.yaml",
      // Deploy-tree Secrets, read by every version rule.
      "--config-path config.yaml --deploy-dir deploy --inventory in-cluster=inventory.yaml",
      "--config-path config.yaml --deploy-dir deploy --kubeconfig kubeconfig-secret.yaml "
      "--current-version v20250101-0123456789",
      "--config-path config.yaml --deploy-manifest deploy-broken/broken-secret.yaml",
      "--config-path config.yaml --kubeconfig certificates-kubeconfig.yaml",
      "--config-path config.yaml --kubeconfig certificates-kubeconfig.yaml --kubeconfig "
      "kubeconfig.yaml --expiry-warning 99999",
      "--config-path config.yaml --build-cluster certificates-clusters.yaml --target-version "
      "v20190125-2aca69d",
  };
  std::vector<std::string> fixtures;
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() + "/testdata/canary"))
    if (entry.is_regular_file() && entry.path().filename() != "config.yaml")
      fixtures.push_back(entry.path().filename().string());
  std::sort(fixtures.begin(), fixtures.end());
  for (const std::string& f : fixtures) {
    scenarios.push_back("--config-path config.yaml --kubeconfig " + f);
    scenarios.push_back("--config-path config.yaml --build-cluster " + f);
    scenarios.push_back(
        "--config-path config.yaml --kubeconfig kubeconfig.yaml --inventory default=" + f);
    scenarios.push_back("--config-path config.yaml --job-config-path " + f);
    scenarios.push_back("--config-path " + f);
  }
  return scenarios;
}

// Asserts that no form of the canary is in `text`.
void ExpectNoCanary(const std::string& text, const std::string& where) {
  for (const std::string& form : Forms())
    EXPECT_EQ(text.find(form), std::string::npos) << where << " leaks " << form << ":\n" << text;
}

TEST(SecretCanary, NeverPrintedByAnyFormatOrErrorPath) {
  const std::string dir = testing::SourceDir() + "/testdata/canary";
  const testing::TempDir out_dir;
  std::size_t errors = 0, findings = 0;
  for (const std::string& scenario : Scenarios()) {
    std::vector<std::string> inputs;
    std::istringstream words(scenario);
    for (std::string w; words >> w;) inputs.push_back(w);
    auto run = [&](std::vector<std::string> args) {
      args.insert(args.begin(), "lint");
      args.insert(args.end(), {"--fail-on", "info"});
      args.insert(args.end(), inputs.begin(), inputs.end());
      return testing::RunInProcess(args, dir);
    };
    // Each format alone on standard output (text then goes to stderr when
    // inputs fail); with text, every job listed and a baseline written.
    for (const char* format : kFormats) {
      SCOPED_TRACE(scenario + " --format " + format);
      const std::string baseline = out_dir / "baseline";
      std::vector<std::string> args{"--format", format, "--color", "always"};
      if (std::string(format) == "text")
        args.insert(args.end(), {"--verbose", "--write-baseline", baseline});
      const testing::RunResult r = run(args);
      if (fs::exists(baseline)) {
        ExpectNoCanary(testing::ReadFileOrDie(baseline), "the baseline");
        fs::remove(baseline);
      }
      EXPECT_NE(r.code, 2) << "a usage error would test nothing: " << r.err;
      errors += r.code == 3;
      findings += r.code == 1;
      ExpectNoCanary(r.out, "stdout");
      ExpectNoCanary(r.err, "stderr");
    }
    // ...and all of them written to files at once.
    std::vector<std::string> args;
    for (const char* format : kFormats)
      args.insert(args.end(), {"--format", format, "--output", out_dir / format});
    SCOPED_TRACE(scenario + " (every format to a file)");
    const testing::RunResult r = run(args);
    EXPECT_NE(r.code, 2) << r.err;
    ExpectNoCanary(r.out, "stdout");
    ExpectNoCanary(r.err, "stderr");
    for (const char* format : kFormats) {
      const std::string written = testing::ReadFileOrDie(out_dir / format);
      // GitHub annotations exist only for findings and errors with a line.
      if (std::string(format) != "github") {
        EXPECT_FALSE(written.empty()) << format;
      }
      ExpectNoCanary(written, std::string("the ") + format + " file");
    }
  }
  // Guards the test itself: both the error paths and the rules were reached.
  EXPECT_GT(errors, 100u);
  EXPECT_GT(findings, 10u);
}

TEST(SecretCanary, PlanNeverPrintsIt) {
  // prowlint plan reads the same credentials and reports the findings a
  // change brings: against a base whose kubeconfig holds no material, every
  // finding about the certificates and tokens is new and printed (Markdown);
  // none of plan's formats may carry the material.
  const std::string dir = testing::SourceDir() + "/testdata/canary";
  testing::TempDir base;
  testing::WriteFile(base.path() + "/config.yaml", testing::ReadFileOrDie(dir + "/config.yaml"));
  testing::WriteFile(base.path() + "/certificates-kubeconfig.yaml",
                     "apiVersion: v1\nkind: Config\nclusters:\n- name: build\n"
                     "  cluster: {server: \"https://build.example.invalid\"}\n"
                     "contexts:\n- name: default\n  context: {cluster: build, user: \"\"}\n"
                     "current-context: default\n");
  const auto forms = Forms();
  for (const char* format : {"text", "json", "markdown"}) {
    SCOPED_TRACE(format);
    const testing::RunResult r = testing::RunInProcess(
        {"plan", "--base", base.path(), "--config-path", "config.yaml", "--kubeconfig",
         "certificates-kubeconfig.yaml", "--format", format, "--color", "always", "--verbose"},
        dir);
    EXPECT_NE(r.code, 2) << "a usage error would test nothing: " << r.err;
    // Guards the test: the Markdown report (the one that lists the findings
    // a change brings) reports those about the material.
    if (std::string(format) == "markdown") {
      EXPECT_NE(r.out.find("(CN \"canary-test-client\")"), std::string::npos) << r.out;
      EXPECT_NE(r.out.find("JWT bearer token of alias"), std::string::npos) << r.out;
    }
    for (const std::string& form : forms) {
      EXPECT_EQ(r.out.find(form), std::string::npos) << "stdout leaks " << form << ":\n" << r.out;
      EXPECT_EQ(r.err.find(form), std::string::npos) << "stderr leaks " << form << ":\n" << r.err;
    }
  }
}

}  // namespace
}  // namespace prowlint
