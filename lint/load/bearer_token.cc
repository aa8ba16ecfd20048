// SPDX-License-Identifier: Apache-2.0
// See bearer_token.h. A JWT is header.payload.signature, each base64url
// without padding (RFC 7519); `exp` is seconds since 1970 (NumericDate).
#include "lint/load/bearer_token.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "lint/base/base64.h"
#include "lint/base/calendar.h"

namespace prowlint {
namespace {

std::optional<std::string> DecodeBase64Url(std::string_view part) {
  std::string standard(part);
  for (char& c : standard) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  return DecodeBase64(standard);
}

}  // namespace

TokenExpiry ReadTokenExpiry(std::string_view token) {
  TokenExpiry out;
  const auto first = token.find('.');
  if (first == std::string_view::npos) return out;
  const auto second = token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos)
    return out;
  std::optional<std::string> payload = DecodeBase64Url(token.substr(first + 1, second - first - 1));
  if (!payload) return out;
  nlohmann::json claims = nlohmann::json::parse(*payload, nullptr, /*allow_exceptions=*/false);
  Wipe(*payload);
  if (!claims.is_object()) return out;
  out.jwt = true;
  const auto exp = claims.find("exp");
  if (exp != claims.end() && exp->is_number()) {
    const double seconds = exp->get<double>();
    // Beyond ±10^14 s (3 million years) a date means nothing.
    if (std::isfinite(seconds) && std::fabs(seconds) < 1e14)
      out.expires = IsoDateOfUnixTime(static_cast<std::int64_t>(std::floor(seconds)));
  }
  return out;
}

}  // namespace prowlint
