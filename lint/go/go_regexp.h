// SPDX-License-Identifier: Apache-2.0
// Go's regexp syntax (RE2, package regexp/syntax with Perl flags), which
// Prow compiles job triggers, branches and run_if_changed with. A pattern
// that compiles in PCRE or std::regex may still be refused by Go (look-around,
// back-references, possessive repeats).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace prowlint {

/// "" when Go's regexp.Compile accepts `pattern`, else why not in Go's words
/// ("invalid or unsupported Perl syntax: `(?=`").
std::string GoRegexpError(std::string_view pattern);

/// Whether `pattern` (unanchored, as Go's MatchString) matches somewhere in
/// `text`; nullopt when prowlint cannot evaluate the pattern (a construct it
/// does not emulate) or it does not compile.
std::optional<bool> GoRegexpMatches(std::string_view pattern, std::string_view text);

/// GoRegexpMatches that compiles each pattern once: for rules that test many
/// strings against few patterns. Not thread-safe.
class GoRegexpCache {
 public:
  GoRegexpCache();
  ~GoRegexpCache();
  std::optional<bool> Matches(const std::string& pattern, std::string_view text);

 private:
  struct Compiled;
  std::map<std::string, std::unique_ptr<Compiled>> compiled_;
};

}  // namespace prowlint
