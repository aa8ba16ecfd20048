// SPDX-License-Identifier: Apache-2.0
// See unread_documents.h. yaml-cpp spends about 1,500 instructions per byte,
// so a multi-megabyte CRD would cost seconds; this scan looks at each line
// only until the document's kind is known, then jumps to the next document
// separator.
#include "lint/yaml/unread_documents.h"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace prowlint {
namespace {

// A YAML document marker line: "---" or "..." alone or before a space.
bool IsSeparator(std::string_view line) {
  if (line.size() < 3) return false;
  if (line.compare(0, 3, "---") != 0 && line.compare(0, 3, "...") != 0) return false;
  return line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r';
}

// The next position at or after `from` where a line starts with "---" or
// "..." (a separator, or "----"), or npos. Caches its last answer: the scan
// only moves forward. One pass over the text for both markers, memchr from
// newline to newline: glibc's vectorised memchr beats its memmem by about
// ten times here, and a 16-byte SSE2 scan for "\n-" or "\n." by two.
class MarkerFinder {
 public:
  explicit MarkerFinder(std::string_view text) : text_(text) {}

  std::size_t From(std::size_t from) {
    // The first marker at or after searched_from_ is also the first at or
    // after `from` when it lies beyond `from` (or when there is none).
    if (searched_ && searched_from_ <= from && (next_ == std::string_view::npos || next_ >= from))
      return next_;
    searched_ = true;
    searched_from_ = from;
    const char* const begin = text_.data();
    const char* const end = begin + text_.size();
    if (from == 0 && StartsMarker(begin, end)) return next_ = 0;
    // A line start at or after `from`: the newline before it is at or after from - 1.
    const char* p = begin + (from == 0 ? 0 : from - 1);
    while (p < end) {
      p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
      if (!p) break;
      ++p;
      if (StartsMarker(p, end)) return next_ = static_cast<std::size_t>(p - begin);
    }
    return next_ = std::string_view::npos;
  }

 private:
  static bool StartsMarker(const char* p, const char* end) {
    return end - p >= 3 && (p[0] == '-' || p[0] == '.') && p[1] == p[0] && p[2] == p[0];
  }

  std::string_view text_;
  std::size_t next_ = std::string_view::npos;
  std::size_t searched_from_ = 0;
  bool searched_ = false;
};

// The start of the next document after `from` (a separator line), or the
// end of the text.
std::size_t NextDocument(std::string_view text, std::size_t from, MarkerFinder& markers) {
  for (std::size_t at = markers.From(from);; at = markers.From(at + 1)) {
    if (at == std::string_view::npos) return text.size();
    std::size_t eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    // "----" or "...x" is no separator: look past it.
    if (IsSeparator(text.substr(at, eol - at))) return at;
  }
}

// The value of a top-level `kind:` line, or "" when the line is not one.
std::string_view KindOf(std::string_view line) {
  for (std::string_view key : {"kind:", "\"kind\":", "'kind':"}) {
    if (line.size() < key.size() || line.compare(0, key.size(), key) != 0) continue;
    std::string_view v = line.substr(key.size());
    v = v.substr(0, v.find('#'));
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
      v.remove_suffix(1);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
      v = v.substr(1, v.size() - 2);
    return v.empty() ? std::string_view("?") : v;
  }
  return {};
}

}  // namespace

bool ManifestReadsKind(std::string_view kind) {
  static const char* const kKinds[] = {
      "Deployment", "StatefulSet",   "DaemonSet",      "CronJob",        "Job",
      "Pod",        "Role",          "ClusterRole",    "RoleBinding",    "ClusterRoleBinding",
      "Secret",     "ConfigMap",     "ServiceAccount", "ExternalSecret", "List",
      "Config",     "Kustomization", "Component"};
  for (const char* k : kKinds)
    if (kind == k) return true;
  // kubectl get -o yaml may name a typed list ("SecretList").
  return kind.size() > 4 && kind.compare(kind.size() - 4, 4, "List") == 0;
}

namespace {

// One document of a stream, as far as its kind: read line by line until the
// kind is known or the document cannot be read this way (flow style, an
// indented first line), then skipped to the next separator.
struct DocumentScan {
  std::size_t body = 0;  // after its separator line, if it has one
  std::size_t end = 0;   // where the next document starts
  std::string_view kind;
  bool content = false;  // anything but blank lines, comments, directives
  bool readable = true;
};

DocumentScan ScanDocument(std::string_view text, std::size_t pos, MarkerFinder& markers) {
  DocumentScan doc;
  doc.body = pos;
  std::size_t eol = text.find('\n', pos);
  if (eol == std::string_view::npos) eol = text.size();
  const std::string_view first_line = text.substr(pos, eol - pos);
  if (IsSeparator(first_line)) {
    doc.readable = first_line.substr(3).find_first_not_of(" \t\r") == std::string_view::npos;
    doc.body = std::min(eol + 1, text.size());
  }
  std::size_t end = doc.body;
  while (end < text.size() && doc.readable && doc.kind.empty()) {
    std::size_t line_end = text.find('\n', end);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view l = text.substr(end, line_end - end);
    if (end > pos && IsSeparator(l)) break;
    end = std::min(line_end + 1, text.size());
    const std::size_t start = l.find_first_not_of(" \t\r");
    if (start == std::string_view::npos || l[start] == '#' || l[0] == '%') continue;
    if (!doc.content && (l[start] == '{' || l[start] == '[' || start > 0)) doc.readable = false;
    doc.content = true;
    if (doc.readable) doc.kind = KindOf(l);
  }
  // The rest of the document (none when the loop stopped at a separator:
  // NextDocument finds that one at `end` itself).
  if (end < text.size()) end = NextDocument(text, end, markers);
  doc.end = end;
  return doc;
}

// `text` with the byte ranges `blank` emptied. Blanked lines keep only their
// newline: line numbers stay true, and the parser skips a run of empty lines
// quickly.
void CopyBlanking(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& blank,
                  std::string& out) {
  out.reserve(text.size());
  std::size_t copied = 0;
  for (const auto& [from, to] : blank) {
    out.append(text.substr(copied, from - copied));
    out.append(std::count(text.begin() + from, text.begin() + to, '\n'), '\n');
    copied = to;
  }
  out.append(text.substr(copied));
}

}  // namespace

Unread BlankUnreadDocuments(std::string_view text, std::string& out) {
  MarkerFinder markers(text);
  // Byte ranges of the document bodies to blank.
  std::vector<std::pair<std::size_t, std::size_t>> blank;
  bool kept_any = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const DocumentScan doc = ScanDocument(text, pos, markers);
    // A document without a kind is parsed: it may be broken input (a syntax
    // error is an input error, never a silent skip), and the parse counts it
    // as a non-object.
    if (doc.readable && doc.content && !doc.kind.empty() && !ManifestReadsKind(doc.kind)) {
      blank.emplace_back(doc.body, doc.end);
    } else if (doc.content || !doc.readable) {
      kept_any = true;
    }
    pos = doc.end;
  }
  if (blank.empty()) return Unread::kNone;
  if (!kept_any) return Unread::kAll;
  CopyBlanking(text, blank, out);
  return Unread::kSome;
}

}  // namespace prowlint
