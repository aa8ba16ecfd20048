// SPDX-License-Identifier: Apache-2.0
// See plan_reporters.h.
#include "lint/report/plan_reporters.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <rang.hpp>
#include <set>

#include "lint/prow/version_table.h"
#include "lint/report/escape_text.h"

namespace prowlint {
namespace {

using Counts = std::map<DestinationKey, KindCounts>;

std::size_t Get(const KindCounts& k, int column) {
  switch (column) {
    case 0:
      return k.presubmits;
    case 1:
      return k.postsubmits;
    case 2:
      return k.periodics;
    default:
      return k.jobs();
  }
}

// "277", or "277 -> 0 (-277)" when the two sides differ.
std::string Cell(std::optional<std::size_t> before, std::size_t after) {
  if (!before || *before == after) return std::to_string(after);
  const long diff = static_cast<long>(after) - static_cast<long>(*before);
  return std::to_string(*before) + " \u2192 " + std::to_string(after) + " (" +
         (diff > 0 ? "+" : "") + std::to_string(diff) + ")";
}

// Display width of a UTF-8 string (the arrow is one column).
std::size_t Width(const std::string& s) {
  std::size_t w = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++w;
  return w;
}

std::string Side(const PlanSide& side) {
  return TextValue(side.version) +
         (side.version_source.empty() ? "" : " (" + TextValue(side.version_source) + ")");
}

void WriteSeverity(std::ostream& out, prowlint::Severity s, bool color) {
  if (color)
    out << rang::style::bold
        << (s == Severity::kError     ? rang::fg::red
            : s == Severity::kWarning ? rang::fg::magenta
                                      : rang::fg::cyan);
  out << SeverityName(s);
  if (color) out << rang::style::reset;
}

}  // namespace

namespace {

// One line of the placement table: its cells, and how the first is shown.
struct TableRow {
  std::vector<std::string> cells;
  bool alarm = false;  // jobs that land nowhere they can run: red
  bool bold = false;   // the header and the total
};

// The versions, then what the plan says before its table.
void WritePlanHeader(const Plan& plan, std::ostream& out) {
  if (plan.current) out << "current: " << Side(*plan.current) << "\n";
  out << "target:  " << Side(plan.target) << "\n";
  if (!plan.target.placement.judged)
    out << "note: no --kubeconfig or --build-cluster given: destinations are the jobs' aliases "
           "as written\n";
  for (const AlreadyThere& a : plan.already)
    out << "note: the current deploy already: " << TextValue(a.message + " [" + a.rule + "]")
        << "\n";
  for (const std::string& line : plan.notes) out << "note: " << TextValue(line) << "\n";
  if (!plan.table_changes.empty()) {
    out << "\nProw changes between these versions that touch this deploy:\n";
    for (const TableChange& c : plan.table_changes)
      out << "  " << TextLineStart(c.location) << ": " << DayText(c.day) << " "
          << TextValue(TableChangeText(c)) << " (" << TextValue(c.source) << ")\n";
  }
  out << "\n";
}

KindCounts Total(const Counts& counts) {
  KindCounts total;
  for (const auto& [d, c] : counts) {
    total.presubmits += c.presubmits;
    total.postsubmits += c.postsubmits;
    total.periodics += c.periodics;
  }
  return total;
}

// Every destination either side has, in name order, then the total.
std::vector<TableRow> PlacementRows(const Plan& plan) {
  std::set<DestinationKey> destinations;
  for (const auto& [d, counts] : plan.target.placement.by_destination) destinations.insert(d);
  if (plan.current)
    for (const auto& [d, counts] : plan.current->placement.by_destination) destinations.insert(d);
  auto before_cell = [&](const KindCounts& before, int col) {
    return plan.current ? std::optional<std::size_t>(Get(before, col)) : std::nullopt;
  };
  std::vector<TableRow> rows;
  const KindCounts none;
  for (const DestinationKey& destination : destinations) {
    auto find = [&](const Counts& c) {
      auto it = c.find(destination);
      return it == c.end() ? none : it->second;
    };
    const KindCounts after = find(plan.target.placement.by_destination);
    const KindCounts before = plan.current ? find(plan.current->placement.by_destination) : none;
    // An alias begins the row's line: never a workflow command.
    TableRow row{{TextLineStart(destination.Name())}};
    row.alarm = destination.kind != Landing::Kind::kBuildCluster;
    for (int col = 0; col < 4; ++col)
      row.cells.push_back(Cell(before_cell(before, col), Get(after, col)));
    row.cells.push_back(HowCell(after.jobs() ? after : before));
    rows.push_back(std::move(row));
  }
  const KindCounts total_after = Total(plan.target.placement.by_destination);
  const KindCounts total_before =
      plan.current ? Total(plan.current->placement.by_destination) : none;
  TableRow total{{"all"}};
  total.bold = true;
  for (int col = 0; col < 4; ++col)
    total.cells.push_back(Cell(before_cell(total_before, col), Get(total_after, col)));
  total.cells.push_back("");
  rows.push_back(std::move(total));
  return rows;
}

// Columns padded to their widest cell: the first left-aligned, numbers
// right-aligned, the last (words) left-aligned without trailing blanks.
void WriteTable(const std::vector<TableRow>& rows, bool color, std::ostream& out) {
  std::vector<std::size_t> width(rows.front().cells.size());
  for (std::size_t c = 0; c < width.size(); ++c)
    for (const TableRow& row : rows) width[c] = std::max(width[c], Width(row.cells[c]));
  for (const TableRow& row : rows) {
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const std::string& cell = row.cells[c];
      const std::size_t pad = width[c] - Width(cell);
      if (c == 0) {
        const bool styled = color && (row.alarm || row.bold);
        if (styled) out << rang::style::bold << (row.alarm ? rang::fg::red : rang::fg::reset);
        out << cell;
        if (styled) out << rang::style::reset;
        out << std::string(pad, ' ');
      } else if (c + 1 == row.cells.size()) {
        if (!cell.empty()) out << "  " << cell;
      } else {
        out << "  " << std::string(pad, ' ') << cell;
      }
    }
    out << "\n";
  }
}

void WriteMoves(const Plan& plan, const PlanOutputOptions& options, std::ostream& out) {
  if (plan.moves.empty()) {
    out << "no job moves\n";
    return;
  }
  out << "moves:\n";
  for (const PlannedMove& pm : plan.moves) {
    const Move& m = pm.move;
    const std::string how = MovePhrase(m);
    out << "  " << m.jobs.size() << (m.jobs.size() == 1 ? " job: " : " jobs: ")
        << TextValue(m.from.Name()) << " \u2192 " << TextValue(m.to.Name())
        << (how.empty() ? "" : ", " + TextValue(how));
    if (pm.severity) {
      out << "  ";
      WriteSeverity(out, *pm.severity, options.color);
      out << " [";
      for (std::size_t i = 0; i < pm.rules.size(); ++i) out << (i ? ", " : "") << pm.rules[i];
      out << "]";
    }
    out << "\n";
    if (options.list_jobs) {
      for (const Job* j : m.jobs)
        out << "    " << JobKindName(j->kind) << " " << TextValue(j->name.value) << "\n";
    }
  }
  if (!options.list_jobs) out << "(--jobs lists the jobs of every move)\n";
}

}  // namespace

void WritePlanText(const Plan& plan, const PlanOutputOptions& options, std::ostream& out) {
  WritePlanHeader(plan, out);
  std::vector<TableRow> rows = PlacementRows(plan);
  TableRow header{{"destination", "presubmits", "postsubmits", "periodics", "jobs", "how"}};
  header.bold = true;
  rows.insert(rows.begin(), std::move(header));
  WriteTable(rows, options.color, out);
  if (!plan.current) return;
  out << "\n";
  WriteMoves(plan, options, out);
}

namespace {

nlohmann::json PlanSideJson(const PlanSide& s) {
  nlohmann::json j;
  j["version"] = s.version;
  if (!s.version_source.empty()) j["version_source"] = s.version_source;
  j["judged"] = s.placement.judged;
  nlohmann::json clusters = nlohmann::json::object();
  for (const auto& [d, c] : s.placement.by_destination)
    clusters[d.Name()] = {{"jobs", c.jobs()},
                          {"presubmits", c.presubmits},
                          {"postsubmits", c.postsubmits},
                          {"periodics", c.periodics}};
  for (const auto& [d, c] : s.placement.by_destination) {
    if (c.random) clusters[d.Name()]["random"] = c.random;
    if (c.may) clusters[d.Name()]["may"] = c.may;
  }
  j["clusters"] = clusters;
  return j;
}

nlohmann::json MoveJson(const PlannedMove& pm, const PlanOutputOptions& options) {
  nlohmann::json m = {{"from", pm.move.from.Name()},
                      {"to", pm.move.to.Name()},
                      {"jobs", pm.move.jobs.size()},
                      {"how", LandingHowName(pm.move.to.how)}};
  if (!pm.move.redrawn_by.empty()) m["redrawn_by"] = pm.move.redrawn_by;
  if (pm.severity) {
    m["severity"] = SeverityName(*pm.severity);
    m["rules"] = pm.rules;
  }
  if (options.list_jobs) {
    nlohmann::json names = nlohmann::json::array();
    for (const Job* j : pm.move.jobs) names.push_back(j->name.value);
    m["names"] = names;
  }
  return m;
}

}  // namespace

void WritePlanJson(const Plan& plan, const PlanOutputOptions& options, std::ostream& out) {
  nlohmann::json doc;
  if (plan.current) doc["current"] = PlanSideJson(*plan.current);
  doc["target"] = PlanSideJson(plan.target);
  nlohmann::json moves = nlohmann::json::array();
  for (const PlannedMove& pm : plan.moves) moves.push_back(MoveJson(pm, options));
  doc["moves"] = moves;
  if (!plan.already.empty()) {
    doc["already"] = nlohmann::json::array();
    for (const AlreadyThere& a : plan.already)
      doc["already"].push_back(a.message + " [" + a.rule + "]");
  }
  if (!plan.notes.empty()) doc["notes"] = plan.notes;
  if (!plan.table_changes.empty()) {
    nlohmann::json changes = nlohmann::json::array();
    for (const TableChange& c : plan.table_changes)
      changes.push_back({{"day", DayText(c.day)},
                         {"component", c.component},
                         {"change", TableChangeText(c)},
                         {"location", c.location},
                         {"source", c.source},
                         {"certain", c.sure}});
    doc["prow_changes"] = changes;
  }
  // Names come from input files and may not be UTF-8: replace, never throw.
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace prowlint
