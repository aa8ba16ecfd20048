// SPDX-License-Identifier: Apache-2.0
// Kubernetes resource quantities ("500m", "2", "1.5Gi", "1e3"), so requests
// and limits written differently ("1" and "1000m") compare as the API server
// compares them.
#pragma once

#include <optional>
#include <string_view>

namespace prowlint {

/// The value of a quantity in base units (cores, bytes); nullopt when `text`
/// is not a quantity (k8s.io/apimachinery resource.ParseQuantity's grammar:
/// a signed decimal number, then an optional binary suffix Ki..Ei, decimal
/// suffix n, u, m, k, M, G, T, P, E, or exponent e/E<int>).
std::optional<long double> ParseQuantity(std::string_view text);

/// Whether two quantities are the same amount ("1" and "1000m", "4Gi" and
/// "4096Mi"); false when either does not parse.
bool SameQuantity(std::string_view a, std::string_view b);

}  // namespace prowlint
