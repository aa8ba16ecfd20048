// SPDX-License-Identifier: Apache-2.0
// See man_page.h. Reads the App as CLI11's own help formatter does
// (CLI/Formatter.hpp: make_option_opts, make_groups, make_usage), so each
// entry says what `prowlint COMMAND --help` says. Every text of the App goes
// through TroffText and onto a text line, never into a macro argument, where
// quotes and spaces would need escaping of their own. Commands are one level
// deep, as prowlint's are.
#include "cmd/prowlint/man_page.h"

#include <algorithm>
#include <vector>

#include "cmd/prowlint/troff.h"
#include "lint/base/text.h"

namespace prowlint {
namespace {

std::string Bold(std::string_view text) { return "\\fB" + TroffText(text) + "\\fR"; }
std::string Italic(std::string_view text) { return "\\fI" + TroffText(text) + "\\fR"; }

std::vector<const CLI::App*> Commands(const CLI::App& app) {
  return app.get_subcommands(
      [](const CLI::App* sub) { return !sub->get_disabled() && !sub->get_name().empty(); });
}

// The option's spellings as help lists them: "-h, --help"; a positional's name.
std::string Names(const CLI::Option& opt) {
  if (opt.get_positional()) return Italic(opt.get_name(true, false));
  std::vector<std::string> names;
  for (const std::string& s : opt.get_snames()) names.push_back(Bold("-" + s));
  for (const std::string& l : opt.get_lnames()) names.push_back(Bold("--" + l));
  return Join(names, ", ");
}

// The option's first long spelling, else its first: how prose names it.
std::string FirstName(const CLI::Option& opt) {
  if (opt.get_positional()) return Italic(opt.get_name(true, false));
  if (!opt.get_lnames().empty()) return Bold("--" + opt.get_lnames().front());
  return Bold("-" + opt.get_snames().front());
}

// What help shows after the names (Formatter::make_option_opts): the value
// name in italics and its validator's description ("FORMAT:{text,json}"),
// "=DEFAULT", " ..." when repeatable, REQUIRED, the environment variable.
std::string ValueText(const CLI::Option& opt) {
  if (!opt.get_option_text().empty()) return " " + TroffText(opt.get_option_text());
  std::string out;
  if (opt.get_type_size() != 0) {
    const std::string type = opt.get_type_name();
    if (!type.empty()) {
      const std::size_t colon = type.find(':');
      out += " " + Italic(type.substr(0, colon));
      if (colon != std::string::npos) out += TroffText(type.substr(colon));
    }
    if (!opt.get_default_str().empty()) out += "=" + TroffText(opt.get_default_str());
    if (opt.get_expected_max() >= CLI::detail::expected_max_vector_size)
      out += " ...";
    else if (opt.get_expected_min() > 1)
      out += " x " + std::to_string(opt.get_expected());
    if (opt.get_required()) out += " REQUIRED";
  }
  if (!opt.get_envname().empty()) out += " (Env:" + TroffText(opt.get_envname()) + ")";
  for (const auto& [label, options] :
       {std::pair{"Needs", opt.get_needs()}, std::pair{"Excludes", opt.get_excludes()}}) {
    if (options.empty()) continue;
    out += std::string(" ") + label + ":";
    for (const CLI::Option* other : options) out += " " + TroffText(other->get_name());
  }
  return out;
}

// One option as the page lists it.
struct Entry {
  const CLI::Option* option;
  std::string group;
  std::string text;  // .TP, the names and value, the description
};

bool IsHelpFlag(const CLI::App& cmd, const CLI::Option* opt) {
  return opt == cmd.get_help_ptr() || opt == cmd.get_help_all_ptr();
}

// The help flags of every command, when every command has the same ones
// (the root's section then says so once); else none.
std::vector<std::string> SharedHelpFlags(const CLI::App& app) {
  std::vector<std::string> shared;
  bool first = true;
  for (const CLI::App* cmd : Commands(app)) {
    std::vector<std::string> names;
    for (const CLI::Option* opt : {cmd->get_help_ptr(), cmd->get_help_all_ptr()})
      if (opt) names.push_back(Names(*opt));
    if (!first && names != shared) return {};
    shared = names;
    first = false;
  }
  return shared;
}

// `cmd`'s options in help's order: positionals, then each group in the order
// of its first option. Hidden options (no group) are left out, as help does,
// and so are the help flags when the root's section covers them.
std::vector<Entry> Entries(const CLI::App& cmd, bool leave_out_help) {
  std::vector<Entry> entries;
  auto add = [&](const CLI::Option* opt) {
    std::string text = ".TP\n" + Names(*opt) + ValueText(*opt) + "\n";
    if (const std::string body = TroffText(opt->get_description()); !body.empty())
      text += body + "\n";
    entries.push_back({opt, opt->get_group(), text});
  };
  auto shown = [&](const CLI::Option* opt) {
    return !opt->get_group().empty() && !(leave_out_help && IsHelpFlag(cmd, opt));
  };
  for (const CLI::Option* opt : cmd.get_options())
    if (shown(opt) && opt->get_positional()) add(opt);
  for (const std::string& group : cmd.get_groups())
    for (const CLI::Option* opt : cmd.get_options())
      if (shown(opt) && opt->nonpositional() && opt->get_group() == group) add(opt);
  return entries;
}

// `entries` under their group headings: help's first group is the
// subsection's own, every later one is named as help names it.
std::string ListEntries(const CLI::App& cmd, const std::vector<Entry>& entries) {
  std::string out;
  const std::vector<std::string> groups = cmd.get_groups();
  const std::string* group = nullptr;
  for (const Entry& e : entries) {
    if (!e.option->get_positional() && (group == nullptr || *group != e.group)) {
      group = &e.group;
      if (!groups.empty() && e.group != groups.front())
        out += ".PP\n" + Italic(e.group + ":") + "\n";
    }
    out += e.text;
  }
  return out;
}

bool SameEntry(const Entry& a, const Entry& b) { return a.group == b.group && a.text == b.text; }

// A command whose options are mostly an earlier command's (plan and lint)
// names that command and lists only its own: the same forty entries twice
// would bury what differs. Pays only when it saves a list.
struct Reference {
  const CLI::App* command = nullptr;
  std::vector<const Entry*> missing;  // the earlier command's, not this one's
  std::vector<const Entry*> own;      // this command's, not the earlier one's
};

Reference FindReference(const std::vector<Entry>& entries,
                        const std::vector<std::pair<const CLI::App*, std::vector<Entry>>>& listed) {
  Reference best;
  std::size_t best_shared = 0;
  for (const auto& other : listed) {
    const CLI::App* command = other.first;
    const std::vector<Entry>& theirs = other.second;
    auto in = [](const Entry& e, const std::vector<Entry>& list) {
      return std::any_of(list.begin(), list.end(), [&](const Entry& x) { return SameEntry(e, x); });
    };
    const std::size_t shared = static_cast<std::size_t>(std::count_if(
        entries.begin(), entries.end(), [&](const Entry& e) { return in(e, theirs); }));
    if (shared < 4 || shared * 2 <= entries.size() || shared <= best_shared) continue;
    best_shared = shared;
    best = {command, {}, {}};
    for (const Entry& e : theirs)
      if (!in(e, entries)) best.missing.push_back(&e);
    for (const Entry& e : entries)
      if (!in(e, theirs)) best.own.push_back(&e);
  }
  return best;
}

std::string CommandName(const CLI::App& app, const CLI::App& cmd) {
  return app.get_name() + " " + cmd.get_name();
}

// "The options of prowlint lint above, but --new-only and --strict; and these:"
std::string ReferenceSentence(const CLI::App& app, const Reference& ref) {
  std::string out = ".PP\nThe options of " + Bold(CommandName(app, *ref.command)) + " above";
  std::vector<std::string> missing;
  for (const Entry* e : ref.missing) missing.push_back(FirstName(*e->option));
  if (!missing.empty()) out += ", but " + JoinAnd(missing);
  if (ref.own.empty()) return out + ".\n";
  return out + (missing.empty() ? ", and these:\n" : "; and these:\n");
}

std::string Synopsis(const CLI::App& app, bool leave_out_help) {
  std::vector<std::string> lines;
  for (const CLI::App* cmd : Commands(app)) {
    std::string line = Bold(CommandName(app, *cmd));
    const std::vector<Entry> entries = Entries(*cmd, leave_out_help);
    if (std::any_of(entries.begin(), entries.end(),
                    [](const Entry& e) { return e.option->nonpositional(); }))
      line += " [" + Italic("options") + "]";
    for (const Entry& e : entries) {  // as Formatter::make_option_usage
      if (!e.option->get_positional()) continue;
      std::string usage = FirstName(*e.option);
      if (e.option->get_expected_max() >= CLI::detail::expected_max_vector_size) usage += "...";
      line += " " + (e.option->get_required() ? usage : "[" + usage + "]");
    }
    lines.push_back(line);
  }
  std::vector<std::string> own;
  for (const Entry& e : Entries(app, false))
    if (e.option->nonpositional()) own.push_back(FirstName(*e.option));
  lines.push_back(Bold(app.get_name()) + (own.empty() ? "" : " [" + Join(own, " | ") + "]"));
  return Join(lines, "\n.br\n") + "\n";
}

std::string Options(const CLI::App& app, const std::vector<std::string>& help_flags) {
  std::string out = ".SS\n" + TroffText(app.get_name()) + "\n";
  out += ListEntries(app, Entries(app, false));
  if (!help_flags.empty()) out += ".PP\nEvery command takes " + JoinAnd(help_flags) + " too.\n";
  std::vector<std::pair<const CLI::App*, std::vector<Entry>>> listed;
  for (const CLI::App* cmd : Commands(app)) {
    out += ".SS\n" + TroffText(CommandName(app, *cmd)) + "\n";
    if (!cmd->get_description().empty()) out += TroffText(cmd->get_description()) + "\n";
    std::vector<Entry> entries = Entries(*cmd, !help_flags.empty());
    const Reference ref = FindReference(entries, listed);
    if (ref.command == nullptr) {
      out += ListEntries(*cmd, entries);
      listed.emplace_back(cmd, std::move(entries));  // a command referred to lists all
      continue;
    }
    out += ReferenceSentence(app, ref);
    std::vector<Entry> own;
    for (const Entry* e : ref.own) own.push_back(*e);
    out += ListEntries(*cmd, own);
  }
  return out;
}

// The description without the "prowlint: " it may start with.
std::string NameLine(const CLI::App& app) {
  std::string description = app.get_description();
  const std::string prefix = app.get_name() + ": ";
  if (description.rfind(prefix, 0) == 0) description.erase(0, prefix.size());
  return TroffText(app.get_name()) + (description.empty() ? "" : " \\- " + TroffText(description)) +
         "\n";
}

}  // namespace

ManSections MakeManSections(const CLI::App& app) {
  const std::vector<std::string> help_flags = SharedHelpFlags(app);
  return {NameLine(app), Synopsis(app, !help_flags.empty()), Options(app, help_flags)};
}

std::string VersionText(CLI::App& app) {
  try {
    app.parse(std::vector<std::string>{"--version"});
  } catch (const CLI::CallForVersion& e) {
    return e.what();
  } catch (const CLI::Error&) {
  }
  return "";
}

std::string FillManPage(std::string_view page_template, const ManSections& sections,
                        const std::string& version, std::string& error) {
  const std::pair<std::string_view, const std::string*> markers[] = {
      {".\\\" @NAME@", &sections.name},
      {".\\\" @SYNOPSIS@", &sections.synopsis},
      {".\\\" @OPTIONS@", &sections.options}};
  std::string out =
      ".\\\" Made at build time by prowlint_manpage from cmd/prowlint/prowlint.1.in and the\n"
      ".\\\" command line's definition (cmd/prowlint/app.h): edit those, not this file.\n";
  std::size_t found[std::size(markers)] = {};
  for (std::size_t start = 0; start < page_template.size();) {
    std::size_t end = page_template.find('\n', start);
    if (end == std::string_view::npos) end = page_template.size();
    const std::string_view line = page_template.substr(start, end - start);
    start = end + 1;
    bool replaced = false;
    for (std::size_t i = 0; i < std::size(markers); ++i) {
      if (line != markers[i].first) continue;
      out += *markers[i].second;
      ++found[i];
      replaced = true;
    }
    if (replaced) continue;
    std::string text(line);
    for (std::size_t at; (at = text.find("@VERSION@")) != std::string::npos;)
      text.replace(at, std::string_view("@VERSION@").size(), TroffText(version));
    out += text + "\n";
  }
  for (std::size_t i = 0; i < std::size(markers); ++i)
    if (found[i] != 1) {
      error = "the template has " + std::to_string(found[i]) + " lines " +
              std::string(markers[i].first) + " (want one)";
      return "";
    }
  return out;
}

}  // namespace prowlint
