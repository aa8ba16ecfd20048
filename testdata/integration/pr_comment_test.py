#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Runs .github/scripts/pr_comment.py twice against a fake GitHub API on
loopback: the first run creates the one report comment, the second edits it
in place (found by its marker and its author), and third parties' comments,
one of them carrying the marker, are left alone.
Prints "ok" on success; exits non-zero otherwise."""
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

SCRIPT = sys.argv[1]
BOT = {"login": "github-actions[bot]", "type": "Bot"}
# A reviewer's comment, and one that starts with the marker (anyone can write
# it): both are left alone.
comments = [{"id": 1, "body": "LGTM", "url": None, "user": {"login": "reviewer"}},
            {"id": 2, "body": "<!-- prowlint-report -->\nplanted", "url": None,
             "user": {"login": "mallory"}}]


class Api(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, code, payload):
        data = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body(self):
        return json.loads(self.rfile.read(int(self.headers["Content-Length"])))

    def do_GET(self):
        assert self.path.startswith("/repos/o/r/issues/7/comments"), self.path
        assert self.headers["Authorization"] == "Bearer t0ken"
        self.reply(200, comments)

    def do_POST(self):
        assert self.path == "/repos/o/r/issues/7/comments", self.path
        c = {"id": len(comments) + 1, "body": self.body()["body"], "user": BOT}
        c["url"] = f"http://127.0.0.1:{self.server.server_port}/repos/o/r/issues/comments/{c['id']}"
        comments.append(c)
        self.reply(201, c)

    def do_PATCH(self):
        cid = int(self.path.rsplit("/", 1)[1])
        for c in comments:
            if c["id"] == cid:
                c["body"] = self.body()["body"]
                return self.reply(200, c)
        self.reply(404, {})


server = HTTPServer(("127.0.0.1", 0), Api)
threading.Thread(target=server.serve_forever, daemon=True).start()
env = dict(os.environ, GITHUB_TOKEN="t0ken", GITHUB_REPOSITORY="o/r", PR="7",
           GITHUB_API_URL=f"http://127.0.0.1:{server.server_port}")
with tempfile.TemporaryDirectory() as tmp:
    report = os.path.join(tmp, "report.md")
    for text in ("## prowlint plan\n\nfirst\n", "## prowlint plan\n\nsecond\n"):
        with open(report, "w") as f:
            f.write(text)
        subprocess.run([sys.executable, SCRIPT, report], env=env, check=True)
server.shutdown()
ours = [c for c in comments if c["user"] == BOT]
assert len(ours) == 1, comments
assert comments[1]["body"] == "<!-- prowlint-report -->\nplanted", comments[1]
assert ours[0]["body"].endswith("second\n"), ours[0]["body"]
assert comments[0]["body"] == "LGTM", comments[0]
print("ok")
