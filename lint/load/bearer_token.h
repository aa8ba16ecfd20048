// SPDX-License-Identifier: Apache-2.0
// Static bearer tokens in kubeconfigs: whether one is a JWT and when it
// expires (its `exp` claim). The token itself never leaves this function.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prowlint {

struct TokenExpiry {
  /// Three base64url parts whose middle one is a JSON object.
  bool jwt = false;
  /// The `exp` claim's UTC date (YYYY-MM-DD); nullopt when there is none.
  std::optional<std::string> expires;
};

/// Reads `token`'s payload. A token that is not a JWT (an opaque string, a
/// service-account secret) has no expiry prowlint can see.
TokenExpiry ReadTokenExpiry(std::string_view token);

}  // namespace prowlint
