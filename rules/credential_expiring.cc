// SPDX-License-Identifier: Apache-2.0
// Flags build-cluster certificates and JWT bearer tokens that have expired or
// expire within --expiry-warning days. Why: see rules/credential_expiring.md.
#include <map>
#include <string>
#include <tuple>

#include "lint/base/calendar.h"
#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

// One certificate or token, and every alias that uses it.
struct Expiry {
  std::string what;     // "the client certificate", "certificate 2 of 3 in the CA bundle"
  std::string subject;  // ` (CN "prow")`, or ""
  std::string date;     // YYYY-MM-DD
  bool ca = false;
  bool token = false;
  bool bundle_has_valid = false;  // a CA bundle with another certificate still valid
  std::vector<std::string> aliases;
};

class CredentialExpiring final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "credential-expiring",
        "A build-cluster certificate or bearer token has expired or expires soon, after which "
        "Prow can no longer reach that cluster.",
        Severity::kWarning,
        0,
        {{"expiry-warning",
          std::to_string(kDefaultExpiryWarningDays) + " (--expiry-warning DAYS overrides it)"}}};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Credentials& creds = analysis.deploy.credentials;
    if (!creds.Given()) {
      sink.CouldNotJudge(Unjudged::kNoCredentials);
      return;
    }
    const auto today = DayNumber(analysis.run.today);
    if (!today) return;  // the CLI always passes one
    std::map<std::tuple<Position, int, bool>, Expiry> found;
    std::vector<std::string> redacted;
    for (const ClusterContext& c : creds.AllContexts()) {
      Collect(c, *today, found);
      if (c.redacted) redacted.push_back(c.alias.value);
    }
    if (!redacted.empty())
      sink.Note("the credentials of " + SampleNames(redacted, 4) +
                " are redacted (kubectl "
                "config view prints DATA+OMITTED and REDACTED): their certificates and tokens "
                "were not judged");

    const int warn = analysis.run.expiry_warning_days;
    for (auto& [key, e] : found) {
      const std::int64_t left = *DayNumber(e.date) - *today;
      if (left > warn) continue;
      const std::string of =
          (e.aliases.size() == 1 ? " of alias " : " of aliases ") + SampleNames(e.aliases, 4);
      std::string message = e.what + of + e.subject;
      Severity severity = Severity::kWarning;
      if (left < 0) {
        message += " expired on " + e.date;
        severity = e.bundle_has_valid ? Severity::kWarning : Severity::kError;
        if (e.bundle_has_valid) message += "; the bundle still holds a valid certificate";
      } else {
        message += left == 0 ? " expires today (" + e.date + ")"
                             : " expires on " + e.date + ", in " + Count(left, "day", "days");
      }
      // The certificate or token, not its date: a renewal that still
      // expires soon is the same finding.
      sink.Report(severity, std::get<0>(key), message, Hint(e)).subject = {e.what + of, ""};
    }
  }

 private:
  static void Collect(const ClusterContext& c, std::int64_t today,
                      std::map<std::tuple<Position, int, bool>, Expiry>& found) {
    // Whether a CA bundle (one field) still has a certificate valid today.
    std::map<Position, bool> valid_ca;
    for (const CertificateVerdict& v : c.certificates) {
      const auto day = DayNumber(v.not_after);
      if (v.role == CertificateRole::kClusterCa && day && *day >= today) valid_ca[v.pos] = true;
    }
    for (const CertificateVerdict& v : c.certificates) {
      if (!DayNumber(v.not_after)) continue;
      Expiry& e = found[{v.pos, v.index, false}];
      if (e.aliases.empty()) {
        const bool ca = v.role == CertificateRole::kClusterCa;
        const std::string kind = ca ? "CA" : "client";
        e.what = v.chain == 1
                     ? "the " + kind + " certificate"
                     : "certificate " + std::to_string(v.index) + " of " + std::to_string(v.chain) +
                           " in the " + kind + (ca ? " bundle" : " certificate chain");
        e.subject = v.subject_cn.empty() ? "" : " (CN " + Quote(v.subject_cn) + ")";
        e.date = v.not_after;
        e.ca = ca;
        e.bundle_has_valid = ca && v.chain > 1 && valid_ca.count(v.pos) > 0;
      }
      AddAlias(e, c.alias.value);
    }
    for (const TokenVerdict& t : c.tokens) {
      if (!DayNumber(t.expires)) continue;
      Expiry& e = found[{t.pos, 0, true}];
      if (e.aliases.empty()) {
        e.what = "the JWT bearer token";
        e.date = t.expires;
        e.token = true;
      }
      AddAlias(e, c.alias.value);
    }
  }

  static void AddAlias(Expiry& e, const std::string& alias) {
    for (const std::string& a : e.aliases)
      if (a == alias) return;
    e.aliases.push_back(alias);
  }

  static std::string Hint(const Expiry& e) {
    if (e.bundle_has_valid)
      return "drop the expired certificate from the CA bundle once the cluster serves with the "
             "new one";
    if (e.token)
      return "mint a new token (gencred) before it expires, or use an exec credential plugin "
             "that refreshes it";
    if (e.ca)
      return "put the cluster's current CA certificate into the credential (the cluster's CA "
             "is rotated or about to be)";
    return "issue a new client certificate and update the build-cluster credential";
  }
};

}  // namespace

std::unique_ptr<Rule> NewCredentialExpiring() { return std::make_unique<CredentialExpiring>(); }

}  // namespace prowlint::rules
