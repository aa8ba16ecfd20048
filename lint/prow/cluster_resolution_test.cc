// SPDX-License-Identifier: Apache-2.0
// Tests for ResolveClusters (lint/prow/cluster_resolution.h): where each alias
// sends pods under each era of plank's alias loading. Credentials and
// ProwConfig are built by hand.
#include "lint/prow/cluster_resolution.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace prowlint {
namespace {

constexpr FileId kKubeconfig = 1;
constexpr FileId kBuildCluster = 2;
constexpr FileId kConfig = 3;

ClusterContext Context(const std::string& alias, const std::string& server, int line,
                       CredentialFormat format = CredentialFormat::kKubeconfig) {
  ClusterContext c;
  c.alias = {alias, Position{format == CredentialFormat::kKubeconfig ? kKubeconfig : kBuildCluster,
                             line, 9}};
  c.server = server;
  c.format = format;
  return c;
}

// Kubeconfig contexts given as aliases; server https://<alias>.
Credentials Kubeconfigs(const std::vector<std::string>& aliases) {
  Credentials c;
  c.kubeconfig_given = true;
  c.kubeconfig_pos = Position{kKubeconfig, 5, 1};
  int line = 6;
  for (const std::string& a : aliases) c.kubeconfig.push_back(Context(a, "https://" + a, line++));
  return c;
}

void AddBuildClusters(Credentials& c, const std::vector<std::string>& aliases) {
  c.build_cluster_given = true;
  c.build_cluster_pos = Position{kBuildCluster, 1, 1};
  int line = 1;
  for (const std::string& a : aliases)
    c.build_cluster.push_back(
        Context(a, "https://bc-" + a, line += 2, CredentialFormat::kBuildClusterMap));
}

Credentials BuildClusters(const std::vector<std::string>& aliases) {
  Credentials c;
  AddBuildClusters(c, aliases);
  return c;
}

VersionSemantics On(int date) {
  return SemanticsFor(ProwVersion{"v" + std::to_string(date) + "-abcdef0", date});
}
VersionSemantics Today() { return SemanticsFor(std::nullopt); }

// A resolution with the notes it said.
struct Resolved : ClusterResolution {
  std::vector<std::string> notes;
};

Resolved Resolve(const Credentials& creds, const VersionSemantics& s,
                 const ProwConfig& config = {}, const ClusterOptions& options = {}) {
  prowlint::Notes notes;
  Resolved r;
  static_cast<ClusterResolution&>(r) = ResolveClusters(creds, config, s, options, notes);
  r.notes = notes.items();
  return r;
}

std::vector<std::string> RouteAliases(const ClusterResolution& r) {
  std::vector<std::string> out;
  for (const auto& [alias, route] : r.routes) out.push_back(alias);
  return out;
}

bool HasNote(const Resolved& r, const std::string& note) {
  return std::find(r.notes.begin(), r.notes.end(), note) != r.notes.end();
}

std::string Notes(const Resolved& r) {
  std::string out;
  for (const std::string& n : r.notes) out += "  " + n + "\n";
  return out;
}

// The only destination of `alias`.
const Destination& Only(const ClusterResolution& r, const std::string& alias) {
  const Route* route = r.Find(alias);
  static const Destination kNone;
  if (!route) {
    ADD_FAILURE() << "no route for " << alias;
    return kNone;
  }
  EXPECT_EQ(route->destinations.size(), 1u) << alias;
  return route->destinations.empty() ? kNone : route->destinations.front();
}

const ClusterContext* CtxOf(const Credentials& c, const std::string& alias,
                            CredentialFormat format = CredentialFormat::kKubeconfig) {
  const auto& list = format == CredentialFormat::kKubeconfig ? c.kubeconfig : c.build_cluster;
  for (const ClusterContext& x : list)
    if (x.alias.value == alias) return &x;
  return nullptr;
}

TEST(ClusterResolutionTest, NoCredentialsIsNotJudged) {
  const Credentials creds;
  const Resolved r = Resolve(creds, Today());
  EXPECT_FALSE(r.judged);
  EXPECT_TRUE(r.routes.empty());
  EXPECT_EQ(r.Find("default"), nullptr);
  EXPECT_TRUE(r.startup_failure.empty());
}

// --- Era B: the legacy --build-cluster map -------------------------------

TEST(ClusterResolutionTest, LegacyMapHonoursLiteralDefault) {
  const Credentials creds = BuildClusters({"default", "build"});
  const Resolved r = Resolve(creds, On(20190301));
  EXPECT_TRUE(r.judged);
  EXPECT_TRUE(r.startup_failure.empty());
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"build", "default"}));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, CtxOf(creds, "default", CredentialFormat::kBuildClusterMap));
  EXPECT_EQ(d.likelihood, Likelihood::kAlways);
  EXPECT_FALSE(d.service_cluster);
  EXPECT_TRUE(r.Find("default")->loaded_in_every_build);
  EXPECT_EQ(Only(r, "build").context, CtxOf(creds, "build", CredentialFormat::kBuildClusterMap));
  ASSERT_EQ(r.literal_defaults.size(), 1u);
  EXPECT_EQ(r.literal_defaults[0], CtxOf(creds, "default", CredentialFormat::kBuildClusterMap));
}

TEST(ClusterResolutionTest, LegacyMapWithoutBuildClusterRunsInServiceCluster) {
  const Credentials creds = Kubeconfigs({"default", "build"});
  const Resolved r = Resolve(creds, On(20190301));
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"default"}));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, nullptr);
  EXPECT_TRUE(d.service_cluster);
  EXPECT_EQ(d.likelihood, Likelihood::kAlways);
  EXPECT_EQ(d.Why(r.semantics.Name()),
            "v20190301-abcdef0 runs every job in the service cluster when no --build-cluster "
            "file is given");
  EXPECT_EQ(d.cause, creds.kubeconfig_pos);
  EXPECT_EQ(d.Describe(), "the service cluster");
  EXPECT_TRUE(HasNote(r,
                      "v20190301-abcdef0 reads build clusters only from --build-cluster; the "
                      "kubeconfig contexts are not loaded"))
      << Notes(r);
}

TEST(ClusterResolutionTest, LegacyMapWithoutDefaultFailsAtStartup) {
  const Credentials creds = BuildClusters({"build"});
  const Resolved r = Resolve(creds, On(20190301));
  EXPECT_EQ(r.startup_failure,
            "plank of v20190301-abcdef0 exits at start-up: the build-cluster file has no "
            "\"default\" alias");
  EXPECT_EQ(r.failure_pos, creds.build_cluster_pos);
  EXPECT_TRUE(r.routes.empty());
}

// --- Eras C0, C, C' ----------------------------------------------------------

TEST(ClusterResolutionTest, BuildClusterIgnoredEra) {
  const Credentials creds = BuildClusters({"default", "build"});
  const Resolved r = Resolve(creds, On(20190129));
  EXPECT_TRUE(r.startup_failure.empty());
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"default"}));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, nullptr);
  EXPECT_EQ(d.Why(r.semantics.Name()),
            "v20190129-abcdef0 ignores the build-cluster file, so \"default\" is the service "
            "cluster (test-infra #10987)");
  EXPECT_EQ(d.cause, CtxOf(creds, "default", CredentialFormat::kBuildClusterMap)->alias.pos);
  EXPECT_TRUE(HasNote(r,
                      "v20190129-abcdef0 ignores --build-cluster (test-infra #10987): its "
                      "aliases are not loaded"))
      << Notes(r);
}

TEST(ClusterResolutionTest, RandomEraLiteralDefaultYieldsTwoDestinations) {
  const Credentials creds = Kubeconfigs({"default", "build"});
  const Resolved r = Resolve(creds, On(20190208));
  EXPECT_TRUE(r.startup_failure.empty());
  const Route* route = r.Find("default");
  ASSERT_NE(route, nullptr);
  ASSERT_EQ(route->destinations.size(), 2u);
  const Destination& literal = route->destinations[0];
  const Destination& service = route->destinations[1];
  EXPECT_EQ(literal.context, CtxOf(creds, "default"));
  EXPECT_EQ(literal.likelihood, Likelihood::kRandomPerRestart);
  EXPECT_FALSE(literal.service_cluster);
  EXPECT_EQ(literal.Describe(), "cluster \"default\" (https://default)");
  EXPECT_EQ(service.context, nullptr);
  EXPECT_TRUE(service.service_cluster);
  EXPECT_EQ(service.likelihood, Likelihood::kRandomPerRestart);
  EXPECT_EQ(service.Why(r.semantics.Name()),
            "v20190208-abcdef0 overwrites the literal \"default\" with the service cluster "
            "(test-infra #11209)");
  EXPECT_EQ(service.cause, CtxOf(creds, "default")->alias.pos);
  EXPECT_EQ(Only(r, "build").likelihood, Likelihood::kAlways);
  EXPECT_EQ(Only(r, "build").context, CtxOf(creds, "build"));
}

TEST(ClusterResolutionTest, RandomEraWithoutLiteralDefault) {
  const Credentials creds = Kubeconfigs({"build"});
  const Resolved r = Resolve(creds, On(20190208));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, nullptr);
  EXPECT_EQ(d.likelihood, Likelihood::kAlways);
  EXPECT_EQ(d.Why(r.semantics.Name()),
            "the credentials define no literal \"default\", so v20190208-abcdef0 uses the "
            "service cluster as \"default\"");
  EXPECT_EQ(d.cause, creds.kubeconfig_pos);
}

TEST(ClusterResolutionTest, RandomEraRefusesBothCredentialKinds) {
  Credentials creds = Kubeconfigs({"build"});
  AddBuildClusters(creds, {"default"});
  const Resolved r = Resolve(creds, On(20190208));
  EXPECT_EQ(r.startup_failure,
            "plank of v20190208-abcdef0 exits at start-up: it takes --build-cluster or "
            "--kubeconfig, not both");
  EXPECT_EQ(r.failure_pos, creds.build_cluster_pos);
  EXPECT_TRUE(r.routes.empty());
}

TEST(ClusterResolutionTest, LiteralDefaultKeptEra) {
  const Credentials creds = Kubeconfigs({"default", "build"});
  const Resolved r = Resolve(creds, On(20190215));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, CtxOf(creds, "default"));
  EXPECT_EQ(d.likelihood, Likelihood::kAlways);
}

// --- Eras D and E: mergeConfigs --------------------------------------------

TEST(ClusterResolutionTest, MergeConfigsUnionsKubeconfigAndBuildCluster) {
  Credentials creds = Kubeconfigs({"build", "shared"});
  AddBuildClusters(creds, {"default", "shared"});
  const Resolved r = Resolve(creds, On(20200101));
  EXPECT_TRUE(r.startup_failure.empty());
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"build", "default", "shared"}));
  EXPECT_EQ(Only(r, "default").context,
            CtxOf(creds, "default", CredentialFormat::kBuildClusterMap));
  // The build-cluster alias overrides the kubeconfig context of the same name.
  EXPECT_EQ(Only(r, "shared").context, CtxOf(creds, "shared", CredentialFormat::kBuildClusterMap));
}

TEST(ClusterResolutionTest, MergeConfigsBuildClusterNeedsDefault) {
  const Credentials creds = BuildClusters({"build"});
  const Resolved r = Resolve(creds, On(20200101));
  EXPECT_EQ(r.startup_failure,
            "plank of v20200101-abcdef0 exits at start-up: the build-cluster file must have a "
            "\"default\" alias");
  EXPECT_EQ(r.failure_pos, creds.build_cluster_pos);
}

TEST(ClusterResolutionTest, MergeConfigsKubeconfigWithoutDefaultFallsBack) {
  const Credentials creds = Kubeconfigs({"build"});
  const Resolved r = Resolve(creds, On(20200101));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, nullptr);
  EXPECT_EQ(d.Why(r.semantics.Name()),
            "the credentials define no literal \"default\", so Prow uses the service cluster as "
            "\"default\"");
}

TEST(ClusterResolutionTest, KubeconfigOnlyWithoutLiteralDefaultFallsBack) {
  const Credentials creds = Kubeconfigs({"build", "other"});
  const Resolved r = Resolve(creds, Today());
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"build", "default", "other"}));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, nullptr);
  EXPECT_TRUE(d.service_cluster);
  EXPECT_EQ(d.likelihood, Likelihood::kAlways);
  EXPECT_EQ(d.Why(r.semantics.Name()),
            "the credentials define no literal \"default\", so Prow uses the service cluster as "
            "\"default\"");
  EXPECT_EQ(d.cause, creds.kubeconfig_pos);
  EXPECT_TRUE(r.literal_defaults.empty());
  EXPECT_EQ(Only(r, "build").Describe(), "cluster \"build\" (https://build)");
}

TEST(ClusterResolutionTest, KubeconfigOnlyWithLiteralDefault) {
  const Credentials creds = Kubeconfigs({"default", "build"});
  const Resolved r = Resolve(creds, Today());
  EXPECT_EQ(Only(r, "default").context, CtxOf(creds, "default"));
  ASSERT_EQ(r.literal_defaults.size(), 1u);
  EXPECT_TRUE(r.notes.empty()) << Notes(r);
}

TEST(ClusterResolutionTest, KubeconfigOnlyIgnoresBuildCluster) {
  Credentials creds = Kubeconfigs({"build"});
  AddBuildClusters(creds, {"default", "legacy"});
  const Resolved r = Resolve(creds, Today());
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"build", "default"}));
  EXPECT_EQ(Only(r, "default").context, nullptr);
  EXPECT_TRUE(HasNote(r,
                      "today's Prow has no --build-cluster (removed 2020-08-24, test-infra "
                      "#15287): the clusters.yaml aliases are not loaded; convert the file with "
                      "cm2kc"))
      << Notes(r);
}

TEST(ClusterResolutionTest, DisabledClustersRemovingDefaultFallsBack) {
  const Credentials creds = Kubeconfigs({"default", "build", "old"});
  ProwConfig config;
  config.disabled_clusters = {{"default", Position{kConfig, 4, 3}}, {"old", Position{kConfig, 5, 3}}};
  const Resolved r = Resolve(creds, Today(), config);
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"build", "default"}));
  const Destination& d = Only(r, "default");
  EXPECT_EQ(d.context, nullptr);
  EXPECT_EQ(d.Why(r.semantics.Name()),
            "disabled_clusters removes the literal \"default\" context, so Prow uses the service "
            "cluster as \"default\"");
  EXPECT_EQ(d.cause, (Position{kConfig, 4, 3}));
  EXPECT_TRUE(r.literal_defaults.empty());
  ASSERT_EQ(r.disabled.size(), 2u);
}

TEST(ClusterResolutionTest, DisabledDefaultWithoutLiteralIsPlainFallback) {
  const Credentials creds = Kubeconfigs({"build"});
  ProwConfig config;
  config.disabled_clusters = {{"default", Position{kConfig, 4, 3}}};
  const Resolved r = Resolve(creds, Today(), config);
  EXPECT_EQ(Only(r, "default").cause, creds.kubeconfig_pos);
}

TEST(ClusterResolutionTest, DisabledClustersIgnoredBeforeTheyExisted) {
  const Credentials creds = Kubeconfigs({"default", "build"});
  ProwConfig config;
  config.disabled_clusters = {{"default", Position{kConfig, 4, 3}}};
  const Resolved r = Resolve(creds, On(20220101), config);
  EXPECT_TRUE(r.disabled.empty());
  EXPECT_EQ(Only(r, "default").context, CtxOf(creds, "default"));
  EXPECT_TRUE(HasNote(r, "v20220101-abcdef0 ignores disabled_clusters (added 2023-09-27)"))
      << Notes(r);
  const Resolved later = Resolve(creds, On(20230927), config);
  EXPECT_EQ(Only(later, "default").context, nullptr);
}

TEST(ClusterResolutionTest, NoInClusterConfigMeansNoFallback) {
  const Credentials creds = Kubeconfigs({"build"});
  ClusterOptions options;
  options.no_in_cluster_config = true;
  const Resolved r = Resolve(creds, Today(), {}, options);
  EXPECT_EQ(r.Find("default"), nullptr);
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"build"}));
}

TEST(ClusterResolutionTest, NoInClusterConfigFlagDidNotExistYet) {
  const Credentials creds = Kubeconfigs({"build"});
  ClusterOptions options;
  options.no_in_cluster_config = true;
  const Resolved r = Resolve(creds, On(20210101), {}, options);
  ASSERT_NE(r.Find("default"), nullptr);
  EXPECT_EQ(Only(r, "default").context, nullptr);
  EXPECT_TRUE(HasNote(r,
                      "v20210101-abcdef0 has no --no-in-cluster-config (added 2021-08-27); "
                      "judged without it"))
      << Notes(r);
}

TEST(ClusterResolutionTest, ServiceClusterByAliasAndServer) {
  Credentials creds = Kubeconfigs({"default", "build", "same-server"});
  creds.kubeconfig[2].server = creds.kubeconfig[1].server;  // same-server -> https://build
  ClusterOptions options;
  options.service_cluster = "build";
  const Resolved r = Resolve(creds, Today(), {}, options);
  EXPECT_TRUE(Only(r, "build").service_cluster);
  EXPECT_EQ(Only(r, "build").Describe(), "cluster \"build\" (the service cluster)");
  EXPECT_TRUE(Only(r, "same-server").service_cluster);
  EXPECT_FALSE(Only(r, "default").service_cluster);
  EXPECT_TRUE(r.notes.empty()) << Notes(r);
}

// --- Boundary days ------------------------------------------------------------

TEST(ClusterResolutionTest, BoundaryDayMarksEraSpecificDestinations) {
  // 2019-02-11: the random era and its fix.
  const Credentials creds = Kubeconfigs({"default", "build"});
  const Resolved r = Resolve(creds, On(20190211));
  const Route* route = r.Find("default");
  ASSERT_NE(route, nullptr);
  ASSERT_EQ(route->destinations.size(), 2u);
  EXPECT_EQ(route->destinations[0].context, CtxOf(creds, "default"));
  EXPECT_EQ(route->destinations[0].likelihood, Likelihood::kRandomPerRestart);
  EXPECT_EQ(route->destinations[1].context, nullptr);
  EXPECT_EQ(route->destinations[1].likelihood, Likelihood::kDependsOnBuild);
  EXPECT_TRUE(route->loaded_in_every_build);
  EXPECT_EQ(Only(r, "build").likelihood, Likelihood::kAlways);
}

TEST(ClusterResolutionTest, BoundaryDayAliasLoadedOnlyInSomeBuilds) {
  // 2019-01-28: the legacy map, or --build-cluster ignored.
  const Credentials creds = BuildClusters({"default", "build"});
  const Resolved r = Resolve(creds, On(20190128));
  EXPECT_TRUE(r.startup_failure.empty());
  const Route* build = r.Find("build");
  ASSERT_NE(build, nullptr);
  EXPECT_FALSE(build->loaded_in_every_build);
  const Route* def = r.Find("default");
  ASSERT_NE(def, nullptr);
  EXPECT_TRUE(def->loaded_in_every_build);
  ASSERT_EQ(def->destinations.size(), 2u);
  for (const Destination& d : def->destinations)
    EXPECT_EQ(d.likelihood, Likelihood::kDependsOnBuild) << d.Describe();
}

TEST(ClusterResolutionTest, BoundaryDayStartupFailureInOneBuildIsANote) {
  // 2019-01-28: the legacy era exits without "default"; the other does not.
  const Credentials creds = BuildClusters({"build"});
  const Resolved r = Resolve(creds, On(20190128));
  EXPECT_TRUE(r.startup_failure.empty());
  ASSERT_NE(r.Find("default"), nullptr);
  EXPECT_EQ(Only(r, "default").context, nullptr);
  bool noted = false;
  for (const std::string& n : r.notes)
    noted = noted || n.rfind("plank of v20190128-abcdef0 exits at start-up: the build-cluster "
                             "file has no \"default\" alias (if the tag was built ",
                             0) == 0;
  EXPECT_TRUE(noted) << Notes(r);
}

TEST(ClusterResolutionTest, BoundaryDayNoteSaysWhichSideFails) {
  // 2020-08-24: mergeConfigs (before #15287) exits when the build-cluster file
  // has no "default"; kubeconfig-only Prow (after) ignores the file. The
  // failing build is the one from before the change.
  const Credentials creds = BuildClusters({"build"});
  const Resolved r = Resolve(creds, On(20200824));
  EXPECT_TRUE(r.startup_failure.empty());
  const std::string before =
      "plank of v20200824-abcdef0 exits at start-up: the build-cluster file must have a "
      "\"default\" alias (if the tag was built before the change that day)";
  EXPECT_TRUE(HasNote(r, before)) << Notes(r);
}

TEST(ClusterResolutionTest, BoundaryDayFailingInEveryBuildIsAStartupFailure) {
  // 2019-02-11: both eras refuse --build-cluster with --kubeconfig.
  Credentials creds = Kubeconfigs({"build"});
  AddBuildClusters(creds, {"default"});
  const Resolved r = Resolve(creds, On(20190211));
  EXPECT_EQ(r.startup_failure,
            "plank of v20190211-abcdef0 exits at start-up: it takes --build-cluster or "
            "--kubeconfig, not both");
  EXPECT_TRUE(r.routes.empty());
}

TEST(ClusterResolutionTest, DescribeWithoutServer) {
  ClusterContext c = Context("x", "", 1);
  Destination d;
  d.context = &c;
  EXPECT_EQ(d.Describe(), "cluster \"x\"");
  Destination service;
  EXPECT_EQ(service.Describe(), "the service cluster");
}

// A context naming a cluster entry that does not exist (k8s.io#2559).
Credentials WithMissingClusterEntry(KubeconfigLoading loading) {
  Credentials c = Kubeconfigs({"default", "k8s-infra-prow-build", "eks"});
  c.loading = loading;
  c.kubeconfig[1].cluster_found = false;
  c.kubeconfig[1].problems.push_back(
      {CredentialDefect::kClusterEntryMissing, Position{kKubeconfig, 7, 20}, "cluster",
       "k8s-infra-prow-bulid", ""});
  return c;
}

TEST(ClusterResolutionTest, KubeconfigEnvDropsEveryContextWhenOneFails) {
  const Resolved r = Resolve(WithMissingClusterEntry(KubeconfigLoading::kEnv), Today());
  EXPECT_TRUE(r.startup_failure.empty()) << r.startup_failure;
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"default"}));
  const Route* def = r.Find("default");
  ASSERT_NE(def, nullptr);
  ASSERT_EQ(def->destinations.size(), 1u);
  EXPECT_EQ(def->destinations[0].context, nullptr);
  EXPECT_TRUE(def->destinations[0].service_cluster);
  EXPECT_EQ(def->destinations[0].fallback, FallbackCause::kKubeconfigDropped);
  EXPECT_EQ(def->destinations[0].cause, (Position{kKubeconfig, 7, 20}));
  EXPECT_TRUE(HasNote(r, "today's Prow drops every kubeconfig context on the $KUBECONFIG path "
                         "when one fails to load (context \"k8s-infra-prow-build\" names cluster "
                         "entry \"k8s-infra-prow-bulid\", which does not exist): only the service "
                         "cluster remains"))
      << ::testing::PrintToString(r.notes);
}

TEST(ClusterResolutionTest, KubeconfigFlagOrDirStopsProwWhenAContextFails) {
  for (KubeconfigLoading loading : {KubeconfigLoading::kFlag, KubeconfigLoading::kDir}) {
    const Resolved r = Resolve(WithMissingClusterEntry(loading), Today());
    EXPECT_EQ(r.startup_failure,
              "plank of today's Prow exits at start-up: context \"k8s-infra-prow-build\" names "
              "cluster entry \"k8s-infra-prow-bulid\", which does not exist");
    EXPECT_EQ(r.failure_pos, (Position{kKubeconfig, 7, 20}));
  }
}

TEST(ClusterResolutionTest, KubeconfigEnvBeforeTheDirChangeStoppedProwForAContext) {
  // Before #23194 (2021-08-18) a failing context on the $KUBECONFIG path was
  // fatal; only a file that did not load was dropped with a warning.
  const Resolved r = Resolve(WithMissingClusterEntry(KubeconfigLoading::kEnv), On(20210101));
  EXPECT_NE(r.startup_failure, "");
  Credentials bad_file = Kubeconfigs({"default", "build"});
  bad_file.loading = KubeconfigLoading::kEnv;
  bad_file.document_failures.push_back(
      {0, CredentialFormat::kKubeconfig,
       {CredentialDefect::kNotBase64, Position{kKubeconfig, 9, 5}, "client-key-data", "", "u"}});
  const Resolved dropped = Resolve(bad_file, On(20210101));
  EXPECT_EQ(dropped.startup_failure, "");
  EXPECT_EQ(RouteAliases(dropped), (std::vector<std::string>{"default"}));
  EXPECT_EQ(dropped.Find("default")->destinations[0].fallback, FallbackCause::kKubeconfigDropped);
}

TEST(ClusterResolutionTest, MissingUserEntryStillLoadsTheAlias) {
  // client-go builds a client without credentials; Prow's RBAC check fails
  // later, which credential-malformed reports.
  Credentials c = Kubeconfigs({"default", "build"});
  c.loading = KubeconfigLoading::kEnv;
  c.kubeconfig[1].problems.push_back(
      {CredentialDefect::kUserEntryMissing, Position{kKubeconfig, 7, 30}, "user", "ghost", ""});
  const Resolved r = Resolve(c, Today());
  EXPECT_EQ(RouteAliases(r), (std::vector<std::string>{"build", "default"}));
}

TEST(ClusterResolutionTest, BuildClusterThatDoesNotDecodeStopsPlank) {
  Credentials c = BuildClusters({"default", "build"});
  c.document_failures.push_back(
      {0, CredentialFormat::kBuildClusterMap,
       {CredentialDefect::kNotBase64, Position{kBuildCluster, 4, 3}, "clientKey", "", ""}});
  const Resolved r = Resolve(c, On(20190125));
  EXPECT_EQ(r.startup_failure,
            "plank of v20190125-abcdef0 exits at start-up: the build-cluster file cannot be "
            "decoded: field \"clientKey\" is not valid base64");
  EXPECT_EQ(r.failure_pos, (Position{kBuildCluster, 4, 3}));
}

}  // namespace
}  // namespace prowlint
