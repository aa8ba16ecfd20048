// SPDX-License-Identifier: Apache-2.0
// Inputs that lead out of the repository (issue 23 N6): a pull request
// controls its tree, symlinks included, and its .prowlint.yaml, not the
// command line. A job file, manifest or kubeconfig that is a symlink out of
// the repository is not read (a note says so); a .prowlint.yaml path out of
// it is an error; what the command line names outside it is read, with a
// note, and its lines are never quoted (lint/base/input_boundary.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "lint/testing/test_util.h"

namespace prowlint {
namespace {

namespace fs = std::filesystem;
using testing::RunBinary;
using testing::TempDir;

const char kConfig[] = "prowjob_namespace: default\npod_namespace: test-pods\n";
const char kJobs[] =
    "periodics:\n- name: good\n  interval: 1h\n  spec:\n    containers:\n    - image: alpine\n";
// What a pull request would like a report to show: a job file whose lines
// carry a marker, and a service-account key a symlink could point at.
const char kMarker[] = "CANARY-7f3e";
const char kOutsideJobs[] =
    "periodics:\n- name: outside-CANARY-7f3e\n  interval: 1h\n  spec:\n    containers:\n"
    "    - image: gcr.io/CANARY-7f3e/leak:latest\n";
const char kServiceAccountKey[] =
    "{\"type\": \"service_account\", \"private_key_id\": \"CANARY-7f3e\",\n"
    " \"client_email\": \"CANARY-7f3e@example.iam.gserviceaccount.com\"}\n";
const char* const kFormats[] = {"text", "json", "sarif", "github", "junit", "markdown"};

// A repository (repo/, with .git) beside a directory it does not hold
// (outside/), both in one temporary directory.
struct Tree {
  TempDir tmp;
  std::string repo = tmp / "repo";
  std::string outside = tmp / "outside";
  Tree() {
    fs::create_directories(repo + "/.git");
    tmp.Write("repo/config.yaml", kConfig);
    tmp.Write("repo/jobs/good.yaml", kJobs);
    tmp.Write("outside/jobs.yaml", kOutsideJobs);
    tmp.Write("outside/key.json", kServiceAccountKey);
  }
};

// Lines a text report quotes: "  12 |   name: value".
bool QuotesALine(const std::string& text) {
  return std::regex_search(text, std::regex(R"((^|\n) *\d+ \| )"));
}

TEST(InputBoundary, AJobFileLinkedOutOfTheRepositoryIsNotRead) {
  Tree t;
  fs::create_symlink(t.outside + "/jobs.yaml", t.repo + "/jobs/linked.yaml");
  fs::create_symlink("../../outside/key.json", t.repo + "/jobs/key.yaml");
  for (const char* format : kFormats) {
    SCOPED_TRACE(format);
    const auto r = RunBinary(std::string("lint --config-path config.yaml --job-config-path jobs "
                                         "--fail-on none --format ") + format,
                             t.repo);
    EXPECT_EQ(r.code, 0) << r.out << r.err;
    EXPECT_EQ((r.out + r.err).find(kMarker), std::string::npos) << r.out << r.err;
    if (std::string(format) == "text") {
      EXPECT_NE(r.out.find("jobs/linked.yaml is a symbolic link out of the repository and was "
                           "not read"),
                std::string::npos)
          << r.out;
      EXPECT_NE(r.out.find("jobs/key.yaml is a symbolic link out of the repository"),
                std::string::npos)
          << r.out;
    }
  }
  // The same file as the repository's own is read, and its lines quoted:
  // the checks above can fail.
  fs::remove(t.repo + "/jobs/linked.yaml");
  fs::remove(t.repo + "/jobs/key.yaml");
  t.tmp.Write("repo/jobs/own.yaml", kOutsideJobs);
  const auto own = RunBinary("lint --config-path config.yaml --job-config-path jobs --fail-on none",
                             t.repo);
  EXPECT_NE(own.out.find(kMarker), std::string::npos) << own.out;
  EXPECT_TRUE(QuotesALine(own.out)) << own.out;
}

TEST(InputBoundary, WhatTheCommandLineNamesOutsideIsReadButNotQuoted) {
  Tree t;
  const auto r = RunBinary(
      "lint --config-path config.yaml --job-config-path ../outside/jobs.yaml --fail-on none",
      t.repo);
  EXPECT_EQ(r.code, 0) << r.err;
  // Read: its job's finding is there (the image's :latest tag) ...
  EXPECT_NE(r.out.find("../outside/jobs.yaml:"), std::string::npos) << r.out;
  // ... said, and never quoted.
  EXPECT_NE(r.out.find("note: read outside the repository because the command line names it "
                       "(its lines are not quoted): ../outside/jobs.yaml"),
            std::string::npos)
      << r.out;
  EXPECT_FALSE(QuotesALine(r.out)) << r.out;
  // A symlinked checkout the command line names is read through.
  fs::create_directory_symlink(t.outside, t.repo + "/elsewhere");
  const auto linked = RunBinary(
      "lint --config-path config.yaml --job-config-path elsewhere --fail-on none", t.repo);
  EXPECT_EQ(linked.code, 0) << linked.err;
  EXPECT_NE(linked.out.find("elsewhere/jobs.yaml:"), std::string::npos) << linked.out;
  EXPECT_FALSE(QuotesALine(linked.out)) << linked.out;
}

TEST(InputBoundary, AProjectConfigPathOutOfTheRepositoryIsAnError) {
  Tree t;
  fs::create_directory_symlink(t.outside, t.repo + "/linked");
  for (const std::string& path : {std::string("../outside"), t.outside, std::string("linked")}) {
    SCOPED_TRACE(path);
    t.tmp.Write("repo/.prowlint.yaml", "config-path: config.yaml\njob-config-path: " + path + "\n");
    const auto r = RunBinary("lint", t.repo);
    EXPECT_EQ(r.code, 2) << r.out << r.err;
    EXPECT_NE(r.err.find(".prowlint.yaml:2:18: error: \"" + path +
                         "\" leads out of the repository; .prowlint.yaml may name only paths "
                         "inside it (give this one on the command line instead)"),
              std::string::npos)
        << r.err;
    EXPECT_EQ((r.out + r.err).find(kMarker), std::string::npos);
  }
  // The same path on the command line is the user's choice: read.
  const auto named = RunBinary("lint --job-config-path ../outside --fail-on none", t.repo);
  EXPECT_EQ(named.code, 0) << named.err;
  EXPECT_NE(named.out.find("../outside/jobs.yaml:"), std::string::npos) << named.out;
}

TEST(InputBoundary, ManifestsAndKubeconfigsLinkedOutAreNotRead) {
  Tree t;
  t.tmp.Write("repo/deploy/ok.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n");
  fs::create_symlink(t.outside + "/key.json", t.repo + "/deploy/key.json");
  t.tmp.Write("repo/kubeconfigs/a.yaml",
              "apiVersion: v1\nkind: Config\nclusters:\n- name: build\n  cluster:\n    server: "
              "https://build.example\ncontexts:\n- name: default\n  context:\n    cluster: build\n"
              "current-context: default\n");
  fs::create_symlink(t.outside + "/key.json", t.repo + "/kubeconfigs/b.yaml");
  const auto r = RunBinary(
      "lint --config-path config.yaml --job-config-path jobs --deploy-dir deploy "
      "--kubeconfig-dir kubeconfigs --fail-on none",
      t.repo);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("deploy/key.json is a symbolic link out of the repository"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("kubeconfigs/b.yaml is a symbolic link out of the repository"),
            std::string::npos)
      << r.out;
  EXPECT_EQ((r.out + r.err).find(kMarker), std::string::npos) << r.out << r.err;
}

}  // namespace
}  // namespace prowlint
