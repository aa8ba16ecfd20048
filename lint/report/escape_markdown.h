// SPDX-License-Identifier: Apache-2.0
// Escaping for GitHub-flavoured Markdown (PR comments, job summaries): each
// value in its context, so no input ends a link, splits a table cell, closes
// a code span, becomes HTML, pings someone (`@name`) or cross-links an
// issue (`#123`).
#pragma once

#include <string>

namespace prowlint {

/// Inline text, in a paragraph, a list item or a table cell: control
/// characters shown as in text (`\n`, `\xNN`), bytes that are not UTF-8 as
/// U+FFFD (as in every format); Markdown punctuation
/// backslash-escaped; `<`, `>`, `&` and `|` as entities (an entity works in
/// a table cell, where GFM splits on `|` before anything else); a
/// zero-width space after `@` and `#` and inside `://` and `www.`, which GitHub
/// would otherwise make mentions, issue links and autolinks.
std::string MarkdownText(const std::string& s);

/// A code span holding `s` literally: fenced with one backtick more than
/// the longest run inside, padded when `s` starts or ends with one;
/// control characters and bytes that are not UTF-8 replaced as in MarkdownText.
std::string MarkdownCode(const std::string& s);

/// A code span for a table cell: `|` is escaped as `\|` (GFM takes the
/// backslash out before the span is read), else it would end the cell.
std::string MarkdownCellCode(const std::string& s);

/// A URL for a link target `(...)`: bytes outside the URL's own characters
/// (spaces, parentheses, `<>`, backticks, controls, non-ASCII) percent-encoded;
/// `%` stays, so a URL already encoded is not encoded twice.
std::string MarkdownLinkTarget(const std::string& url);

/// A path's bytes percent-encoded but for letters, digits and `/-_.~`: a
/// file's place in a URL.
std::string PercentEncodePath(const std::string& path);

}  // namespace prowlint
