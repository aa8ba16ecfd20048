// SPDX-License-Identifier: Apache-2.0
// UTF-8 as the output media need it: file names and values from input may
// hold any bytes, and XML, JSON and Markdown readers want Unicode text.
#pragma once

#include <string>

namespace prowlint {

/// The length of the well-formed UTF-8 sequence at `i` (Unicode's table
/// 3-7: no overlongs, no surrogates, nothing above U+10FFFF), or 0 when the
/// byte there starts none. REQUIRES: i < s.size().
std::size_t Utf8SequenceLength(const std::string& s, std::size_t i);

/// `s` with each byte that starts no well-formed sequence replaced by
/// U+FFFD, as nlohmann::json's error_handler_t::replace does: visible, and
/// the same in every format.
std::string ValidUtf8(const std::string& s);

/// U+FFFD, the replacement character, in UTF-8.
inline constexpr const char* kReplacementCharacter = "\xEF\xBF\xBD";

}  // namespace prowlint
