// Small text helpers for messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prowlint {

/// `"name"`.
std::string Quote(std::string_view s);

/// Up to `max` distinct quoted names in order, then "and N more" counting
/// every remaining item: `"a", "b", "c" and 9 more`.
std::string SampleNames(std::vector<std::string> names, std::size_t max = 3);

/// The candidate closest to `word` by edit distance, if close enough to be a
/// plausible typo, else the first candidate containing `word`; "" otherwise.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

/// "1 job", "2 jobs".
std::string Count(std::size_t n, std::string_view singular, std::string_view plural);

}  // namespace prowlint
