// SPDX-License-Identifier: Apache-2.0
// The syntaxes Prow parses with Go libraries, as prowlint checks them: Go's
// regexp (RE2), time.ParseDuration, robfig/cron, url.Parse, mime types,
// Kubernetes label names, and config-updater's zglob. Cases from Go's own
// documentation of each, and from Prow configs that broke.
#include <gtest/gtest.h>

#include "lint/go/go_formats.h"
#include "lint/go/go_regexp.h"
#include "lint/go/kube_names.h"
#include "rules/support/config_updater.h"

namespace prowlint {
namespace {

TEST(GoRegexpTest, AcceptsWhatRe2Compiles) {
  for (const char* p : {"",
                        "^master$",
                        "^release-\\d+\\.\\d+$",
                        "(?m)^/test( | .* )pull-unit,?($|\\s.*)",
                        "(?i)foo",
                        "(?P<name>x)",
                        "(?<name>x)",
                        "a{2,3}",
                        "a{,3}",
                        "x{",
                        "[a-z]+",
                        "[]a]",
                        "[^-a]",
                        "[a-]",
                        "[[:alpha:]]",
                        "\\pL",
                        "\\p{Greek}",
                        "\\x41\\x{263a}",
                        "\\Qa.b\\E",
                        "a*?",
                        "\\.md$",
                        "\\123",
                        "(?s:.)",
                        "(?-s:.)",
                        "\\z\\A\\b"})
    EXPECT_EQ(GoRegexpError(p), "") << p;
}

TEST(GoRegexpTest, RefusesWhatRe2Refuses) {
  EXPECT_EQ(GoRegexpError("(?=x)"), "invalid or unsupported Perl syntax: `(?=`");
  EXPECT_EQ(GoRegexpError("(?!skip)"), "invalid or unsupported Perl syntax: `(?!`");
  EXPECT_EQ(GoRegexpError("a\\1"), "invalid escape sequence: `\\1`");
  EXPECT_EQ(GoRegexpError("a**"), "invalid nested repetition operator: `**`");
  EXPECT_EQ(GoRegexpError("*a"), "missing argument to repetition operator: `*`");
  EXPECT_EQ(GoRegexpError("(a"), "missing closing ): `(a`");
  EXPECT_EQ(GoRegexpError("a)"), "unexpected ): `a)`");
  EXPECT_EQ(GoRegexpError("[a"), "missing closing ]: `[a`");
  EXPECT_EQ(GoRegexpError("[z-a]"), "invalid character class range: `z-a`");
  EXPECT_EQ(GoRegexpError("a{1001}"), "invalid repeat count: `{1001}`");
  EXPECT_EQ(GoRegexpError("\\Z"), "invalid escape sequence: `\\Z`");
  EXPECT_EQ(GoRegexpError("[[:word1:]]"), "invalid character class range: `[:word1:]`");
  EXPECT_EQ(GoRegexpError("x\\"), "trailing backslash at end of expression: ``");
}

TEST(GoRegexpTest, MatchesUnanchoredLikeMatchString) {
  EXPECT_EQ(GoRegexpMatches("^release-\\d+\\.\\d+$", "release-1.30"), true);
  EXPECT_EQ(GoRegexpMatches("^release-\\d+\\.\\d+$", "master"), false);
  EXPECT_EQ(GoRegexpMatches("release", "my-release-branch"), true);
  // A leading flag group: Prow's own default trigger starts with (?m).
  EXPECT_EQ(GoRegexpMatches("(?i)master", "MASTER"), true);
  const std::string trigger = "(?m)^/test( | .* )lint,?($|\\s.*)";
  EXPECT_EQ(GoRegexpMatches(trigger, "/test lint"), true);
  EXPECT_EQ(GoRegexpMatches(trigger, "looks good\n/test all lint"), true);
  EXPECT_EQ(GoRegexpMatches(trigger, "/retest-lint"), false);
  EXPECT_EQ(GoRegexpMatches("(?:a|b)c", "bc"), true);
  // Constructs std::regex reads differently are not evaluated: Go's (?s) lets . match a newline, ECMAScript cannot; \r and \v read
  // differently; named groups do not exist in ECMAScript.
  EXPECT_EQ(GoRegexpMatches("(?s)a.b", "a\nb"), std::nullopt);
  EXPECT_EQ(GoRegexpMatches("(?m)^x$", "x\r\n"), std::nullopt);
  EXPECT_EQ(GoRegexpMatches("(?P<n>x)", "x"), std::nullopt);
  EXPECT_EQ(GoRegexpMatches("(?=x)", "x"), std::nullopt);
}

TEST(GoRegexpTest, CacheAnswersAsGoRegexpMatches) {
  GoRegexpCache cache;
  const std::pair<const char*, const char*> cases[] = {{"^release-\\d+\\.\\d+$", "release-1.30"},
                                                       {"^release-\\d+\\.\\d+$", "master"},
                                                       {"release", "my-release-branch"},
                                                       {"(?i)master", "MASTER"},
                                                       {"a**", "a"},
                                                       {"^release-\\d+\\.\\d+$", "release-2.0"}};
  for (const auto& [pattern, text] : cases) {
    EXPECT_EQ(cache.Matches(pattern, text), GoRegexpMatches(pattern, text))
        << pattern << " " << text;
    // Asked again, the compiled pattern answers the same.
    EXPECT_EQ(cache.Matches(pattern, text), GoRegexpMatches(pattern, text))
        << pattern << " " << text;
  }
  EXPECT_EQ(cache.Matches("^main$", "main"), true);
  EXPECT_EQ(cache.Matches("^main$", "mainline"), false);
}

TEST(GoDurationTest, ParsesAsGo) {
  for (const char* d : {"0", "1h", "1h30m", "90s", "1.5h", "-2m", "300ms", "1\xC2\xB5s", ".5s"})
    EXPECT_EQ(GoDurationError(d), "") << d;
  EXPECT_EQ(GoDurationError(""), "time: invalid duration \"\"");
  EXPECT_EQ(GoDurationError("10"), "time: missing unit in duration \"10\"");
  EXPECT_EQ(GoDurationError("1 hour"), "time: unknown unit \" hour\" in duration \"1 hour\"");
  EXPECT_EQ(GoDurationError("1d"), "time: unknown unit \"d\" in duration \"1d\"");
  EXPECT_EQ(GoDurationError("hello"), "time: invalid duration \"hello\"");
}

TEST(CronTest, AcceptsWhatRobfigCronAccepts) {
  for (const char* c : {"0 */6 * * *", "30 2 * * 1-5", "0 0 1 jan,jul *", "0 0 * * SUN",
                        "0 0 12 * * *", "@daily", "@every 1h30m", "TZ=UTC 0 3 * * *",
                        "CRON_TZ=Europe/Berlin 0 3 * * *", "0 22, 10 * * *", "5/15 * * * *"})
    EXPECT_EQ(CronError(c), "") << c;
}

TEST(CronTest, RefusesWhatRobfigCronRefuses) {
  EXPECT_EQ(CronError("hello"), "expected 5 to 6 fields, found 1: hello");
  EXPECT_EQ(CronError("* * * *"), "expected 5 to 6 fields, found 4: * * * *");
  EXPECT_EQ(CronError("0 24 * * *"), "end of range (24) above maximum (23): 24");
  EXPECT_EQ(CronError("0 0 0 * *"), "beginning of range (0) below minimum (1): 0");
  EXPECT_EQ(CronError("0 0 * * 7"), "end of range (7) above maximum (6): 7");
  EXPECT_EQ(CronError("0 0 * * fri-mon"),
            "beginning of range (5) beyond end of range (1): fri-mon");
  EXPECT_EQ(CronError("*/0 * * * *"), "step of range should be a positive number: */0");
  EXPECT_EQ(CronError("@weekdays"), "unrecognized descriptor: @weekdays");
  EXPECT_NE(CronError("@every 1 day"), "");
}

TEST(GoUrlTest, ParsesAsUrlParse) {
  for (const char* u : {"https://github.com/org/repo.git", "github.com:org/repo.git",
                        "ssh://git@github.com:22/org/repo", "gs://bucket/path", "relative/path"})
    EXPECT_EQ(GoUrlError(u), "") << u;
  EXPECT_EQ(GoUrlError("://notvalidURI"), "first path segment in URL cannot contain colon");
  EXPECT_EQ(GoUrlError("https://host:port/x"), "invalid port \":port\" after host");
  EXPECT_EQ(GoUrlError("https://a%zzb"), "invalid URL escape \"%zz\"");
  EXPECT_EQ(GoUrlError("gs://my bucket"), "invalid character \" \" in host name");
  EXPECT_EQ(GoUrlScheme("HTTPS://x"), "https");
  EXPECT_EQ(GoUrlScheme("github.com/x"), "");
}

TEST(MediaTypeTest, ParsesAsMimeParseMediaType) {
  EXPECT_EQ(MediaTypeError("text/plain"), "");
  EXPECT_EQ(MediaTypeError("text/plain; charset=utf-8"), "");
  EXPECT_EQ(MediaTypeError("text/"), "mime: expected token after slash");
  EXPECT_EQ(MediaTypeError(""), "mime: no media type");
}

TEST(KubeNamesTest, QualifiedNamesAndValues) {
  for (const char* k : {"app", "prow.k8s.io/job", "a-b_c.d", "example.com/x"})
    EXPECT_EQ(QualifiedNameError(k), "") << k;
  EXPECT_NE(QualifiedNameError("_leading"), "");
  EXPECT_NE(QualifiedNameError("a/b/c"), "");
  EXPECT_NE(QualifiedNameError("/name"), "");
  EXPECT_NE(QualifiedNameError("Upper.Case/name"), "");  // a DNS prefix is lower-case
  EXPECT_NE(QualifiedNameError(std::string(64, 'a')), "");
  EXPECT_EQ(LabelValueError(""), "");
  EXPECT_EQ(LabelValueError(std::string(63, 'a')), "");
  EXPECT_NE(LabelValueError(std::string(64, 'a')), "");
  EXPECT_NE(LabelValueError("sig node"), "");
}

TEST(ZglobTest, MatchesAsConfigUpdater) {
  EXPECT_TRUE(ZglobMatch("config/jobs/**/*.yaml", "config/jobs/a.yaml"));
  EXPECT_TRUE(ZglobMatch("config/jobs/**/*.yaml", "config/jobs/x/y/a.yaml"));
  EXPECT_FALSE(ZglobMatch("config/jobs/**/*.yaml", "config/jobs/a.yml"));
  EXPECT_TRUE(ZglobMatch("config/jobs/**/*.{yaml,yml}", "config/jobs/x/a.yml"));
  EXPECT_FALSE(ZglobMatch("config/jobs/*.yaml", "config/jobs/x/a.yaml"));
  EXPECT_TRUE(ZglobMatch("prow/cluster/static-files/*", "prow/cluster/static-files/x.css"));
  EXPECT_TRUE(ZglobMatch("config/prow/config.yaml", "config/prow/config.yaml"));
  EXPECT_FALSE(ZglobMatch("config/prow/config.yaml", "other/config/prow/config.yaml"));
  EXPECT_TRUE(ZglobMatch("jobs/[a-c]?.yaml", "jobs/b1.yaml"));
}

}  // namespace
}  // namespace prowlint
