#!/usr/bin/env python3
"""What the deploy manifests add to a lint, without timer noise (issue 13).

usage: bench/manifest_cost.py [BUILD_DIR] [FILTER...]

For each corpus deployment that ships manifests (bench/run.py's MANIFESTS),
counts the instructions of `prowlint lint --threads 1 --format json` with and
without --deploy-dir under valgrind's callgrind, and prints their ratio beside
the "parsed share": the bytes of manifest documents prowlint parses (kinds it
reads and kind-less documents; CRDs and other unread kinds are skipped before
parsing) over the bytes of config.yaml and the job configs. FILTERs keep the
deployments whose name or config path contains one of them. Needs valgrind;
slow (each run is about 50 times slower under callgrind)."""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
# The kinds lint/unread_documents.cc reads; a kind ending in "List" too.
READ = {"Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job", "Pod", "Role", "ClusterRole",
        "RoleBinding", "ClusterRoleBinding", "Secret", "ConfigMap", "ServiceAccount",
        "ExternalSecret", "List", "Config", "Kustomization", "Component"}


def manifests_table():
    src = open(os.path.join(ROOT, "bench", "run.py")).read()
    start = src.index("MANIFESTS = {")
    ns = {}
    exec(src[start:src.index("}\n", start) + 2], ns)
    return ns["MANIFESTS"]


def yaml_files(path):
    if os.path.isfile(path):
        yield path
        return
    for root, _, files in os.walk(path):
        for f in files:
            if f.endswith((".yaml", ".yml", ".json")):
                yield os.path.join(root, f)


def parsed_share(base, cfg, jobs, deploy_dir):
    config = [os.path.normpath(os.path.join(base, p)) for p in (cfg, jobs)]
    config_bytes = sum(os.path.getsize(f) for p in config for f in yaml_files(p))
    parsed = 0
    for f in yaml_files(os.path.join(base, deploy_dir)):
        f = os.path.normpath(f)
        if any(f == c or f.startswith(c + os.sep) for c in config):
            continue  # Prow config inside the deploy tree is not read as manifests
        text = open(f, errors="replace").read()
        for doc in re.split(r"(?m)^(?:---|\.\.\.)[ \t]*$", text):
            m = re.search(r"(?m)^kind:[ \t]*[\"']?([A-Za-z]+)", doc)
            if not m or m.group(1) in READ or m.group(1).endswith("List"):
                parsed += len(doc)
    return parsed / config_bytes


def instructions(cmd, cwd):
    with tempfile.NamedTemporaryFile() as out:
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name] + cmd,
                       cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        for line in open(out.name):
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise SystemExit("callgrind wrote no totals for: " + " ".join(cmd))


def main():
    args = sys.argv[1:]
    build = os.path.abspath(args.pop(0) if args and os.path.isdir(args[0]) else
                            os.path.join(ROOT, "build"))
    jobs_of = {}
    with open(os.path.join(CORPUS, "DEPLOYMENTS.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                d, cfg, jobs = line.split()
                jobs_of[(d, cfg)] = jobs
    print(f"{'deployment':42} {'config':42} {'without':>9} {'with':>9} {'ratio':>6} {'parsed share':>12}")
    for (d, cfg), deploy in manifests_table().items():
        if args and not any(a in d + " " + cfg for a in args):
            continue
        base = os.path.join(CORPUS, d)
        lint = [os.path.join(build, "prowlint"), "lint", "--config-path", cfg,
                "--job-config-path", jobs_of[(d, cfg)], "--format", "json", "--threads", "1"]
        without = instructions(lint, base)
        with_ = instructions(lint + ["--deploy-dir"] + deploy, base)
        share = parsed_share(base, cfg, jobs_of[(d, cfg)], deploy[0])
        print(f"{d:42} {cfg:42} {without / 1e6:8.0f}M {with_ / 1e6:8.0f}M {with_ / without:6.3f}"
              f" {share:12.1%}", flush=True)


if __name__ == "__main__":
    main()
