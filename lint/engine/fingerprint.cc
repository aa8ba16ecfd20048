// SPDX-License-Identifier: Apache-2.0
// See fingerprint.h.
#include "lint/engine/fingerprint.h"

#include <cctype>

#include "lint/base/text.h"

namespace prowlint {

Fingerprint FingerprintOf(const Finding& f) {
  Fingerprint fp;
  fp.rule = f.rule_id;
  fp.job = f.grouped ? "" : f.job;
  fp.object = f.subject.object;
  fp.cluster = f.subject.cluster;
  return fp;
}

bool HoldsProwTag(std::string_view text) {
  auto digits = [&](std::size_t at, std::size_t n) {
    for (std::size_t i = at; i < at + n; ++i)
      if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
  };
  // The shortest sha Prow tags carry is 7 hex digits.
  constexpr std::size_t kDate = 8, kShortSha = 7;
  for (std::size_t v = text.find('v'); v != std::string_view::npos; v = text.find('v', v + 1)) {
    const std::size_t dash = v + 1 + kDate;
    if (!digits(v + 1, kDate) || dash >= text.size() || text[dash] != '-') continue;
    std::size_t hex = 0;
    while (dash + 1 + hex < text.size() &&
           std::isxdigit(static_cast<unsigned char>(text[dash + 1 + hex])))
      ++hex;
    if (hex >= kShortSha) return true;
  }
  return false;
}

bool StableSubject(const Subject& s) {
  return !s.object.empty() && !HoldsProwTag(s.object) && !HoldsProwTag(s.cluster);
}

bool Covers(const Fingerprint& accepted, const Fingerprint& f) {
  return accepted.rule == f.rule && accepted.object == f.object && accepted.cluster == f.cluster &&
         (accepted.job.empty() || accepted.job == f.job);
}

std::string Describe(const Fingerprint& f) {
  std::string out = f.rule + " " + f.object;
  if (!f.cluster.empty()) out += " in cluster " + Quote(f.cluster);
  if (!f.job.empty()) out += ", job " + Quote(f.job);
  return out;
}

}  // namespace prowlint
