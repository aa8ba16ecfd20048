// SPDX-License-Identifier: Apache-2.0
// See text_reporter.h. Editors and CI problem matchers already parse this
// format (gcc, clang, actionlint use it).
#include "lint/report/text_reporter.h"

#include <rang.hpp>

#include <algorithm>
#include <cctype>
#include <map>

#include "lint/report/escape_text.h"
#include "lint/report/source_lines.h"

namespace prowlint {
namespace {

// Whether a line's key is a credential field (token, password,
// client-key-data, clientCertificate, ...): its value may be secret material.
// Keys that hold names (secretName, gcs_credentials_secret) are not.
bool MayHoldCredential(const std::string& line) {
  std::string key;
  for (char c : line.substr(0, line.find(':'))) {
    if (std::isalnum(static_cast<unsigned char>(c)))
      key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (key.find("token") != std::string::npos || key.find("passw") != std::string::npos)
    return true;
  for (const char* k : {"clientkey", "clientkeydata", "clientcertificate", "clientcertificatedata",
                        "certificateauthoritydata", "clustercacertificate", "privatekey", "secret",
                        "apikey", "key", "auth", "credentials"})
    if (key == k) return true;
  return false;
}

class TextWriter {
 public:
  TextWriter(const Report& report, const TextOptions& options, std::ostream& out)
      : report_(report), options_(options), out_(out), lines_(*report.sources) {}

  void Write() {
    if (!options_.quiet)
      for (const std::string& note : report_.notes) out_ << "note: " << TextValue(note) << "\n";
    // Input errors get no snippet: the file failed to parse, so nothing
    // tells whether the line holds a credential.
    for (const InputError& e : report_.input_errors) {
      Location(e.pos);
      WriteSeverity(Severity::kError);
      out_ << ": " << TextValue(e.message) << "\n";
    }
    for (const Finding& f : report_.findings) {
      if (f.suppressed) continue;
      Location(f.pos);
      WriteSeverity(f.severity);
      // Under --new-only every finding listed is new; marked all the same,
      // so a reader of either output knows what the change brought.
      if (f.change == Finding::Change::kNew)
        out_ << (f.restarted.empty() ? " [new]" : " [new: this change restarts " + TextValue(f.restarted) + "]");
      out_ << ": " << TextValue(f.message) << " [" << f.rule_id << "]\n";
      if (options_.quiet) continue;
      Snippet(f.pos);
      if (!f.hint.empty()) out_ << "  hint: " << TextValue(f.hint) << "\n";
      Jobs(f.jobs);
      for (const Related& r : f.related) {
        out_ << "  ";
        Location(r.pos);
        out_ << "note: " << TextValue(r.message) << "\n";
      }
    }
    if (!report_.input_errors.empty()) {
      const std::size_t n = report_.input_errors.size();
      if (!options_.quiet)
        out_ << n << " input error" << (n == 1 ? "" : "s") << ": nothing was checked\n";
      return;
    }
    if (options_.quiet) return;
    for (const BaselineEntry& e : report_.baseline.stale) {
      Location(e.pos);
      out_ << "note: baseline entry matches no finding any more: "
           << TextValue(Describe(e.fingerprint)) << "\n";
    }
    if (!report_.baseline.stale.empty())
      out_ << "  hint: delete the stale entries, or rewrite " << TextValue(report_.baseline.path)
           << " with --write-baseline\n";
    if (const std::string fixed = FixedLine(report_.fixed); !fixed.empty()) out_ << fixed << "\n";
    out_ << SummaryLine(report_.summary) << "\n";
  }

 private:
  // The jobs of a finding many jobs share: the first few, or all under
  // --verbose. A single job is named in the message already.
  void Jobs(const std::vector<JobRef>& jobs) {
    if (jobs.size() < 2) return;
    const std::size_t shown =
        options_.verbose || jobs.size() <= kJobsShown + 1 ? jobs.size() : kJobsShown;
    for (std::size_t i = 0; i < shown; ++i) {
      out_ << "  ";
      Location(jobs[i].pos);
      out_ << "note: job \"" << TextValue(jobs[i].name) << "\"\n";
    }
    if (shown < jobs.size())
      out_ << "  and " << jobs.size() - shown << " more jobs (--verbose lists them)\n";
  }

  void WriteSeverity(Severity s) {
    if (options_.color) {
      out_ << rang::style::bold
           << (s == Severity::kError     ? rang::fg::red
               : s == Severity::kWarning ? rang::fg::magenta
                                         : rang::fg::cyan);
    }
    out_ << SeverityName(s);
    if (options_.color) out_ << rang::style::reset;
  }

  void Location(const Position& pos) {
    // A path may begin the line: never a workflow command.
    const std::string where = TextLineStart(FormatPosition(*report_.sources, pos));
    if (where.empty()) return;
    if (options_.color) out_ << rang::style::bold;
    out_ << where << ":";
    if (options_.color) out_ << rang::style::reset;
    out_ << " ";
  }

  // `   12 |   name: value` and a caret line under the token at the column.
  // Never for sensitive files (credentials, inventories) or files outside
  // the repository (input_boundary.h), and never for a
  // line whose key names a credential: such lines may hold a key or a token.
  void Snippet(const Position& pos) {
    if (!options_.snippets || !pos.Known() || pos.line < 1 || pos.column < 1) return;
    if (!report_.sources->Quotable(pos.file)) return;
    std::optional<std::string> line = lines_.Line(pos.file, pos.line);
    if (!line || MayHoldCredential(*line)) return;
    const std::size_t start = static_cast<std::size_t>(pos.column - 1);
    if (start > line->size()) return;
    const std::size_t length = TokenLength(*line, pos.column);
    const std::string number = std::to_string(pos.line);
    const std::string gutter(std::max<std::size_t>(number.size(), 4), ' ');
    // The line as text shows values (control characters escaped); the caret
    // goes under the escaped token, so it is measured after escaping.
    const std::string before = TextValue(line->substr(0, start));
    out_ << gutter.substr(number.size()) << number << " | " << before
         << TextValue(line->substr(start)) << "\n";
    out_ << gutter << " | ";
    // Keep tabs so the caret lines up under tab-indented text.
    for (char c : before) out_ << (c == '\t' ? '\t' : ' ');
    if (options_.color) out_ << rang::fg::green << rang::style::bold;
    out_ << '^' << std::string(length > 1 ? length - 1 : 0, '~');
    if (options_.color) out_ << rang::style::reset;
    out_ << "\n";
  }

  const Report& report_;
  const TextOptions& options_;
  std::ostream& out_;
  SourceLines lines_;
};

std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

std::string SummaryLine(const Summary& s) {
  std::string line = Plural(s.errors, "error") + ", " + Plural(s.warnings, "warning");
  if (s.infos > 0) line += ", " + Plural(s.infos, "info");
  line += " in " + Plural(s.files, "file") + " (" + Plural(s.jobs, "job") + ")";
  if (s.suppressed > 0) line += "; " + std::to_string(s.suppressed) + " suppressed";
  if (s.baselined > 0) line += "; " + std::to_string(s.baselined) + " baselined";
  if (s.existing > 0 && s.existing_findings == ExistingFindings::kLeftOut)
    line += "; " + std::to_string(s.existing) + " existing left out (--new-only)";
  if (s.existing > 0 && s.existing_findings == ExistingFindings::kMarked)
    line += "; " + std::to_string(s.existing) + " existing (the base has them too)";
  return line;
}

std::string FixedLine(const std::vector<FixedFinding>& fixed) {
  if (fixed.empty()) return "";
  std::map<std::string, std::size_t> by_rule;
  for (const FixedFinding& f : fixed) ++by_rule[f.rule];
  std::vector<std::pair<std::string, std::size_t>> rules(by_rule.begin(), by_rule.end());
  std::stable_sort(rules.begin(), rules.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string line = "fixed by this change: " + std::to_string(fixed.size()) + " (";
  for (std::size_t i = 0; i < rules.size(); ++i)
    line += (i ? ", " : "") + rules[i].first + " \u00d7" + std::to_string(rules[i].second);
  return line + ")";
}

void WriteText(const Report& report, const TextOptions& options, std::ostream& out) {
  TextWriter(report, options, out).Write();
}

}  // namespace prowlint
