// SPDX-License-Identifier: Apache-2.0
// Which container images are Prow's, and which component each one is.
// Prow publishes one image per component under a registry prefix
// (gcr.io/k8s-prow/ until 2024-08, us-docker.pkg.dev/k8s-infra-prow/images/
// since; prow-semantics §5.2); mirrors and private registries add their own
// prefixes with --prow-image-prefix.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prowlint {

/// An image reference split as a container runtime reads it.
struct ImageRef {
  std::string repository;  // "gcr.io/k8s-prow/plank"
  std::string tag;         // "v20190208-c35c7e3"; "" when untagged
  std::string digest;      // "sha256:..."; "" when none
};

/// Splits `registry/path/name[:tag][@digest]`. A ':' before the last '/'
/// is a registry port, not a tag.
ImageRef ParseImageRef(std::string_view image);

/// The prefixes of Prow's own images, each ending in '/'.
const std::vector<std::string>& DefaultProwImagePrefixes();

/// The component an image runs ("plank", "prow-controller-manager") when its
/// repository is directly under one of `prefixes`; "" otherwise.
std::string ProwComponentName(const ImageRef& image, const std::vector<std::string>& prefixes);

}  // namespace prowlint
