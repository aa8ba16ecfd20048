// See fingerprint.h.
#include "lint/fingerprint.h"

#include "lint/text.h"

namespace prowlint {

Fingerprint FingerprintOf(const Finding& f) {
  Fingerprint fp;
  fp.rule = f.rule_id;
  fp.job = f.grouped ? "" : f.job;
  fp.object = f.subject.object.empty() ? f.message : f.subject.object;
  fp.cluster = f.subject.cluster;
  return fp;
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
