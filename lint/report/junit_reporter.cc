// SPDX-License-Identifier: Apache-2.0
// See junit_reporter.h. pugixml writes the XML and escapes markup; every
// string from input goes through XmlText first, since pugixml takes C strings
// (a NUL would cut them) and writes bytes XML 1.0 forbids as they come.
#include "lint/report/junit_reporter.h"

#include <pugixml.hpp>

#include "lint/report/escape_xml.h"

#include <map>
#include <set>

namespace prowlint {
namespace {

std::string Line(const SourceSet& sources, const Finding& f) {
  std::string s = FormatPosition(sources, f.pos);
  s += (s.empty() ? "" : ": ") + std::string(SeverityName(f.severity)) + ": " + f.message + "\n";
  if (!f.hint.empty()) s += "  hint: " + f.hint + "\n";
  // Every job: a CI page has room, and nothing else lists them.
  if (f.jobs.size() > 1)
    for (const JobRef& j : f.jobs) s += "  " + FormatPosition(sources, j.pos) + ": note: job \"" + j.name + "\"\n";
  for (const Related& r : f.related) s += "  " + FormatPosition(sources, r.pos) + ": note: " + r.message + "\n";
  return s;
}

class JunitBuilder {
 public:
  explicit JunitBuilder(const Report& report) : report_(report) {
    suite_ = doc_.append_child("testsuites").append_child("testsuite");
    suite_.append_attribute("name") = "prowlint";
  }

  void Build() {
    const SourceSet& sources = *report_.sources;
    if (!report_.input_errors.empty()) {
      std::string text;
      for (const InputError& e : report_.input_errors) {
        const std::string where = FormatPosition(sources, e.pos);
        text += (where.empty() ? "" : where + ": ") + "error: " + e.message + "\n";
      }
      Fail(Case("prowlint", "load inputs"), std::to_string(report_.input_errors.size()) +
                                                " input errors: nothing was checked",
           "input-error", text);
      Finish();
      return;  // no rule ran: listing them as passing would look green
    }
    // Group by rule, then by file, in the report's (sorted) order.
    std::map<std::string, std::map<std::string, std::vector<const Finding*>>> groups;
    for (const Finding& f : report_.findings)
      groups[f.rule_id][f.pos.Known() ? sources.Path(f.pos.file) : ""].push_back(&f);
    std::map<std::string, std::string> ids;  // rule -> why it could not judge
    for (const RuleMeta& r : report_.rules)
      if (r.ran) ids[r.id] = r.skipped;
    for (const auto& [rule, files] : groups) ids.emplace(rule, "");
    for (const auto& [rule, skipped] : ids) {
      auto it = groups.find(rule);
      if (it == groups.end()) {
        pugi::xml_node test = Case("prowlint." + rule, rule);
        if (!skipped.empty()) {  // it ran but judged nothing: not a pass
          test.append_child("skipped").append_attribute("message") = XmlText(skipped).c_str();
          ++skipped_;
        }
        continue;
      }
      for (const auto& [file, findings] : it->second) AddGroup(rule, file, findings);
    }
    Finish();
  }

  void Finish() {
    suite_.append_attribute("tests") = tests_;
    suite_.append_attribute("failures") = failures_;
    suite_.append_attribute("errors") = 0;
    suite_.append_attribute("skipped") = skipped_;
  }

  void Save(std::ostream& out) { doc_.save(out, "  ", pugi::format_default, pugi::encoding_utf8); }

 private:
  void AddGroup(const std::string& rule, const std::string& file,
                const std::vector<const Finding*>& findings) {
    const SourceSet& sources = *report_.sources;
    pugi::xml_node test = Case("prowlint." + rule, file.empty() ? rule : rule + " " + file);
    std::string failing, other, why;
    std::size_t failures = 0, active = 0;
    for (const Finding* f : findings) {
      if (f->suppressed) {
        why = f->justification;
        continue;
      }
      ++active;
      if (report_.fail_on && f->severity >= *report_.fail_on) {
        ++failures;
        failing += Line(sources, *f);
      } else {
        other += Line(sources, *f);
      }
    }
    if (failures > 0) {
      Fail(test, std::to_string(failures) + (failures == 1 ? " finding" : " findings") +
                     (file.empty() ? "" : " in " + file),
           rule, failing + other);
    } else if (active > 0) {
      test.append_child("system-out").text() = XmlText(other).c_str();
    } else {
      test.append_child("skipped").append_attribute("message") = XmlText("suppressed: " + why).c_str();
      ++skipped_;
    }
  }

  pugi::xml_node Case(const std::string& classname, const std::string& name) {
    pugi::xml_node test = suite_.append_child("testcase");
    test.append_attribute("classname") = XmlText(classname).c_str();
    test.append_attribute("name") = XmlText(name).c_str();
    ++tests_;
    return test;
  }

  void Fail(pugi::xml_node test, const std::string& message, const std::string& type,
            const std::string& text) {
    pugi::xml_node failure = test.append_child("failure");
    failure.append_attribute("message") = XmlText(message).c_str();
    failure.append_attribute("type") = XmlText(type).c_str();
    failure.text() = XmlText(text).c_str();
    ++failures_;
  }

  const Report& report_;
  pugi::xml_document doc_;
  pugi::xml_node suite_;
  int tests_ = 0;
  int failures_ = 0;
  int skipped_ = 0;
};

}  // namespace

void WriteJunit(const Report& report, std::ostream& out) {
  JunitBuilder builder(report);
  builder.Build();
  builder.Save(out);
}

}  // namespace prowlint
