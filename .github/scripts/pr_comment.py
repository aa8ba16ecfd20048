#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Posts a Markdown report as one pull-request comment, or edits the comment
an earlier run posted (found by a hidden marker), so a PR carries one report.

usage: pr_comment.py REPORT_MD   (env: GITHUB_TOKEN, GITHUB_API_URL,
                                  GITHUB_REPOSITORY, PR)

Only the Python standard library: the workflow's container is a plain
Debian 12 with what prowlint's .ci/deps installed.
"""
import json
import os
import sys
import urllib.request

MARKER = "<!-- prowlint-report -->"
# The author of what GITHUB_TOKEN posts; another token (a GitHub App's, a
# person's) sets PROWLINT_COMMENT_AUTHOR to its login.
AUTHOR = os.environ.get("PROWLINT_COMMENT_AUTHOR") or "github-actions[bot]"
LIMIT = 65536  # GitHub refuses longer comment bodies


def body(report):
    text = MARKER + "\n" + report
    if len(text) > LIMIT:
        cut = text[: LIMIT - 200].rsplit("\n", 1)[0]
        text = cut + "\n\n(truncated: the job summary has the whole report)\n"
    return text


def call(method, url, payload=None):
    request = urllib.request.Request(
        url,
        method=method,
        data=None if payload is None else json.dumps(payload).encode(),
        headers={
            "Authorization": "Bearer " + os.environ["GITHUB_TOKEN"],
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
        },
    )
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read() or b"null")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = body(f.read())
    api = os.environ.get("GITHUB_API_URL", "https://api.github.com")
    issue = f"{api}/repos/{os.environ['GITHUB_REPOSITORY']}/issues/{os.environ['PR']}"
    page = 1
    while True:
        comments = call("GET", f"{issue}/comments?per_page=100&page={page}")
        for c in comments:
            # Ours: the marker, and written by the workflow's token. Anyone can
            # start a comment with the marker; editing theirs would put the
            # report under their name (or fail for want of permission).
            if c.get("body", "").startswith(MARKER) and (c.get("user") or {}).get("login") == AUTHOR:
                call("PATCH", c["url"], {"body": text})
                return
        if len(comments) < 100:
            break
        page += 1
    call("POST", f"{issue}/comments", {"body": text})


if __name__ == "__main__":
    main()
