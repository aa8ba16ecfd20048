#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
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
import importlib.util
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_run_py():
    """bench/run.py as a module: its deployment list, MANIFESTS table and
    callgrind counter (its top level reads sys.argv, so it sees none)."""
    argv, sys.argv = sys.argv, [sys.argv[0]]
    sys.dont_write_bytecode = True  # no bench/__pycache__ in the checkout
    try:
        path = os.path.join(ROOT, "bench", "run.py")
        spec = importlib.util.spec_from_file_location("bench_run", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.argv = argv


RUN = load_run_py()
# The kinds lint/yaml/unread_documents.cc reads; a kind ending in "List" too.
READ = {"Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job", "Pod", "Role", "ClusterRole",
        "RoleBinding", "ClusterRoleBinding", "Secret", "ConfigMap", "ServiceAccount",
        "ExternalSecret", "List", "Config", "Kustomization", "Component"}


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


def main():
    args = sys.argv[1:]
    build = os.path.abspath(args.pop(0) if args and os.path.isdir(args[0]) else
                            os.path.join(ROOT, "build"))
    print(f"{'deployment':42} {'config':42} {'without':>9} {'with':>9} {'ratio':>6} {'parsed share':>12}")
    for d, base, cfg, jobs in RUN.deployments():
        deploy = RUN.MANIFESTS.get((d, cfg))
        if not deploy or (args and not any(a in d + " " + cfg for a in args)):
            continue
        lint = [os.path.join(build, "prowlint"), "lint", "--config-path", cfg,
                "--job-config-path", jobs, "--format", "json", "--threads", "1"]
        without = RUN.instructions(lint, base)
        with_ = RUN.instructions(lint + ["--deploy-dir"] + deploy, base)
        if without is None or with_ is None:
            raise SystemExit("callgrind counted nothing: is valgrind installed?")
        share = parsed_share(base, cfg, jobs, deploy[0])
        print(f"{d:42} {cfg:42} {without / 1e6:8.0f}M {with_ / 1e6:8.0f}M {with_ / without:6.3f}"
              f" {share:12.1%}", flush=True)


if __name__ == "__main__":
    main()
