// SPDX-License-Identifier: Apache-2.0
// Small text helpers for messages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace prowlint {

/// `"name"`.
std::string Quote(std::string_view s);
/// Quote() of a value of any length: past `max` bytes, its start and its
/// size (`"xxx..." (1000000 bytes)`), so a message never copies a long value.
std::string QuoteClipped(std::string_view s, std::size_t max = 200);

/// Up to `max` distinct quoted names in order, then "and N more" counting
/// every remaining item: `"a", "b", "c" and 9 more`.
std::string SampleNames(std::vector<std::string> names, std::size_t max = 3);

/// Every item in order, the last after "and": "a", "a and b", "a, b and c".
std::string JoinAnd(const std::vector<std::string>& items);

/// The items with `separator` between them: Join({"a", "b"}, ", ") is "a, b".
std::string Join(const std::vector<std::string>& items, std::string_view separator);

/// The candidate closest to `word` by edit distance, if close enough to be a
/// plausible typo, else the first candidate containing `word`; "" otherwise.
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

/// "1 job", "2 jobs".
std::string Count(std::size_t n, std::string_view singular, std::string_view plural);

/// Appends `item` unless it is already there: notes are said once.
void AddOnce(std::vector<std::string>& list, std::string item);

/// The lines of a text, without their '\n' (a '\r' before it stays), and no
/// empty line after a final '\n':
///   LineReader lines(text);
///   for (std::string_view line; lines.Next(line);) use(lines.number(), line);
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  bool Next(std::string_view& line);
  /// 1-based number of the line Next() returned last.
  int number() const { return number_; }

 private:
  std::string_view text_;
  std::size_t start_ = 0;
  int number_ = 0;
};

/// The lines of a text by number, for many lookups: one memchr pass over the
/// text on first use, then each line in constant time, however long it is
/// (a one-line JSON file of 40,000 objects asks for line 1 once per object).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {}
  /// Line `line` (1-based) without its '\n' (a '\r' before it stays); ""
  /// past the end.
  std::string_view Line(int line);

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;  // of every line; empty until first use
};

}  // namespace prowlint
