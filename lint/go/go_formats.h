// SPDX-License-Identifier: Apache-2.0
// Value formats Prow parses with Go libraries: durations (time.ParseDuration)
// and periodic cron strings (robfig/cron).
#pragma once

#include <string>
#include <string_view>

namespace prowlint {

/// "" when Go's time.ParseDuration accepts `text` ("1h30m", "90s", "0"),
/// else Go's reason (`time: invalid duration "1 hour"`).
std::string GoDurationError(std::string_view text);

/// "" when Prow's cron parser accepts `spec`: 5 or 6 fields (seconds
/// optional), names for months and weekdays, a TZ= or CRON_TZ= prefix, and
/// the @hourly ... @every <duration> descriptors; else why not.
std::string CronError(std::string_view spec);

/// "" when Go's url.Parse accepts `text`, else why not (control
/// characters, bad %-escapes, a bad port, a colon in a first path segment).
std::string GoUrlError(std::string_view text);

/// The scheme url.Parse finds in `text` ("https"), lower-cased; "" for none.
std::string GoUrlScheme(std::string_view text);

/// "" when Go's mime.ParseMediaType accepts `text` ("text/plain;
/// charset=utf-8"), else why not.
std::string MediaTypeError(std::string_view text);

}  // namespace prowlint
