// SPDX-License-Identifier: Apache-2.0
// See text.h.
#include "lint/base/text.h"

#include <algorithm>
#include <cstring>

namespace prowlint {

std::string Quote(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string QuoteClipped(std::string_view s, std::size_t max) {
  if (s.size() <= max) return Quote(s);
  return "\"" + std::string(s.substr(0, max)) + "...\" (" + std::to_string(s.size()) + " bytes)";
}

std::string SampleNames(std::vector<std::string> names, std::size_t max) {
  const std::size_t total = names.size();
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  std::string out;
  std::size_t shown = 0;
  for (; shown < names.size() && shown < max; ++shown) out += (shown ? ", " : "") + Quote(names[shown]);
  // Count the rest by items, not distinct names: "929 jobs (a, b, c and 926 more)".
  if (total > shown) out += " and " + std::to_string(total - shown) + " more";
  return out;
}

std::string JoinAnd(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  auto distance = [](std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t prev = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t cur = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1)});
        prev = cur;
      }
    }
    return row[b.size()];
  };
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const std::string& c : candidates) {
    const std::size_t d = distance(word, c);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  if (!best.empty() || word.size() < 3) return best;
  // A truncated name ("job-secret") is a plausible typo too.
  for (const std::string& c : candidates)
    if (c.find(word) != std::string::npos) return c;
  return best;
}

std::string Count(std::size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

void AddOnce(std::vector<std::string>& list, std::string item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
}

bool LineReader::Next(std::string_view& line) {
  if (start_ >= text_.size()) return false;
  std::size_t end = text_.find('\n', start_);
  if (end == std::string_view::npos) end = text_.size();
  line = text_.substr(start_, end - start_);
  start_ = end + 1;
  ++number_;
  return true;
}

std::string_view LineIndex::Line(int line) {
  if (starts_.empty()) {
    starts_.push_back(0);
    const char* const begin = text_.data();
    const char* const end = begin + text_.size();
    for (const char* p = begin; p < end;) {
      p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (p == nullptr) break;
      starts_.push_back(static_cast<std::size_t>(++p - begin));
    }
  }
  if (line < 1 || static_cast<std::size_t>(line) > starts_.size()) return {};
  const auto i = static_cast<std::size_t>(line) - 1;
  const std::size_t start = starts_[i];
  // The next line's start is just past this line's '\n'.
  const std::size_t stop = i + 1 < starts_.size() ? starts_[i + 1] - 1 : text_.size();
  return text_.substr(start, stop - start);
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

}  // namespace prowlint
