// SPDX-License-Identifier: Apache-2.0
// Kubernetes' label and annotation key and value rules
// (k8s.io/apimachinery/pkg/util/validation), which Prow applies to job
// labels and annotation keys.
#pragma once

#include <string>
#include <string_view>

namespace prowlint {

/// "" when `key` is a qualified name ("[prefix/]name": a DNS-1123 subdomain
/// of at most 253 characters, then a name of 1-63 alphanumerics, '-', '_',
/// '.', starting and ending alphanumeric); else why not.
std::string QualifiedNameError(std::string_view key);

/// "" when `value` is a valid label value (at most 63 characters, empty or
/// the name rule above); else why not.
std::string LabelValueError(std::string_view value);

}  // namespace prowlint
