// SPDX-License-Identifier: Apache-2.0
// See prow_version.h.
#include "lint/model/prow_version.h"

#include <cctype>

namespace prowlint {
namespace {

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::optional<ProwVersion> ParseProwVersion(std::string_view text, std::string& error) {
  std::string_view tag = text;
  // name:tag@sha256:... names the tag too; a bare digest names no version.
  tag = tag.substr(0, tag.find('@'));
  if (tag.size() < text.size() && tag.rfind(':') == std::string_view::npos) {
    error = "an image digest does not name a Prow version; give the tag (vYYYYMMDD-<sha>)";
    return std::nullopt;
  }
  // An image reference: the tag follows the last ':' after the last '/'.
  const auto slash = tag.rfind('/');
  const auto colon = tag.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash))
    tag = tag.substr(colon + 1);
  if (tag == "latest") return ProwVersion{"latest", 0};
  // v + 8 digits + '-' + 6..10 hex (then optional -dirty / -arch suffixes).
  bool ok = tag.size() >= 16 && tag[0] == 'v' && tag[9] == '-';
  for (std::size_t i = 1; ok && i < 9; ++i)
    ok = std::isdigit(static_cast<unsigned char>(tag[i])) != 0;
  std::size_t hex = 0;
  while (ok && 10 + hex < tag.size() && IsHex(tag[10 + hex])) ++hex;
  ok = ok && hex >= 6 && hex <= 10 && (10 + hex == tag.size() || tag[10 + hex] == '-');
  if (!ok) {
    error = "\"" + std::string(text) +
            "\" is not a Prow version: expected vYYYYMMDD-<sha> (e.g. v20190208-c35c7e3), an "
            "image reference ending in one, or latest";
    return std::nullopt;
  }
  const int date = std::stoi(std::string(tag.substr(1, 8)));
  const int year = date / 10000;
  const int month = date / 100 % 100;
  const int day = date % 100;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] ||
      (month == 2 && day == 29 && !leap)) {
    error = "\"" + std::string(text) + "\" has no valid date after the v";
    return std::nullopt;
  }
  return ProwVersion{std::string(tag.substr(0, 10 + hex)), date};
}

}  // namespace prowlint
