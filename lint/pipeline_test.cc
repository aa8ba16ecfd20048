// Tests for the checks RunLint makes before resolving clusters
// (lint/pipeline.h): flags that name a credential alias must name one.
#include "lint/pipeline.h"

#include <gtest/gtest.h>

namespace prowlint {
namespace {

void AddContext(std::vector<ClusterContext>& list, const std::string& alias) {
  ClusterContext c;
  c.alias.value = alias;
  list.push_back(c);
}

TEST(ServiceClusterAlias, MustNameACredentialAlias) {
  Deploy deploy;
  deploy.credentials.kubeconfig_given = true;
  AddContext(deploy.credentials.kubeconfig, "default");
  AddContext(deploy.credentials.kubeconfig, "test-infra-trusted");
  deploy.credentials.build_cluster_given = true;
  AddContext(deploy.credentials.build_cluster, "k8s-infra-prow-build");

  EXPECT_EQ(CheckServiceClusterAlias(deploy, ""), "") << "no --service-cluster";
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "test-infra-trusted"), "");
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "k8s-infra-prow-build"), "")
      << "an alias of the build-cluster file counts too";
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "test-infra-trustd"),
            "--service-cluster test-infra-trustd: the credentials define no alias "
            "\"test-infra-trustd\"; did you mean \"test-infra-trusted\"?");
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "in-cluster"),
            "--service-cluster in-cluster: the credentials define no alias \"in-cluster\" "
            "(in-cluster is the service cluster already)");
}

TEST(ServiceClusterAlias, WithoutCredentialsNothingIsChecked) {
  // Nothing says which aliases exist: the flag stays as given.
  Deploy deploy;
  EXPECT_EQ(CheckServiceClusterAlias(deploy, "anything"), "");
}

}  // namespace
}  // namespace prowlint
