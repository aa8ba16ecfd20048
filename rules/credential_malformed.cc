// SPDX-License-Identifier: Apache-2.0
// Flags build-cluster credentials Prow cannot load or use: a context naming a
// missing cluster or user entry, material that does not decode, a server that
// is not https, a legacy cluster without endpoint. Why: see
// rules/credential_malformed.md.
#include <map>

#include "lint/base/text.h"
#include "rules/registry.h"

namespace prowlint::rules {
namespace {

struct Occurrence {
  const CredentialProblem* problem = nullptr;
  CredentialFormat format = CredentialFormat::kKubeconfig;
  std::vector<std::string> aliases;  // contexts that use the entry at fault
};

class CredentialMalformed final : public Rule {
 public:
  const RuleInfo& Info() const override {
    static const RuleInfo info{
        "credential-malformed",
        "A build-cluster credential is broken in a way Prow cannot load or use: a context "
        "names a missing cluster or user entry, a certificate or key does not decode, the "
        "server is not https, or a legacy cluster has no endpoint.",
        Severity::kError};
    return info;
  }

  void Check(const Analysis& analysis, FindingSink& sink) const override {
    const Credentials& creds = analysis.deploy.credentials;
    if (!creds.Given()) {
      sink.CouldNotJudge(Unjudged::kNoCredentials);
      return;
    }
    // One finding per place and defect: an entry several contexts use is
    // one cause.
    std::map<std::pair<Position, CredentialDefect>, Occurrence> found;
    for (const ClusterContext& c : creds.AllContexts()) {
      for (const CredentialProblem& p : c.problems) {
        Occurrence& o = found[{p.pos, p.defect}];
        o.problem = &p;
        o.format = c.format;
        bool seen = false;
        for (const std::string& a : o.aliases) seen = seen || a == c.alias.value;
        if (!seen) o.aliases.push_back(c.alias.value);
      }
    }
    for (const auto& f : creds.document_failures) {
      Occurrence& o = found[{f.problem.pos, f.problem.defect}];
      if (!o.problem) o.problem = &f.problem;
      o.format = f.format;
    }
    for (const auto& [key, o] : found) {
      const CredentialProblem& p = *o.problem;
      sink.Report(key.first, What(p, o) + "; " + Consequence(p, o.format, creds, analysis), Hint(p))
          .subject = {"field " + p.field + Where(p, o), ""};
    }
  }

 private:
  static std::string Of(const Occurrence& o) {
    if (o.aliases.empty()) return "";
    return (o.aliases.size() == 1 ? " (alias " : " (aliases ") + SampleNames(o.aliases, 4) + ")";
  }

  static std::string Where(const CredentialProblem& p, const Occurrence& o) {
    if (!p.entry.empty()) {
      const bool cluster = p.field == "server" || p.field.rfind("certificate-authority", 0) == 0;
      return std::string(cluster ? " of cluster entry " : " of user entry ") + Quote(p.entry) +
             Of(o);
    }
    if (o.aliases.size() == 1 && o.format == CredentialFormat::kBuildClusterMap)
      return " of cluster " + Quote(o.aliases.front());
    return Of(o);
  }

  static std::string What(const CredentialProblem& p, const Occurrence& o) {
    const std::string context =
        o.aliases.empty() ? "a context" : "context " + Quote(o.aliases.front());
    switch (p.defect) {
      case CredentialDefect::kClusterEntryMissing:
        return p.subject.empty() ? context + " names no cluster entry"
                                 : context + " names cluster entry " + Quote(p.subject) +
                                       ", which does not exist";
      case CredentialDefect::kUserEntryMissing:
        return context + " names user entry " + Quote(p.subject) + ", which does not exist";
      case CredentialDefect::kNoServer:
        return "cluster entry " + Quote(p.entry) + Of(o) + " has no server";
      case CredentialDefect::kServerNotHttps:
        return "the " + p.field + " " + Quote(p.subject) + Where(p, o) + " is not an https URL";
      case CredentialDefect::kNoEndpoint:
        return "cluster " + Quote(o.aliases.empty() ? "" : o.aliases.front()) + " has no endpoint";
      case CredentialDefect::kNotBase64:
        return "field " + Quote(p.field) + Where(p, o) + " is not valid base64";
      case CredentialDefect::kNoCertificate:
        return "field " + Quote(p.field) + Where(p, o) + " holds no PEM certificate";
      case CredentialDefect::kCertificateUnparsable:
        return "the certificate in " + Quote(p.field) + Where(p, o) + " does not parse as X.509";
      case CredentialDefect::kKeyUnparsable:
        return "field " + Quote(p.field) + Where(p, o) + " is not an unencrypted PEM private key";
      case CredentialDefect::kCertificateWithoutKey:
        return "field " + Quote(p.field) + Where(p, o) + " has no key beside it";
    }
    return "";
  }

  // What Prow does, per the effect and how the files are given.
  static std::string Consequence(const CredentialProblem& p, CredentialFormat format,
                                 const Credentials& creds, const Analysis& analysis) {
    const bool legacy = format == CredentialFormat::kBuildClusterMap;
    const bool env = creds.loading == KubeconfigLoading::kEnv;
    const bool env_drops = analysis.clusters.semantics.env_drops_failing_context;
    switch (EffectOf(p.defect)) {
      case DefectEffect::kFileFails:
        if (legacy) return "plank cannot decode the file and exits at start-up";
        return env ? "Prow cannot load the file and drops every $KUBECONFIG context, so "
                     "\"default\" jobs run in the service cluster"
                   : "Prow cannot load the file and exits at start-up";
      case DefectEffect::kContextFails:
        if (legacy) return "plank cannot build its client and exits at start-up";
        return env && env_drops ? "Prow cannot load the context and drops every $KUBECONFIG "
                                  "context, so \"default\" jobs run in the service cluster"
                                : "Prow cannot load the context and exits at start-up";
      case DefectEffect::kClientFails:
        return std::string(legacy ? "plank" : "Prow") +
               " cannot build a client with it and exits at start-up";
      case DefectEffect::kUnusable:
        break;
    }
    switch (p.defect) {
      case CredentialDefect::kUserEntryMissing:
        return "Prow connects without credentials, fails its pod permission check and runs no "
               "job there";
      case CredentialDefect::kServerNotHttps:
        return "Prow would talk to it without TLS, sending its credentials in the clear";
      case CredentialDefect::kNoEndpoint:
        return "plank has no address for it and every request fails";
      default:
        break;
    }
    return "Prow cannot use it";
  }

  static std::string Hint(const CredentialProblem& p) {
    switch (p.defect) {
      case CredentialDefect::kClusterEntryMissing:
        return "point the context at an existing cluster entry, or add the entry";
      case CredentialDefect::kUserEntryMissing:
        return "point the context at an existing user entry, or add the entry";
      case CredentialDefect::kNoServer:
        return "add the API server's https URL as server:";
      case CredentialDefect::kServerNotHttps:
        return "use the API server's https:// URL";
      case CredentialDefect::kNoEndpoint:
        return "add the API server's https URL as endpoint:";
      case CredentialDefect::kNotBase64:
        return "put the base64 of the PEM file there (base64 -w0 < file.pem)";
      case CredentialDefect::kNoCertificate:
      case CredentialDefect::kCertificateUnparsable:
        return "put the base64 of a PEM certificate there (-----BEGIN CERTIFICATE-----)";
      case CredentialDefect::kKeyUnparsable:
        return "put the base64 of the unencrypted PEM private key that belongs to the "
               "certificate there";
      case CredentialDefect::kCertificateWithoutKey:
        return "add the certificate's private key (client-key-data, or clientKey in a "
               "clusters.yaml)";
    }
    return "";
  }
};

}  // namespace

std::unique_ptr<Rule> NewCredentialMalformed() { return std::make_unique<CredentialMalformed>(); }

}  // namespace prowlint::rules
