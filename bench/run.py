#!/usr/bin/env python3
"""prowlint's speed and memory, as ratios against plain yaml-cpp parsing of the
same files, both measured in this run.

usage: bench/run.py [BUILD_DIR] [--against OTHER_BUILD_DIR [--validation-only]]
                                   (default: build; needs prowlint and
                                    prowlint_bench_baseline built there)

For each input (every deployment in ../shared/corpus, and a generated
40,000-job deployment) it runs, 3 times each, the baseline (yaml-cpp
YAML::Load of every file, one thread), prowlint with --threads 1, and prowlint
with one thread per core, and prints the median wall time and the peak RSS
and their ratios to the baseline. Timings are of whole processes.

With --against, it also times what the validation rules of issue 14 cost on
kubernetes/test-infra: this build against OTHER_BUILD_DIR's prowlint (a
build without them, e.g. the merge base), both on one thread with the same
flags; this build with those rules disabled (their loading cost alone); and
this build with --plugin-config. CPU seconds (user + system) are compared,
which a machine shared with other work disturbs less than wall time; where
valgrind is installed it also counts the instructions each command executes
(one run under callgrind each), which other work does not disturb at all.
--validation-only skips the table above.
"""
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARGS = sys.argv[1:]
AGAINST = None
VALIDATION_ONLY = "--validation-only" in ARGS
if VALIDATION_ONLY:
    ARGS.remove("--validation-only")
if "--against" in ARGS:
    i = ARGS.index("--against")
    AGAINST = os.path.abspath(ARGS[i + 1])
    del ARGS[i:i + 2]
BUILD = os.path.abspath(ARGS[0] if ARGS else os.path.join(ROOT, "build"))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
RUNS = 3


def measure(cmd, cwd):
    """Median wall seconds and max peak RSS (MiB) over RUNS runs."""
    times, rss = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        rss.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{cmd} exited {code}")
    return statistics.median(times), max(rss)


def cpu(cmd, cwd, runs):
    """Median CPU seconds (user + system) over `runs` runs."""
    times = []
    for _ in range(runs):
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            raise SystemExit(f"{cmd} exited {os.waitstatus_to_exitcode(status)}")
        times.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(times)


# The rules of issue 14 (what Prow refuses to load).
VALIDATION_RULES = [
    "cluster-reference-unknown", "config-field-conflict", "config-field-unknown",
    "config-updater-default-cluster", "config-updater-too-large", "config-updater-unmapped",
    "decoration-config-invalid", "job-config-basename-duplicate", "job-name-duplicate",
    "job-name-invalid", "job-spec-invalid", "job-trigger-invalid", "label-invalid",
    "plugin-unknown", "preset-conflict"]


def instructions(cmd, cwd):
    """Instructions the command executes (valgrind's callgrind), or None."""
    if not shutil.which("valgrind"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(["valgrind", "--tool=callgrind",
                               "--callgrind-out-file=" + os.path.join(tmp, "out")] + cmd,
                              cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    match = re.search(r"Collected : (\d+)", proc.stderr)
    return int(match.group(1)) if match else None


def validation_cost(prowlint, against):
    """kubernetes/test-infra: what the validation rules add, as CPU-time ratios.
    The four commands take turns, so a load that comes and goes on a shared
    machine falls on all of them alike."""
    base = os.path.join(CORPUS, "kubernetes__test-infra")
    lint = ["lint", "--no-rules-config", "--config-path", "config/prow/config.yaml",
            "--job-config-path", "config/jobs", "--threads", "1", "--format", "json"]
    disabled = []
    for r in VALIDATION_RULES:
        disabled += ["--disable", r]
    commands = {
        "without the validation rules (" + against + ")": [os.path.join(against, "prowlint")] + lint,
        "this build": [prowlint] + lint,
        "this build, the validation rules disabled (loading only)": [prowlint] + lint + disabled,
        "this build, with --plugin-config": [prowlint] + lint + ["--plugin-config",
                                                                 "config/prow/plugins.yaml"],
    }
    runs = 9
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            times[name].append(cpu(cmd, base, 1))
    medians = {name: statistics.median(t) for name, t in times.items()}
    first = next(iter(medians.values()))
    print()
    print(f"kubernetes/test-infra, one thread, median CPU seconds (user + system) of {runs} runs:")
    for name, m in medians.items():
        print(f"  {name:70} {m:6.3f}  x{m / first:5.3f}")
    counts = {name: instructions(cmd, base) for name, cmd in commands.items()}
    if None in counts.values():
        return
    first = next(iter(counts.values()))
    print("instructions executed (callgrind, one run each):")
    for name, n in counts.items():
        print(f"  {name:70} {n / 1e9:6.3f}G x{n / first:5.3f}")


def deployments():
    with open(os.path.join(CORPUS, "DEPLOYMENTS.txt")) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                d, cfg, jobs = line.split()
                yield d, os.path.join(CORPUS, d), cfg, jobs


def main():
    prowlint = os.path.join(BUILD, "prowlint")
    if VALIDATION_ONLY and AGAINST:
        validation_cost(prowlint, AGAINST)
        return
    baseline = os.path.join(BUILD, "prowlint_bench_baseline")
    cases = list(deployments())
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate.py"), tmp, "40000"],
                       check=True)
        cases.append(("generated-40000-jobs", tmp, "config.yaml", "jobs"))
        print(f"{'input':40} {'base s':>7} {'MiB':>6} | {'1 thread':>8} {'x':>5} {'MiB':>6} {'x':>5} |"
              f" {'all cores':>9} {'x':>5}")
        for name, base, cfg, jobs in cases:
            bt, bm = measure([baseline, cfg, jobs], base)
            lint = [prowlint, "lint", "--config-path", cfg, "--job-config-path", jobs,
                    "--format", "json"]
            t1, m1 = measure(lint + ["--threads", "1"], base)
            tn, _ = measure(lint + ["--threads", "0"], base)
            print(f"{name:40} {bt:7.3f} {bm:6.1f} | {t1:8.3f} {t1 / bt:5.2f} {m1:6.1f} {m1 / bm:5.2f} |"
                  f" {tn:9.3f} {tn / bt:5.2f}")
    print(f"cores: {os.cpu_count()}; ratios are prowlint / baseline (below 1 is faster or smaller)")
    if AGAINST:
        validation_cost(prowlint, AGAINST)


if __name__ == "__main__":
    main()
