// SPDX-License-Identifier: Apache-2.0
// See cli.h. CLI11 parses what app.h defines; each subcommand has its own
// Setup/Run pair. Typos of commands and flags get a "did you mean", as rule
// ids already do.
#include "cmd/prowlint/cli.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <string>

#include "cmd/prowlint/app.h"
#include "cmd/prowlint/exit_code.h"
#include "lint/base/calendar.h"
#include "lint/base/text.h"

#ifndef PROWLINT_VERSION
#define PROWLINT_VERSION "0.0.0"
#endif

namespace prowlint {
namespace {

std::vector<std::string> CommandNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// Every spelling of `cmd`'s flags: "--config-path", "-h".
std::vector<std::string> FlagNames(const CLI::App& cmd) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : cmd.get_options()) {
    for (const std::string& l : opt->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : opt->get_snames()) names.push_back("-" + s);
  }
  return names;
}

// The flag a mistyped `name` most likely meant: the shortest known flag that
// `name` begins (a truncated "--job-config" is "--job-config-path", though
// "--kubeconfig" is fewer edits away), else the nearest by edit distance.
std::string GuessFlag(const std::string& name, const std::vector<std::string>& known) {
  std::string guess;
  if (name.size() > 3 && name.rfind("--", 0) == 0)
    for (const std::string& k : known)
      if (k.size() > name.size() && k.rfind(name, 0) == 0 &&
          (guess.empty() || k.size() < guess.size()))
        guess = k;
  return guess.empty() ? ClosestMatch(name, known) : guess;
}

// The first argument that looks like a flag `cmd` does not know, with a
// suggestion; "" when every flag is known.
std::string UnknownFlag(const CLI::App& cmd, const std::vector<std::string>& args) {
  const std::vector<std::string> known = FlagNames(cmd);
  for (const std::string& arg : args) {
    if (arg.size() < 2 || arg[0] != '-' || arg == "--") continue;
    const std::string name = arg.substr(0, arg.find('='));
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    const std::string guess = GuessFlag(name, known);
    return "unknown flag " + Quote(name) +
           (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?");
  }
  return "";
}

// What a bare `prowlint` prints: the commands, shorter than the full help.
std::string ShortUsage(const CLI::App& app) {
  std::string text = "usage: prowlint COMMAND [FLAGS]\n\nCommands:\n";
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    std::string name = sub->get_name();
    name.resize(std::max<std::size_t>(name.size(), 9), ' ');
    text += "  " + name + sub->get_description() + "\n";
  }
  return text + "\nRun prowlint help COMMAND for its flags, an example and the exit codes.\n";
}

// `prowlint help [COMMAND]`.
int RunHelp(CLI::App& app, const std::string& topic, Io& io) {
  if (topic.empty()) {
    // app.help() would describe the selected subcommand, `help` itself.
    io.out << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
    return kExitClean;
  }
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name() != topic) continue;
    io.out << sub->help("prowlint");  // "Usage: prowlint lint", not "Usage: lint"
    return kExitClean;
  }
  const std::string guess = ClosestMatch(topic, CommandNames(app));
  io.err << "prowlint help: unknown command " << Quote(topic)
         << (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?") << "\n";
  return kExitUsage;
}

// SOURCE_DATE_EPOCH (reproducible-builds.org) pins the run date that
// staging-image ages, credential expiry and suppressions' until= count from:
// a frozen tree judged on a given day gives the same report on any day.
// Returns an error for a value that is not seconds since 1970.
std::string PinRunDate(Io& io) {
  const std::string epoch = io.env("SOURCE_DATE_EPOCH");
  if (epoch.empty()) return "";
  if (epoch.size() > 12 || epoch.find_first_not_of("0123456789") != std::string::npos)
    return "SOURCE_DATE_EPOCH must be seconds since 1970-01-01 UTC, not " + Quote(epoch);
  io.today = IsoDateOfUnixTime(std::stoll(epoch));
  return "";
}

// No command, or a first word that is no command: CLI11 would only say one
// is required. Says what is wrong and returns false.
bool NamesACommand(const CLI::App& app, const std::vector<std::string>& args, Io& io) {
  if (args.size() <= 1) {
    io.err << ShortUsage(app);
    return false;
  }
  if (args[1].empty() || args[1][0] == '-') return true;
  const std::vector<std::string> commands = CommandNames(app);
  if (std::find(commands.begin(), commands.end(), args[1]) != commands.end()) return true;
  const std::string guess = ClosestMatch(args[1], commands);
  io.err << "prowlint: unknown command " << Quote(args[1])
         << (guess.empty() ? "" : "; did you mean " + Quote(guess) + "?")
         << "\nRun prowlint help for the commands.\n";
  return false;
}

// A parse that ended early: --help and --version (code 0), or a usage error
// in our wording, not CLI11's "Run with --help or --help-all": the flag's
// message (OneOf's "did you mean") and where the flags are described.
int ReportParseError(CLI::App& app, const CLI::ParseError& e, const std::vector<std::string>& args,
                     Io& io) {
  if (e.get_exit_code() == 0) {
    app.exit(e, io.out, io.err);
    return kExitClean;
  }
  const std::vector<CLI::App*> parsed = app.get_subcommands();
  const CLI::App& cmd = parsed.empty() ? app : *parsed.front();
  const std::string unknown =
      UnknownFlag(cmd, std::vector<std::string>(args.begin() + 1, args.end()));
  const std::string name = parsed.empty() ? "" : " " + cmd.get_name();
  io.err << "prowlint" << name << ": " << (unknown.empty() ? e.what() : unknown)
         << "\nRun prowlint help" << name << " for the flags.\n";
  return kExitUsage;
}

// Runs a command that writes reports once its --format/--output pairs are
// known to match.
template <typename Run>
int WithOutputs(const CLI::App& cmd, OutputOptions& output, Io& io, Run run) {
  if (const std::string error = PairOutputs(cmd, output); !error.empty()) {
    io.err << "prowlint " << cmd.get_name() << ": " << error << "\n";
    return kExitUsage;
  }
  return run();
}

}  // namespace

int RunCli(const std::vector<std::string>& args, Io& io) {
  CommandLine cli;
  CLI::App& app = cli.app;

  if (!NamesACommand(app, args, io)) return kExitUsage;
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    return ReportParseError(app, e, args, io);
  }
  if (const std::string error = PinRunDate(io); !error.empty()) {
    io.err << "prowlint: " << error << "\n";
    return kExitUsage;
  }
  try {
    if (cli.lint_cmd->parsed())
      return WithOutputs(*cli.lint_cmd, cli.lint.output, io,
                         [&] { return RunLintCommand(cli.lint, io); });
    if (cli.plan_cmd->parsed())
      return WithOutputs(*cli.plan_cmd, cli.plan.run.output, io,
                         [&] { return RunPlanCommand(cli.plan, io); });
    if (cli.rules_cmd->parsed()) return RunRulesCommand(cli.rules, io);
    if (cli.explain_cmd->parsed()) return RunRulesCommand(cli.explain, io);
    if (cli.help_cmd->parsed()) return RunHelp(app, cli.help_topic, io);
    if (cli.version_cmd->parsed()) {
      io.out << "prowlint " << PROWLINT_VERSION << "\n";
      return kExitClean;
    }
  } catch (const std::exception& e) {
    io.err << "prowlint: internal error: " << e.what() << "\n";
    return kExitInputError;
  }
  return kExitUsage;
}

}  // namespace prowlint
