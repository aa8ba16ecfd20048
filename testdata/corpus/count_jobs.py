#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Counts Prow jobs per kind independently of prowlint, for corpus_test.

usage: count_jobs.py [--by-cluster] CONFIG_YAML JOB_CONFIG_DIR   (prints JSON)

With --by-cluster it prints, per `cluster:` value (default when absent), the
jobs and jobs per kind of every job Prow places by alias (not agent: jenkins),
for plan_test.

A second implementation on purpose: PyYAML's libyaml loader instead of
yaml-cpp, Python's directory walk and fnmatch instead of prowlint's walker and
gitignore matcher. Prow's rules it follows (prow-semantics §3.6): .yaml/.yml
files, names starting with ".." skipped, .prowignore patterns, only the first
YAML document of a file, presubmits/postsubmits as {repo: [jobs]}.
"""
import fnmatch
import json
import os
import sys

import yaml


def ignored(patterns_by_dir, root, path):
    """Nearest .prowignore with a matching (simple, unanchored or anchored) pattern."""
    d = os.path.dirname(path)
    while True:
        verdict = None
        for pattern in patterns_by_dir.get(d, []):
            negate = pattern.startswith("!")
            p = pattern[1:] if negate else pattern
            rel = os.path.relpath(path, d)
            target = rel if "/" in p.strip("/") else os.path.basename(path)
            if fnmatch.fnmatchcase(target, p.strip("/")):
                verdict = not negate
        if verdict is not None:
            return verdict
        if d == root or len(d) <= len(root):
            return False
        d = os.path.dirname(d)


def job_files(root):
    patterns = {}
    files = []
    for d, dirs, names in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith(".."))
        if ".prowignore" in names:
            with open(os.path.join(d, ".prowignore")) as f:
                patterns[d] = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        for n in sorted(names):
            path = os.path.join(d, n)
            if n.startswith("..") or os.path.splitext(n)[1] not in (".yaml", ".yml"):
                continue
            if not ignored(patterns, root, path):
                files.append(path)
    return files


def jobs_of(path):
    """(kind, job) for every job of one file."""
    with open(path, "rb") as f:
        doc = next(iter(yaml.load_all(f, Loader=yaml.CSafeLoader)), None)
    if not isinstance(doc, dict):
        return
    for kind in ("presubmits", "postsubmits"):
        for jobs in (doc.get(kind) or {}).values():
            for job in jobs or []:
                yield kind, job
    for job in doc.get("periodics") or []:
        yield "periodics", job


def main():
    args = sys.argv[1:]
    by_cluster = args[:1] == ["--by-cluster"]
    if by_cluster:
        args = args[1:]
    config, jobs_dir = args[0], args[1]
    totals = {"presubmits": 0, "postsubmits": 0, "periodics": 0}
    clusters = {}
    for path in [config] + job_files(jobs_dir):
        for kind, job in jobs_of(path):
            totals[kind] += 1
            if not isinstance(job, dict) or job.get("agent") == "jenkins":
                continue
            c = clusters.setdefault(job.get("cluster") or "default",
                                    {"presubmits": 0, "postsubmits": 0, "periodics": 0})
            c[kind] += 1
    if by_cluster:
        for c in clusters.values():
            c["jobs"] = c["presubmits"] + c["postsubmits"] + c["periodics"]
        print(json.dumps(clusters, sort_keys=True))
        return
    totals["jobs"] = sum(totals.values())
    print(json.dumps(totals))


if __name__ == "__main__":
    main()
