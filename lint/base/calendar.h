// SPDX-License-Identifier: Apache-2.0
// Calendar dates as day numbers, so expiry dates and the run's date can be
// compared and subtracted without the C library's time zone.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace prowlint {

/// Days since 1970-01-01 of a YYYY-MM-DD date; nullopt when `iso` is not one.
std::optional<std::int64_t> DayNumber(std::string_view iso);

/// The YYYY-MM-DD date of a day number (DayNumber's inverse).
std::string IsoDate(std::int64_t day);

/// The UTC date of a Unix time in seconds.
std::string IsoDateOfUnixTime(std::int64_t seconds);

}  // namespace prowlint
