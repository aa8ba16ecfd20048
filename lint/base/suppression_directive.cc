// SPDX-License-Identifier: Apache-2.0
// See suppression.h.
#include "lint/base/suppression_directive.h"

#include <string.h>  // memmem (GNU)

#include <cctype>

#include "lint/base/text.h"

namespace prowlint {
namespace {

constexpr std::string_view kDirective = "prowlint:ignore=";

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::string SuppressionName(const Suppression& s, const SourceSet& sources) {
  std::string rules;
  for (const auto& r : s.rules) rules += (rules.empty() ? "" : ", ") + r.value;
  return "suppression of " + rules + " in " + sources.Path(s.pos.file);
}

bool IsIsoDate(const std::string& date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  const int month = std::stoi(date.substr(5, 2));
  const int day = std::stoi(date.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool Suppression::Active(const std::string& today) const {
  if (!until) return true;
  // ISO dates compare as strings.
  return IsIsoDate(until->value) && until->value >= today;
}

std::vector<Suppression> ScanSuppressions(std::string_view text, FileId file) {
  std::vector<Suppression> out;
  // Most files have no directive: one search instead of a pass per line
  // (every input is scanned, a 3.8 MB CRD included).
  // glibc's memmem skips through the text; string_view::find stops at
  // every 'p' (2.6 times slower on a 3.8 MB CRD).
  if (text.size() < kDirective.size() ||  // memmem wants an address, which "" may lack
      memmem(text.data(), text.size(), kDirective.data(), kDirective.size()) == nullptr)
    return out;
  LineReader lines(text);
  for (std::string_view line; lines.Next(line);) {
    const int line_no = lines.number();
    for (std::size_t hash = line.find('#'); hash != std::string_view::npos;
         hash = line.find('#', hash + 1)) {
      if (hash > 0 && !IsSpace(line[hash - 1])) continue;  // not a YAML comment
      std::size_t at = hash + 1;
      while (at < line.size() && IsSpace(line[at])) ++at;
      if (line.substr(at, kDirective.size()) != kDirective) continue;
      Suppression s;
      s.pos = Position{file, line_no, static_cast<int>(hash) + 1};
      s.own_line = line.find_first_not_of(" \t") == hash;
      at += kDirective.size();
      // Rule ids up to the first space.
      std::size_t ids_end = at;
      while (ids_end < line.size() && !IsSpace(line[ids_end])) ++ids_end;
      std::size_t id_start = at;
      for (std::size_t i = at; i <= ids_end; ++i) {
        if (i == ids_end || line[i] == ',') {
          if (i > id_start)
            s.rules.push_back({std::string(line.substr(id_start, i - id_start)),
                               Position{file, line_no, static_cast<int>(id_start) + 1}});
          id_start = i + 1;
        }
      }
      // The rest: an optional until=YYYY-MM-DD anywhere, and the reason.
      std::string reason;
      std::size_t w = ids_end;
      while (w < line.size()) {
        while (w < line.size() && IsSpace(line[w])) ++w;
        std::size_t e = w;
        while (e < line.size() && !IsSpace(line[e])) ++e;
        if (e == w) break;
        const std::string_view word = line.substr(w, e - w);
        if (word.substr(0, 6) == "until=") {
          s.until = Located<std::string>{std::string(word.substr(6)),
                                         Position{file, line_no, static_cast<int>(w) + 1}};
        } else {
          reason += (reason.empty() ? "" : " ") + std::string(word);
        }
        w = e;
      }
      s.reason = std::move(reason);
      out.push_back(std::move(s));
      break;  // one directive per line
    }
  }
  return out;
}

}  // namespace prowlint
