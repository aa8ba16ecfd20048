// SPDX-License-Identifier: Apache-2.0
// See prow_images.h.
#include "lint/prow/prow_images.h"

namespace prowlint {

ImageRef ParseImageRef(std::string_view image) {
  ImageRef ref;
  if (const auto at = image.find('@'); at != std::string_view::npos) {
    ref.digest = std::string(image.substr(at + 1));
    image = image.substr(0, at);
  }
  const auto slash = image.rfind('/');
  const auto colon = image.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
    ref.tag = std::string(image.substr(colon + 1));
    image = image.substr(0, colon);
  }
  ref.repository = std::string(image);
  return ref;
}

const std::vector<std::string>& DefaultProwImagePrefixes() {
  static const std::vector<std::string> kPrefixes = {
      "gcr.io/k8s-prow/",                          // 2018-01 .. 2024-08
      "us-docker.pkg.dev/k8s-infra-prow/images/",  // 2024-08-05 (test-infra #33210) ..
  };
  return kPrefixes;
}

std::string ProwComponentName(const ImageRef& image, const std::vector<std::string>& prefixes) {
  for (const std::string& prefix : prefixes) {
    if (image.repository.size() <= prefix.size() ||
        image.repository.compare(0, prefix.size(), prefix) != 0)
      continue;
    const std::string rest = image.repository.substr(prefix.size());
    // Directly under the prefix: ".../images/plank", not ".../images/x/y".
    if (rest.find('/') == std::string::npos) return rest;
  }
  return "";
}

}  // namespace prowlint
