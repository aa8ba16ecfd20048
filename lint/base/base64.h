// SPDX-License-Identifier: Apache-2.0
// Standard base64 decoding, for Kubernetes Secret `data` values and the
// base64 fields of legacy clusters.yaml files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace prowlint {

/// Decodes standard base64 (RFC 4648 alphabet, `=` padding optional,
/// whitespace ignored, as Go's decoders used by Kubernetes accept it after
/// trimming). Returns nullopt for any other character or a bad length. The
/// result may hold secret material: callers keep it in a local and drop it.
std::optional<std::string> DecodeBase64(std::string_view in);

/// Overwrites decoded secret material before its buffer is released.
void Wipe(std::string& secret);

}  // namespace prowlint
