// See text_reporter.h. Editors and CI problem matchers already parse this
// format (gcc, clang, actionlint use it).
#include "lint/report/text_reporter.h"

#include <rang.hpp>

namespace prowlint {
namespace {

void WriteSeverity(std::ostream& out, Severity s, bool color) {
  if (color) {
    out << rang::style::bold
        << (s == Severity::kError     ? rang::fg::red
            : s == Severity::kWarning ? rang::fg::yellow
                                      : rang::fg::cyan);
  }
  out << SeverityName(s);
  if (color) out << rang::style::reset;
}

void Location(std::ostream& out, const SourceSet& sources, const Position& pos, bool color) {
  const std::string where = FormatPosition(sources, pos);
  if (where.empty()) return;
  if (color) out << rang::style::bold;
  out << where << ":";
  if (color) out << rang::style::reset;
  out << " ";
}

std::string Plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

void WriteText(const Report& report, bool color, std::ostream& out) {
  const SourceSet& sources = *report.sources;
  for (const std::string& note : report.notes) out << "note: " << note << "\n";
  for (const InputError& e : report.input_errors) {
    Location(out, sources, e.pos, color);
    WriteSeverity(out, Severity::kError, color);
    out << ": " << e.message << "\n";
  }
  for (const Finding& f : report.findings) {
    Location(out, sources, f.pos, color);
    WriteSeverity(out, f.severity, color);
    out << ": " << f.message << " [" << f.rule_id << "]\n";
    if (!f.hint.empty()) out << "  hint: " << f.hint << "\n";
    for (const Related& r : f.related) {
      out << "  ";
      Location(out, sources, r.pos, color);
      out << "note: " << r.message << "\n";
    }
  }
  const Summary& s = report.summary;
  if (!report.input_errors.empty()) {
    out << Plural(s.errors, "input error") << ": nothing was checked\n";
    return;
  }
  out << Plural(s.errors, "error") << ", " << Plural(s.warnings, "warning") << ", "
      << Plural(s.infos, "info") << " in " << Plural(s.files, "file") << " ("
      << Plural(s.jobs, "job") << ")\n";
}

}  // namespace prowlint
