// SPDX-License-Identifier: Apache-2.0
// See markdown_reporter.h. GitHub renders this in job summaries and PR
// comments (GFM: tables, <details>); a test parses it with cmark-gfm. Every
// value from input goes through escape_markdown.h for the context it is in
// (text, code span, table cell, link target): here nothing is escaped by hand.
#include "lint/report/markdown_reporter.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "lint/prow/version_table.h"
#include "lint/report/escape_markdown.h"
#include "lint/report/text_reporter.h"

namespace prowlint {
namespace fs = std::filesystem;
namespace {

// A reference to a rule: its id, linked to its doc when the report knows
// where docs are.
std::string RuleRef(const Report& report, const std::string& rule) {
  const std::string code = MarkdownCode("[" + rule + "]");
  const std::string uri = RuleDocUri(report, rule);
  return uri.empty() ? code : "[" + code + "](" + MarkdownLinkTarget(uri) + ")";
}

// A code span, linked to `url` when there is one.
std::string CodeLink(const std::string& text, const std::string& url, bool in_table = false) {
  const std::string code = in_table ? MarkdownCellCode(text) : MarkdownCode(text);
  return url.empty() ? code : "[" + code + "](" + MarkdownLinkTarget(url) + ")";
}

std::string Tags(const std::vector<std::string>& tags) {
  if (tags.empty()) return "—";
  std::string out;
  for (const std::string& t : tags) out += (out.empty() ? "" : ", ") + MarkdownCellCode(t);
  return out;
}

std::string Count(std::optional<std::size_t> before, std::size_t after) {
  if (!before || *before == after) return std::to_string(after);
  const long diff = static_cast<long>(after) - static_cast<long>(*before);
  return std::to_string(*before) + " → " + std::to_string(after) + " (" + (diff > 0 ? "+" : "−") +
         std::to_string(diff > 0 ? diff : -diff) + ")";
}

const char* Icon(Severity s) {
  switch (s) {
    case Severity::kError:
      return ":x:";
    case Severity::kWarning:
      return ":warning:";
    case Severity::kInfo:
      return ":information_source:";
  }
  return "";
}

void Findings(const Report& report, std::size_t existing, const LineLink& link, std::ostream& out) {
  std::size_t shown = 0;
  for (const Finding& f : report.findings) {
    if (f.suppressed) continue;
    ++shown;
    const std::string where = FormatPosition(*report.sources, f.pos);
    const std::string url = link ? link(f.pos) : "";
    out << "- " << Icon(f.severity) << " **" << SeverityName(f.severity) << "** "
        << MarkdownText(f.message) << " " << RuleRef(report, f.rule_id);
    if (!where.empty()) out << " — " << CodeLink(where, url);
    out << "\n";
    if (!f.hint.empty()) out << "  <br>hint: " << MarkdownText(f.hint) << "\n";
  }
  if (shown == 0) out << "No findings" << (existing ? " that this change brings" : "") << ".\n";
  if (existing)
    out << "\n" << existing << " finding" << (existing == 1 ? " was" : "s were")
        << " there before this change and " << (existing == 1 ? "is" : "are") << " left out.\n";
}

// One line per rule, most fixed first, with one example: the section stays
// short when a bump fixes dozens of findings of one rule.
void FixedSection(const Report& report, std::ostream& out) {
  const std::vector<FixedFinding>& fixed = report.fixed;
  if (fixed.empty()) return;
  std::map<std::string, std::vector<const FixedFinding*>> by_rule;
  for (const FixedFinding& f : fixed) by_rule[f.rule].push_back(&f);
  std::vector<const std::vector<const FixedFinding*>*> rules;
  for (const auto& [rule, list] : by_rule) rules.push_back(&list);
  std::stable_sort(rules.begin(), rules.end(),
                   [](const auto* a, const auto* b) { return a->size() > b->size(); });
  out << "\n### Fixed by this change\n\n";
  for (const auto* list : rules) {
    const FixedFinding& first = *list->front();
    out << "- :white_check_mark: " << list->size() << " " << RuleRef(report, first.rule)
        << (list->size() == 1 ? ": " : ", e.g. ") << MarkdownText(first.message);
    if (!first.base_location.empty())
      out << " — " << MarkdownCode(first.base_location) << " (base)";
    out << "\n";
  }
}

void NotesBlock(const std::vector<std::string>& notes, std::ostream& out) {
  if (notes.empty()) return;
  out << "\n<details><summary>Notes (" << notes.size() << ")</summary>\n\n";
  for (const std::string& n : notes) out << "- " << MarkdownText(n) << "\n";
  out << "\n</details>\n";
}

}  // namespace

LineLink GithubLineLink(const SourceSet& sources, const std::string& server,
                        const std::string& repository, const std::string& commit,
                        const std::string& root) {
  if (server.empty() || repository.empty() || commit.empty() || root.empty()) return {};
  return [&sources, server, repository, commit, root](const Position& pos) -> std::string {
    if (!pos.Known()) return "";
    const std::string& path = sources.Path(pos.file);
    if (path.empty() || path == kStdinPath) return "";
    // The file itself, not a symlink to it: GitHub shows a link's target
    // path, without line anchors.
    std::error_code ec;
    const fs::path real = fs::weakly_canonical(fs::absolute(path, ec), ec);
    const fs::path rel = real.lexically_relative(root);
    if (ec || rel.empty() || *rel.begin() == "..") return "";  // outside the repository
    // Percent-encoded: a `)` or a space would end or bend the link target.
    std::string url = server + "/" + repository + "/blob/" + commit + "/" +
                      PercentEncodePath(rel.generic_string());
    if (pos.line > 0) url += "#L" + std::to_string(pos.line);
    return url;
  };
}

void WritePlanMarkdown(const Plan& plan, const Report& findings, std::size_t existing,
                       const LineLink& link, std::ostream& out, const std::string& title) {
  out << "## " << title << "\n\n";
  const std::string target = plan.target.version;
  if (plan.current && plan.current->version == target) {
    out << "**Prow** " << MarkdownCode(target) << " on both sides\n\n";
  } else if (plan.current) {
    out << "**Prow** " << MarkdownCode(plan.current->version) << " → " << MarkdownCode(target);
    const std::string url = ProwCompareUrl(plan.current->version, target);
    if (!url.empty()) out << " ([compare](" << MarkdownLinkTarget(url) << "))";
    out << "\n\n";
  } else {
    out << "**Prow** " << MarkdownCode(target) << "\n\n";
  }
  // What a reviewer must not miss comes first, as GitHub alerts: a re-draw
  // moves no job by placement, so the tables alone would hide it.
  for (const PlannedMove& pm : plan.moves) {
    if (pm.move.redrawn_by.empty() || !pm.severity) continue;
    out << "> [!CAUTION]\n> **" << pm.move.jobs.size()
        << (pm.move.jobs.size() == 1 ? " job" : " jobs") << "**: "
        << MarkdownCode(pm.move.from.Name()) << " → " << MarkdownCode(pm.move.to.Name()) << ", "
        << MarkdownText(MovePhrase(pm.move));
    for (const std::string& r : pm.rules) out << " " << RuleRef(findings, r);
    out << "\n\n";
  }
  for (const AlreadyThere& a : plan.already)
    out << "> [!WARNING]\n> The current deploy already: "
        << MarkdownText(a.message + " [" + a.rule + "]") << "\n\n";

  if (!plan.components.empty()) {
    out << "### Components\n\n";
    if (plan.current) {
      out << "| component | current | target |\n|---|---|---|\n";
      for (const ComponentChange& c : plan.components)
        out << "| " << MarkdownText(c.name) << " | " << Tags(c.current) << " | "
            << Tags(c.target) << " |\n";
    } else {
      out << "| component | target |\n|---|---|\n";
      for (const ComponentChange& c : plan.components)
        out << "| " << MarkdownText(c.name) << " | " << Tags(c.target) << " |\n";
    }
    out << "\n";
  }

  if (!plan.table_changes.empty()) {
    out << "### Prow changes between these versions that touch this deploy\n\n"
           "| day | change | where | source |\n|---|---|---|---|\n";
    for (const TableChange& c : plan.table_changes) {
      const std::string url = link ? link(c.where) : "";
      out << "| " << DayText(c.day) << " | " << MarkdownText(TableChangeText(c)) << " | "
          << CodeLink(c.location, url, /*in_table=*/true) << " | " << MarkdownText(c.source)
          << " |\n";
    }
    out << "\n";
  }

  out << "### Where jobs land\n\n";
  if (!plan.target.placement.judged)
    out << "No credentials were given: destinations are the jobs' aliases as written.\n\n";
  std::set<DestinationKey> destinations;
  for (const auto& [d, c] : plan.target.placement.by_destination) destinations.insert(d);
  if (plan.current)
    for (const auto& [d, c] : plan.current->placement.by_destination) destinations.insert(d);
  out << "| destination | presubmits | postsubmits | periodics | jobs | how |\n"
         "|---|--:|--:|--:|--:|---|\n";
  const KindCounts none;
  for (const DestinationKey& destination : destinations) {
    auto find = [&](const std::map<DestinationKey, KindCounts>& m) {
      auto it = m.find(destination);
      return it == m.end() ? none : it->second;
    };
    const KindCounts after = find(plan.target.placement.by_destination);
    std::optional<KindCounts> before;
    if (plan.current) before = find(plan.current->placement.by_destination);
    auto cell = [&](std::size_t KindCounts::*field) {
      return Count(before ? std::optional<std::size_t>((*before).*field) : std::nullopt,
                   after.*field);
    };
    out << "| " << MarkdownCellCode(destination.Name()) << " | " << cell(&KindCounts::presubmits) << " | "
        << cell(&KindCounts::postsubmits) << " | " << cell(&KindCounts::periodics) << " | "
        << Count(before ? std::optional<std::size_t>(before->jobs()) : std::nullopt, after.jobs())
        << " | " << HowCell(after.jobs() || !before ? after : *before) << " |\n";
  }
  out << "\n";

  if (plan.current) {
    out << "### Moves\n\n";
    if (plan.moves.empty()) out << "No job moves.\n";
    for (const PlannedMove& pm : plan.moves) {
      const Move& m = pm.move;
      const std::string how = MovePhrase(m);
      out << "- " << (pm.severity ? std::string(Icon(*pm.severity)) + " " : "") << "**"
          << m.jobs.size() << (m.jobs.size() == 1 ? " job" : " jobs") << "**: "
          << MarkdownCode(m.from.Name()) << " → " << MarkdownCode(m.to.Name())
          << (how.empty() ? "" : ", " + MarkdownText(how));
      if (pm.severity) {
        out << " — " << SeverityName(*pm.severity);
        for (const std::string& r : pm.rules) out << " " << RuleRef(findings, r);
      }
      // A PR comment holds 65,536 characters: list the first jobs only.
      constexpr std::size_t kListed = 200;
      out << "\n  <details><summary>jobs</summary>\n\n";
      for (std::size_t i = 0; i < m.jobs.size() && i < kListed; ++i)
        out << "  - " << JobKindName(m.jobs[i]->kind) << " " << MarkdownCode(m.jobs[i]->name.value)
            << "\n";
      if (m.jobs.size() > kListed)
        out << "  - and " << m.jobs.size() - kListed << " more (`prowlint plan --jobs` lists them)\n";
      out << "\n  </details>\n";
    }
    out << "\n";
  }

  out << "### Findings" << (plan.current ? " this change brings" : "") << "\n\n";
  Findings(findings, existing, link, out);
  FixedSection(findings, out);
  NotesBlock(findings.notes, out);
}

void WriteLintMarkdown(const Report& report, std::size_t existing, const LineLink& link,
                       std::ostream& out) {
  out << "## prowlint\n\n";
  if (!report.input_errors.empty()) {
    out << ":x: **" << report.input_errors.size() << " input error"
        << (report.input_errors.size() == 1 ? "" : "s") << "**: nothing was checked.\n\n";
    for (const InputError& e : report.input_errors) {
      const std::string where = FormatPosition(*report.sources, e.pos);
      out << "- " << (where.empty() ? "" : MarkdownCode(where) + ": ") << MarkdownText(e.message)
          << "\n";
    }
    return;
  }
  out << MarkdownText(SummaryLine(report.summary)) << "\n\n";
  Findings(report, existing, link, out);
  FixedSection(report, out);
  NotesBlock(report.notes, out);
}

}  // namespace prowlint
