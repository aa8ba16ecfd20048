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

bool Alarming(const std::string& destination) {
  return destination == "service-cluster" || destination == "nowhere" ||
         destination.rfind("unknown:", 0) == 0;
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

void WritePlanText(const Plan& plan, const PlanOutputOptions& options, std::ostream& out) {
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

  // Every destination either side has, in name order.
  std::set<DestinationKey> destinations;
  for (const auto& [d, counts] : plan.target.placement.by_destination) destinations.insert(d);
  if (plan.current)
    for (const auto& [d, counts] : plan.current->placement.by_destination) destinations.insert(d);

  const std::vector<std::string> header = {"destination", "presubmits", "postsubmits", "periodics",
                                           "jobs", "how"};
  std::vector<std::vector<std::string>> rows;
  KindCounts total_before, total_after;
  for (const DestinationKey& destination : destinations) {
    // An alias begins the row's line: never a workflow command.
    std::vector<std::string> row{TextLineStart(destination.Name())};
    const KindCounts none;
    auto find = [&](const Counts& c) {
      auto it = c.find(destination);
      return it == c.end() ? none : it->second;
    };
    const KindCounts after = find(plan.target.placement.by_destination);
    const KindCounts before = plan.current ? find(plan.current->placement.by_destination) : none;
    for (int col = 0; col < 4; ++col)
      row.push_back(Cell(plan.current ? std::optional<std::size_t>(Get(before, col)) : std::nullopt,
                         Get(after, col)));
    row.push_back(HowCell(after.jobs() ? after : before));
    rows.push_back(std::move(row));
  }
  for (const auto& [d, c] : plan.target.placement.by_destination) {
    total_after.presubmits += c.presubmits;
    total_after.postsubmits += c.postsubmits;
    total_after.periodics += c.periodics;
  }
  if (plan.current)
    for (const auto& [d, c] : plan.current->placement.by_destination) {
      total_before.presubmits += c.presubmits;
      total_before.postsubmits += c.postsubmits;
      total_before.periodics += c.periodics;
    }
  std::vector<std::string> total{"all"};
  for (int col = 0; col < 4; ++col)
    total.push_back(Cell(plan.current ? std::optional<std::size_t>(Get(total_before, col))
                                      : std::nullopt,
                         Get(total_after, col)));
  total.push_back("");
  rows.push_back(total);

  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    width[c] = Width(header[c]);
    for (const auto& row : rows) width[c] = std::max(width[c], Width(row[c]));
  }
  auto line = [&](const std::vector<std::string>& cells, bool bold_row) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::size_t pad = width[c] - Width(cells[c]);
      const bool alarm = c == 0 && Alarming(cells[c]);
      if (c == 0) {
        if (options.color && (alarm || bold_row))
          out << rang::style::bold << (alarm ? rang::fg::red : rang::fg::reset);
        out << cells[c];
        if (options.color && (alarm || bold_row)) out << rang::style::reset;
        out << std::string(pad, ' ');
      } else if (c + 1 == cells.size()) {
        if (!cells[c].empty()) out << "  " << cells[c];  // words, left-aligned, no trailing blanks
      } else {
        out << "  " << std::string(pad, ' ') << cells[c];  // numbers align right
      }
    }
    out << "\n";
  };
  line(header, true);
  for (std::size_t r = 0; r < rows.size(); ++r) line(rows[r], r + 1 == rows.size());

  if (!plan.current) return;
  out << "\n";
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

void WritePlanJson(const Plan& plan, const PlanOutputOptions& options, std::ostream& out) {
  auto side = [](const PlanSide& s) {
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
  };
  nlohmann::json doc;
  if (plan.current) doc["current"] = side(*plan.current);
  doc["target"] = side(plan.target);
  nlohmann::json moves = nlohmann::json::array();
  for (const PlannedMove& pm : plan.moves) {
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
    moves.push_back(m);
  }
  doc["moves"] = moves;
  if (!plan.already.empty()) {
    doc["already"] = nlohmann::json::array();
    for (const AlreadyThere& a : plan.already) doc["already"].push_back(a.message + " [" + a.rule + "]");
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
